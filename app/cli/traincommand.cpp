#include "cli.h"
#include "command.h"
#include "commands.h"
#include "console.h"
#include "ner/goldlabels.h"
#include "ner/lexicon.h"
#include "ner/trainer.h"
#include "store/annotationstore.h"
#include "store/documentstore.h"
#include "taggeroption.h"

namespace alam::cli {
namespace {

class TrainCommand final {
    Q_DECLARE_TR_FUNCTIONS(alam::cli::TrainCommand)
public:
    static int run(const QStringList& arguments);
};

int tokenCount(const QList<ner::TaggedSentence>& sentences)
{
    int count = 0;
    for (const ner::TaggedSentence& sentence : sentences)
        count += int(sentence.tokens.size());
    return count;
}

// The reviewed documents' decisions as sentences, one document after another in id order.
Result<QList<ner::TaggedSentence>> reviewedSentences(Database& db, int* documentCount)
{
    const Result<QList<qint64>> ids = DocumentStore(db).ids(ReviewStatus::Reviewed);
    if (!ids)
        return Error{ids.error()};
    QList<ner::TaggedSentence> sentences;
    for (qint64 id : *ids) {
        const Result<Document> document = DocumentStore(db).get(id);
        if (!document)
            return Error{document.error()};
        const Result<QList<Annotation>> annotations = AnnotationStore(db).forDocument(id);
        if (!annotations)
            return Error{annotations.error()};
        QList<ner::TaggedSentence> ofDocument = ner::goldSentences(document->text, *annotations);
        if (ofDocument.isEmpty())
            continue;
        ofDocument.first().startsDocument = true;
        sentences += ofDocument;
    }
    *documentCount = int(ids->size());
    return sentences;
}

int TrainCommand::run(const QStringList& arguments)
{
    CommandLine command(QStringLiteral("train"),
                        tr("Train a tagger model on CoNLL files (token LABEL per line, IOB2) and, "
                           "with --from-db, on the reviewed documents of the database. The same "
                           "input and options give the same model, byte for byte."));
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("More CoNLL files to train on."),
                                 QStringLiteral("[FILE...]"));
    parser.addOption({QStringLiteral("conll"), tr("A CoNLL file to train on (may be repeated)."), tr("FILE")});
    parser.addOption({QStringLiteral("from-db"),
                      tr("Also train on the reviewed documents of the database: accepted, edited "
                         "and manual annotations are the entities, everything else is O.")});
    parser.addOption({QStringLiteral("out"), tr("The model file to write."), tr("MODEL")});
    parser.addOption({QStringLiteral("epochs"), tr("Passes over the data (default %1).")
                                                    .arg(ner::TrainOptions().epochs),
                      tr("N")});
    parser.addOption({QStringLiteral("hold-out-last-sixth"),
                      tr("Leave out the last sixth of the CoNLL sentences (the held-out part the "
                         "reported figures are measured on).")});
    parser.addOption({QStringLiteral("fraction"),
                      tr("Train on only the first FRACTION (0 to 1) of the CoNLL sentences, after "
                         "--hold-out-last-sixth."),
                      tr("FRACTION"), QStringLiteral("1")});
    int exitCode = Ok;
    if (!command.parse(arguments, &exitCode))
        return exitCode;

    const QStringList files = parser.values(QStringLiteral("conll")) + parser.positionalArguments();
    const bool fromDb = parser.isSet(QStringLiteral("from-db"));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printErr(tr("alam train: name the model file to write with --out MODEL."));
        return UsageError;
    }
    if (files.isEmpty() && !fromDb) {
        printErr(tr("alam train: name CoNLL files with --conll FILE, or train on the database with --from-db."));
        return UsageError;
    }
    ner::TrainOptions options;
    if (parser.isSet(QStringLiteral("epochs"))) {
        bool numberOk = false;
        options.epochs = parser.value(QStringLiteral("epochs")).toInt(&numberOk);
        if (!numberOk || options.epochs < 1 || options.epochs > 1000) {
            printErr(tr("alam train: --epochs takes a whole number from 1 to 1000."));
            return UsageError;
        }
    }
    bool fractionOk = false;
    const double fraction = parser.value(QStringLiteral("fraction")).toDouble(&fractionOk);
    if (!fractionOk || fraction <= 0.0 || fraction > 1.0) {
        printErr(tr("alam train: --fraction takes a number above 0 and at most 1."));
        return UsageError;
    }

    QList<ner::TaggedSentence> conll;
    for (const QString& file : files) {
        auto sentences = TaggerOption::readConll(QStringLiteral("train"), file, &exitCode);
        if (!sentences)
            return exitCode;
        conll += *sentences;
    }
    if (parser.isSet(QStringLiteral("hold-out-last-sixth")))
        conll = ner::splitLastPart(conll, 6).train;
    conll = conll.mid(0, qsizetype(double(conll.size()) * fraction));

    QList<ner::TaggedSentence> sentences = conll;
    int reviewed = 0;
    int fromDbSentences = 0;
    if (fromDb) {
        auto db = command.openDatabase(&exitCode);
        if (!db)
            return exitCode;
        auto fromStore = reviewedSentences(*db, &reviewed);
        if (!fromStore) {
            printErr(tr("alam train: %1").arg(fromStore.error()));
            return DatabaseError;
        }
        fromDbSentences = int(fromStore->size());
        sentences += *fromStore;
    }
    if (sentences.isEmpty()) {
        printErr(tr("alam train: there is nothing to train on (no sentences and no reviewed documents)."));
        return UsageError;
    }
    // A model from a few reviewed articles alone knows far fewer names than the shipped one.
    constexpr int fewReviewedDocuments = 100;
    if (files.isEmpty() && reviewed < fewReviewedDocuments)
        printErr(tr("alam train: warning: only %1 reviewed documents (%2 sentences) and no CoNLL file; "
                    "a model trained on so little tags much worse than the shipped one. Add the data "
                    "the shipped model was trained on with --conll FILE.")
                     .arg(reviewed).arg(fromDbSentences));

    auto lexicon = ner::Lexicon::loadDefault();
    if (!lexicon) {
        printErr(tr("alam train: %1").arg(lexicon.error()));
        return IoError;
    }
    const ner::FeatureExtractor features(*lexicon);
    Progress progress(tr("Training"));
    options.progress = [&progress](int done, int total) {
        progress.update(done, total, tr("training passes"));
        return true;
    };
    auto model = ner::train(sentences, features, options);
    progress.finish();
    if (!model) {
        printErr(tr("alam train: %1").arg(model.error()));
        return UsageError;
    }
    if (Status saved = model->save(out); !saved) {
        printErr(tr("alam train: %1").arg(saved.error()));
        return IoError;
    }
    printOut(tr("Trained on %1 sentences (%2 tokens): %3 from CoNLL, %4 from %5 reviewed documents.")
                 .arg(sentences.size())
                 .arg(tokenCount(sentences))
                 .arg(conll.size())
                 .arg(fromDbSentences)
                 .arg(reviewed));
    printOut(tr("Model: %1 (%2 features, types %3).")
                 .arg(out)
                 .arg(model->featureCount())
                 .arg(model->labels().types().join(QStringLiteral(", "))));
    return Ok;
}

}  // namespace

int runTrain(const QStringList& arguments) { return TrainCommand::run(arguments); }

}  // namespace alam::cli
