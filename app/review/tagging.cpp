#include "tagging.h"

#include "learningjournal.h"
#include "reviewlog.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"

#include "ner/databasetagger.h"
#include "ner/gazetteer.h"
#include "ner/goldlabels.h"
#include "ner/lexicon.h"
#include "ner/onlinelearner.h"
#include "ner/propagation.h"
#include "ner/taggerloader.h"
#include "ner/trainer.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

QString databasePath(const Database& db)
{
    return db.backend() == ConnectionOptions::Backend::SQLite ? db.options().path : QString();
}

}  // namespace

Result<TagRunReport> Tagging::tag(Database& db, const TagRunOptions& options,
                                  const StepProgress& progress)
{
    Result<ner::LoadedTagger> loaded = ner::TaggerLoader::loadForDatabase({}, databasePath(db));
    if (!loaded)
        return Error{tr("Could not load the tagger: %1").arg(loaded.error())};
    ner::DatabaseTagOptions run;
    run.documents = options.documents;
    run.replaceStale = options.replaceStale;
    run.batchDocuments = 16;  // short transactions: the window keeps writing meanwhile
    run.progress = progress;
    Result<ner::DatabaseTagReport> done = ner::DatabaseTagger(db, loaded->tagger).run(run);
    if (!done)
        return Error{done.error()};
    TagRunReport report;
    report.modelName = loaded->modelName;
    report.documents = done->documents;
    report.added = done->added;
    report.removed = done->removed;
    report.blocked = done->blocked;
    report.cancelled = done->cancelled;
    return report;
}

bool Tagging::keepsLearnedModel(const Database& db)
{
    return !databasePath(db).isEmpty();
}

int Tagging::recipeEpochs()
{
    return ner::TrainOptions().epochs;
}

namespace {

// The documents learned online, learned again by the new model: its analyst memory.
Result<int> replayMemory(Database& db, ner::Tagger& tagger)
{
    Result<QList<qint64>> learned = LearningJournal(db).documents();
    if (!learned)
        return Error{learned.error()};
    ner::OnlineLearner learner(tagger);
    int replayed = 0;
    DocumentStore documents(db);
    for (qint64 id : std::as_const(*learned)) {
        Result<Document> document = documents.get(id);
        if (!document || document->status != ReviewStatus::Reviewed)
            continue;  // deleted, or reopened since: its decisions may not stand
        Result<ner::LearningStep> step = learner.learnStoredDocument(db, id);
        if (!step)
            return Error{step.error()};
        ++replayed;
    }
    return replayed;
}

}  // namespace

Result<TrainRunReport> Tagging::train(Database& db, const TrainRunOptions& options,
                                      const StepProgress& progress)
{
    // Before any work: where the model would go decides whether training can be kept at all.
    const QString path = databasePath(db);
    if (path.isEmpty())
        return Error{tr("Training from the window keeps the new model beside a SQLite database "
                        "file, and this corpus is on PostgreSQL. Train with «alam train --from-db "
                        "--db … --out MODEL» and tag with «alam tag --model MODEL» instead.")};
    TrainRunReport report;
    QList<ner::TaggedSentence> sentences;
    for (const QString& file : options.conllFiles) {
        Result<QList<ner::TaggedSentence>> read = ner::readConll(file);
        if (!read)
            return Error{read.error()};
        sentences += *read;
    }
    DocumentStore documents(db);
    Result<QList<qint64>> reviewed = documents.ids(ReviewStatus::Reviewed);
    if (!reviewed)
        return Error{reviewed.error()};
    for (qint64 id : std::as_const(*reviewed)) {
        Result<Document> document = documents.get(id);
        Result<QList<Annotation>> annotations = AnnotationStore(db).forDocument(id);
        if (!document || !annotations)
            return Error{document ? annotations.error() : document.error()};
        QList<ner::TaggedSentence> ofDocument = ner::goldSentences(document->text, *annotations);
        if (!ofDocument.isEmpty())
            ofDocument.first().startsDocument = true;
        sentences += ofDocument;
        ++report.reviewedDocuments;
    }
    if (sentences.isEmpty())
        return Error{tr("There is nothing to train on yet: mark reviewed documents, or add a "
                        "CoNLL file.")};
    report.fewDocuments = options.conllFiles.isEmpty()
                          && report.reviewedDocuments < fewReviewedDocuments;

    Result<std::shared_ptr<const ner::Lexicon>> lexicon = ner::Lexicon::loadDefault();
    if (!lexicon)
        return Error{lexicon.error()};
    const ner::FeatureExtractor features(*lexicon);
    ner::TrainOptions trainOptions;  // the shipped model's recipe
    if (options.epochs > 0)
        trainOptions.epochs = options.epochs;
    trainOptions.progress = progress;
    Result<ner::Model> model = ner::train(sentences, features, trainOptions);
    if (!model)
        return Error{model.error()};
    report.sentences = int(sentences.size());
    report.features = model->featureCount();
    Result<ner::Tagger> tagger = ner::Tagger::create(std::move(*model), *lexicon);
    if (!tagger)
        return Error{tagger.error()};
    Result<int> replayed = replayMemory(db, *tagger);
    if (!replayed)
        return Error{replayed.error()};
    report.memoryDocuments = *replayed;
    if (Status saved = ner::LearnedModel::save(*tagger, path); !saved)
        return Error{saved.error()};
    report.modelPath = ner::LearnedModel::pathFor(path);
    return report;
}

Result<LearnRunReport> Tagging::learnFromReviewed(Database& db, qint64 documentId)
{
    const QString path = databasePath(db);
    if (path.isEmpty())
        return Error{tr("The tagger learns from reviews into a model kept beside a SQLite "
                        "database file; on PostgreSQL retrain with «alam train --from-db».")};
    Result<Document> document = DocumentStore(db).get(documentId);
    if (!document)
        return Error{document.error()};
    if (document->status != ReviewStatus::Reviewed)
        return Error{tr("«%1» is not reviewed (any more), so there is nothing to learn from it.")
                         .arg(document->title)};
    LearningJournal journal(db);
    Result<bool> seen = journal.contains(documentId);
    if (!seen)
        return Error{seen.error()};
    LearnRunReport report;
    report.modelPath = ner::LearnedModel::pathFor(path);
    if (*seen)
        return report;
    Result<ner::LoadedTagger> loaded = ner::TaggerLoader::loadForDatabase({}, path);
    if (!loaded)
        return Error{tr("Could not load the tagger: %1").arg(loaded.error())};
    ner::OnlineLearner learner(loaded->tagger);
    Result<ner::LearningStep> step = learner.learnStoredDocument(db, documentId);
    if (!step)
        return Error{step.error()};
    if (Status saved = ner::LearnedModel::save(loaded->tagger, path); !saved)
        return Error{saved.error()};
    if (Status noted = journal.record(documentId); !noted)
        return Error{noted.error()};
    report.learned = true;
    report.sentences = step->sentences;
    report.tokens = step->tokens;
    report.wrongTokens = step->wrongTokens;
    return report;
}

Result<CorpusPropagationReport> Tagging::propagateAcrossCorpus(Database& db, qint64 annotationId,
                                                               const StepProgress& progress)
{
    Result<Annotation> decision = AnnotationStore(db).get(annotationId);
    if (!decision)
        return Error{decision.error()};
    if (!isDecision(decision->status) || decision->status == AnnotationStatus::Rejected)
        return Error{tr("Only a decision (accepted, edited or added) is propagated: accept the "
                        "suggestion first.")};
    CorpusPropagationReport report;
    Result<Document> document = DocumentStore(db).get(decision->documentId);
    if (!document)
        return Error{document.error()};
    report.name = document->text.mid(decision->start, decision->end - decision->start);
    bool stopped = false;
    Result<ner::PropagationReport> done = ner::Propagation::acrossCorpus(
        db, *decision, [&](int looked, int total) {
            if (progress && !progress(looked, total))
                stopped = true;
            return !stopped;
        });
    if (!done)
        return Error{done.error()};
    report.documents = done->documents;
    report.added = done->added;
    report.updated = done->updated;
    report.cancelled = stopped;
    return report;
}

PropagationProposal Tagging::propagation(const QString& text, const QString& name,
                                         const Annotation& decision,
                                         const QList<Annotation>& existing)
{
    const ner::PropagationPlan plan = ner::Propagation::plan(text, name, decision, existing);
    return {plan.add, plan.update};
}

KnownName Tagging::gazetteerNames()
{
    static const std::shared_ptr<const ner::Gazetteer> loaded = [] {
        Result<ner::Gazetteer> read = ner::Gazetteer::loadDefault();
        if (!read) {
            qCWarning(lcReview) << "No gazetteer for word snapping:" << read.error();
            return std::shared_ptr<const ner::Gazetteer>();
        }
        return std::make_shared<const ner::Gazetteer>(std::move(*read));
    }();
    if (!loaded)
        return {};
    std::shared_ptr<const ner::Gazetteer> gazetteer = loaded;
    const quint32 names = gazetteer->classMask({u"PERS"_s, u"LOC"_s, u"ORG"_s, u"MISC"_s});
    return [gazetteer, names](const QString& form) {
        return (gazetteer->classesOfWord(ner::GazetteerKeys::of(form, {})) & names) != 0;
    };
}

}  // namespace alam
