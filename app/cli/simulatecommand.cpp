#include "cli.h"
#include "command.h"
#include "commands.h"
#include "console.h"
#include "ner/simulation.h"
#include "taggeroption.h"

namespace alam::cli {
namespace {

class SimulateCommand final {
    Q_DECLARE_TR_FUNCTIONS(alam::cli::SimulateCommand)
public:
    static int run(const QStringList& arguments);
};

QString row(const QString& name, int documents, const ner::ReviewActions& a)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11")
        .arg(name.leftJustified(14))
        .arg(documents, 9)
        .arg(a.goldEntities, 6)
        .arg(a.accepted, 7)
        .arg(a.rejected, 7)
        .arg(a.fixedBounds, 7)
        .arg(a.fixedType, 6)
        .arg(a.added, 6)
        .arg(a.total(), 8)
        .arg(a.per100(), 13, 'f', 1)
        .arg(a.per100WithAcceptAll(), 15, 'f', 1);
}

int SimulateCommand::run(const QStringList& arguments)
{
    CommandLine command(QStringLiteral("simulate"),
                        tr("Simulate an analyst reviewing gold CoNLL documents in order: each "
                           "document is tagged, then its suggestions are accepted, rejected, "
                           "fixed (bounds, type: one action each) or the missing entities added. "
                           "Prints the actions per 100 gold entities in the first, middle and "
                           "last third of the documents (adding every entity by hand costs 100), "
                           "and the same when correct suggestions are taken with one 'accept all "
                           "remaining' per document."));
    QCommandLineParser& parser = command.parser();
    parser.addOption({QStringLiteral("gold"), tr("The gold CoNLL file."), tr("FILE")});
    parser.addOption({QStringLiteral("learn"),
                      tr("on: the tagger learns from each document after its review; off: it "
                         "does not (default on)."),
                      tr("on|off"), QStringLiteral("on")});
    parser.addOption({QStringLiteral("model"), TaggerOption::modelHelp(), tr("MODEL")});
    parser.addOption({QStringLiteral("documents-of"),
                      tr("Sentences per document (default 20); a -DOCSTART- line also starts one."),
                      tr("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("held-out-only"),
                      tr("Review only the last sixth of the sentences (the held-out part).")});
    parser.addOption({QStringLiteral("learning-rate"),
                      tr("Size of each online step (default %1).").arg(double(ner::SimulationOptions().rate)),
                      tr("RATE")});
    parser.addOption({QStringLiteral("save-model"),
                      tr("Write the model as it is after the review (with what it learned)."),
                      tr("MODEL")});
    int exitCode = Ok;
    if (!command.parse(arguments, &exitCode))
        return exitCode;
    const QString goldPath = parser.value(QStringLiteral("gold"));
    if (goldPath.isEmpty()) {
        printErr(tr("alam simulate: name the gold file with --gold FILE."));
        return UsageError;
    }
    const QString learn = parser.value(QStringLiteral("learn"));
    if (learn != u"on" && learn != u"off") {
        printErr(tr("alam simulate: --learn takes on or off."));
        return UsageError;
    }
    bool numberOk = false;
    const int perDocument = parser.value(QStringLiteral("documents-of")).toInt(&numberOk);
    if (!numberOk || perDocument < 1) {
        printErr(tr("alam simulate: --documents-of takes a whole number from 1 up."));
        return UsageError;
    }
    auto gold = TaggerOption::readConll(QStringLiteral("simulate"), goldPath, &exitCode);
    if (!gold)
        return exitCode;
    if (parser.isSet(QStringLiteral("held-out-only")))
        *gold = ner::splitLastPart(*gold, 6).heldOut;
    auto loaded = TaggerOption::load(QStringLiteral("simulate"), parser.value(QStringLiteral("model")), &exitCode);
    if (!loaded)
        return exitCode;

    ner::SimulationOptions options;
    options.sentencesPerDocument = perDocument;
    options.learn = learn == u"on";
    if (parser.isSet(QStringLiteral("learning-rate"))) {
        options.rate = parser.value(QStringLiteral("learning-rate")).toFloat(&numberOk);
        if (!numberOk || options.rate <= 0.0f) {
            printErr(tr("alam simulate: --learning-rate takes a number above 0."));
            return UsageError;
        }
    }
    Progress progress(tr("Reviewing"));
    options.progress = [&progress](int done, int total) {
        progress.update(done, total);
        return true;
    };
    const ner::SimulationReport report = ner::simulateReview(loaded->tagger, *gold, options);
    progress.finish();

    const int documents = int(report.documents.size());
    printOut(tr("Simulated review of %1 documents (%2 sentences, %3 gold entities) with %4, learning %5.")
                 .arg(documents)
                 .arg(gold->size())
                 .arg(report.total.goldEntities)
                 .arg(loaded->modelName, learn));
    printOut(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11")
                 .arg(QString().leftJustified(14))
                 .arg(tr("documents"), 9)
                 .arg(tr("gold"), 6)
                 .arg(tr("accept"), 7)
                 .arg(tr("reject"), 7)
                 .arg(tr("bounds"), 7)
                 .arg(tr("type"), 6)
                 .arg(tr("add"), 6)
                 .arg(tr("actions"), 8)
                 .arg(tr("per 100 gold"), 13)
                 .arg(tr("with accept-all"), 15));
    printOut(row(tr("first third"), report.thirdDocuments[0], report.thirds[0]));
    printOut(row(tr("middle third"), report.thirdDocuments[1], report.thirds[1]));
    printOut(row(tr("last third"), report.thirdDocuments[2], report.thirds[2]));
    printOut(row(tr("all"), documents, report.total));

    if (const QString save = parser.value(QStringLiteral("save-model")); !save.isEmpty()) {
        if (Status saved = loaded->tagger.model().save(save); !saved) {
            printErr(tr("alam simulate: %1").arg(saved.error()));
            return IoError;
        }
    }
    return Ok;
}

}  // namespace

int runSimulate(const QStringList& arguments) { return SimulateCommand::run(arguments); }

}  // namespace alam::cli
