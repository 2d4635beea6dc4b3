#include "cli.h"

#include "commands.h"
#include "console.h"

#include <QCoreApplication>
#include <functional>

namespace alam::cli {
namespace {

class Cli final {
    Q_DECLARE_TR_FUNCTIONS(alam::cli::Cli)
public:
    struct Entry {
        QString name;
        QString summary;
        std::function<int(const QStringList&)> run;
    };
    static QList<Entry> commands();
    static void printUsage();
};

QList<Cli::Entry> Cli::commands()
{
    return {
        {QStringLiteral("import"), tr("Import text, CoNLL, JSONL or brat files and folders."), runImport},
        {QStringLiteral("export"), tr("Export reviewed documents as CoNLL, BIOES, JSONL, brat or CSV."), runExport},
        {QStringLiteral("stats"), tr("Print what the database holds."), runStats},
        {QStringLiteral("tag"), tr("Suggest entities in unreviewed documents, or tag a CoNLL or text file."), runTag},
        {QStringLiteral("train"), tr("Train a tagger model on CoNLL files and reviewed documents."), runTrain},
        {QStringLiteral("learn"), tr("Update the tagger from reviewed documents (online learning)."), runLearn},
        {QStringLiteral("propagate"),
         tr("Suggest the analyst's entities at their other mentions, in a document or the corpus."), runPropagate},
        {QStringLiteral("eval"), tr("Score a tagger on gold CoNLL as conlleval.pl does."), runEval},
        {QStringLiteral("simulate"), tr("Count a simulated analyst's review actions on gold CoNLL."), runSimulate},
    };
}

void Cli::printUsage()
{
    printOut(tr("Usage: alam [COMMAND] [OPTIONS]"));
    printOut(QString());
    printOut(tr("Without a command, alam opens the review window."));
    printOut(QString());
    printOut(tr("Commands:"));
    for (const Entry& entry : commands())
        printOut(QStringLiteral("  %1  %2").arg(entry.name.leftJustified(10), entry.summary));
    printOut(QString());
    printOut(tr("Every command takes --db FILE (default: the app's own database) and --help."));
    printOut(tr("Exit codes: 0 ok, 1 some inputs failed, 2 usage error, 3 database error, "
                "4 file error, 5 cancelled."));
}

}  // namespace

bool wantsCommandLine(const QStringList& arguments)
{
    // Options such as "-platform offscreen" or "--lang ar" belong to the window.
    const QString first = arguments.value(1);
    if (first.isEmpty())
        return false;
    static const QStringList kCliOptions = {QStringLiteral("--help"), QStringLiteral("-h"),
                                            QStringLiteral("--version")};
    return !first.startsWith(u'-') || kCliOptions.contains(first);
}

int run(const QStringList& arguments)
{
    const QString first = arguments.value(1);
    if (first == u"--help" || first == u"-h" || first == u"help") {
        Cli::printUsage();
        return Ok;
    }
    if (first == u"--version") {
        printOut(QStringLiteral("alam ") + QCoreApplication::applicationVersion());
        return Ok;
    }
    for (const Cli::Entry& entry : Cli::commands()) {
        if (entry.name == first)
            return entry.run(arguments);
    }
    printErr(Cli::tr("alam: unknown command '%1'.").arg(first));
    printErr(Cli::tr("Try 'alam --help'."));
    return UsageError;
}

}  // namespace alam::cli
