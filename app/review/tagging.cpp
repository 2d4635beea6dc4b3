#include "tagging.h"

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

Result<TrainRunReport> Tagging::train(Database& db, const TrainRunOptions& options,
                                      const StepProgress& progress)
{
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
        sentences += ner::goldSentences(document->text, *annotations);
        ++report.reviewedDocuments;
    }
    if (sentences.isEmpty())
        return Error{tr("There is nothing to train on yet: mark reviewed documents, or add a "
                        "CoNLL file.")};

    Result<std::shared_ptr<const ner::Lexicon>> lexicon = ner::Lexicon::loadDefault();
    if (!lexicon)
        return Error{lexicon.error()};
    const ner::FeatureExtractor features(*lexicon);
    ner::TrainOptions trainOptions;
    trainOptions.epochs = options.epochs;
    trainOptions.progress = progress;
    Result<ner::Model> model = ner::train(sentences, features, trainOptions);
    if (!model)
        return Error{model.error()};
    const QString path = databasePath(db);
    if (path.isEmpty())
        return Error{tr("A trained model is kept beside a SQLite database file.")};
    report.modelPath = ner::LearnedModel::pathFor(path);
    if (Status saved = model->save(report.modelPath); !saved)
        return Error{saved.error()};
    report.sentences = int(sentences.size());
    report.features = model->featureCount();
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
