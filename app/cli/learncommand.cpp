#include "cli.h"
#include "command.h"
#include "commands.h"
#include "console.h"
#include "ner/onlinelearner.h"
#include "review/learningjournal.h"
#include "store/documentstore.h"
#include "taggeroption.h"

namespace alam::cli {
namespace {

class LearnCommand final {
    Q_DECLARE_TR_FUNCTIONS(alam::cli::LearnCommand)
public:
    static int run(const QStringList& arguments);
};

int LearnCommand::run(const QStringList& arguments)
{
    CommandLine command(QStringLiteral("learn"),
                        tr("Learn from reviewed documents: one online update of the tagger per "
                           "document from its decisions (accepted, edited and manual annotations "
                           "are entities; rejected spans and the rest are O). What it learned is "
                           "kept beside the database (FILE.learned-model), which `alam tag` then "
                           "uses. The full retrain is `alam train --from-db`."));
    QCommandLineParser& parser = command.parser();
    parser.addOption({QStringLiteral("document"), tr("A reviewed document to learn from (may be repeated)."),
                      tr("ID")});
    parser.addOption({QStringLiteral("model"),
                      tr("The model to start from when the database has no learned model yet "
                         "(default: the shipped model)."),
                      tr("MODEL")});
    int exitCode = Ok;
    if (!command.parse(arguments, &exitCode))
        return exitCode;
    QList<qint64> ids;
    for (const QString& value : parser.values(QStringLiteral("document"))) {
        bool numberOk = false;
        const qint64 id = value.toLongLong(&numberOk);
        if (!numberOk || id < 1) {
            printErr(tr("alam learn: --document takes a document id (a whole number from 1 up)."));
            return UsageError;
        }
        ids.append(id);
    }
    if (ids.isEmpty()) {
        printErr(tr("alam learn: name the reviewed documents to learn from with --document ID."));
        return UsageError;
    }
    auto db = command.openDatabase(&exitCode);
    if (!db)
        return exitCode;
    auto loaded = TaggerOption::loadForDatabase(QStringLiteral("learn"), parser.value(QStringLiteral("model")),
                                                command.databasePath(), &exitCode);
    if (!loaded)
        return exitCode;

    ner::OnlineLearner learner(loaded->tagger);
    DocumentStore documents(*db);
    // The window learns from each document once when it is marked reviewed; the journal keeps
    // the command line from learning the same decisions a second time.
    LearningJournal journal(*db);
    QList<qint64> learnedIds;
    ner::LearningStep total;
    int learned = 0;
    for (qint64 id : ids) {
        const Result<Document> document = documents.get(id);
        if (!document) {
            printErr(tr("alam learn: %1").arg(document.error()));
            exitCode = PartialFailure;
            continue;
        }
        if (document->status != ReviewStatus::Reviewed) {
            printErr(tr("alam learn: document %1 is not reviewed yet; its suggestions are not "
                        "decisions, so it was left out.").arg(id));
            exitCode = PartialFailure;
            continue;
        }
        const Result<bool> seen = journal.contains(id);
        if (!seen) {
            printErr(tr("alam learn: %1").arg(seen.error()));
            return DatabaseError;
        }
        if (*seen) {
            printErr(tr("alam learn: the tagger has already learned from document %1; it was "
                        "left out.").arg(id));
            continue;
        }
        const Result<ner::LearningStep> step = learner.learnStoredDocument(*db, id);
        if (!step) {
            printErr(tr("alam learn: %1").arg(step.error()));
            return DatabaseError;
        }
        total.sentences += step->sentences;
        total.tokens += step->tokens;
        total.wrongTokens += step->wrongTokens;
        learnedIds.append(id);
        ++learned;
    }
    if (learned > 0) {
        if (Status saved = ner::LearnedModel::save(loaded->tagger, command.databasePath()); !saved) {
            printErr(tr("alam learn: %1").arg(saved.error()));
            return IoError;
        }
        for (qint64 id : std::as_const(learnedIds)) {
            if (Status noted = journal.record(id); !noted) {
                printErr(tr("alam learn: %1").arg(noted.error()));
                return DatabaseError;
            }
        }
    }
    printOut(tr("Learned from %1 documents (%2 sentences, %3 tokens; %4 tokens were tagged wrong "
                "before). Model: %5")
                 .arg(learned)
                 .arg(total.sentences)
                 .arg(total.tokens)
                 .arg(total.wrongTokens)
                 .arg(learned > 0 ? ner::LearnedModel::pathFor(command.databasePath()) : loaded->modelName));
    return exitCode;
}

}  // namespace

int runLearn(const QStringList& arguments) { return LearnCommand::run(arguments); }

}  // namespace alam::cli
