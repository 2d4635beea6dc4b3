#include "cli.h"
#include "command.h"
#include "commands.h"
#include "console.h"
#include "interruption.h"
#include "io/importer.h"

#include <QDir>
#include <QFileInfo>

namespace alam::cli {
namespace {

class ImportCommand final {
    Q_DECLARE_TR_FUNCTIONS(alam::cli::ImportCommand)
public:
    static int run(const QStringList& arguments);
    static QString describe(const ImportFailure& failure);
};

// The failure with its file's full path: the readers name a file by its name only
// («broken.conll, line 2: ...»), which is ambiguous when folders are imported.
QString ImportCommand::describe(const ImportFailure& failure)
{
    const QString path = QDir::toNativeSeparators(failure.path);
    if (failure.path.isEmpty() || failure.message.contains(failure.path)
        || failure.message.contains(path))
        return failure.message;
    const QString name = QFileInfo(failure.path).fileName();
    if (failure.message.startsWith(name))
        return path + failure.message.mid(name.size());
    return tr("%1: %2").arg(path, failure.message);
}

int ImportCommand::run(const QStringList& arguments)
{
    CommandLine command(QStringLiteral("import"),
                        tr("Import files and folders: plain text (.txt), CoNLL (.conll .iob "
                           ".bio .bioes), JSON Lines (.jsonl) and brat (.txt with .ann)."));
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Files or folders to import."),
                                 QStringLiteral("PATH..."));
    parser.addOption({QStringLiteral("sentences-per-document"),
                      tr("For CoNLL files without -DOCSTART- lines: sentences per document "
                         "(default 50)."),
                      tr("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("annotator"),
                      tr("Name recorded on imported annotations that name no annotator."),
                      tr("NAME")});
    int exitCode = Ok;
    if (!command.parse(arguments, &exitCode))
        return exitCode;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        printErr(tr("alam import: name at least one file or folder."));
        return UsageError;
    }
    bool numberOk = false;
    const int perDocument = parser.value(QStringLiteral("sentences-per-document")).toInt(&numberOk);
    if (!numberOk || perDocument < 1) {
        printErr(tr("alam import: --sentences-per-document takes a whole number from 1 up."));
        return UsageError;
    }
    auto db = command.openDatabase(&exitCode);
    if (!db)
        return exitCode;

    ImportOptions options;
    options.file.conllSentencesPerDocument = perDocument;
    options.file.annotator = parser.value(QStringLiteral("annotator"));
    Importer importer(*db, options);
    const InterruptGuard interrupt;
    Progress progress(tr("Importing"));
    const ImportReport report = importer.run(paths, [&](int done, int total, const QString& current) {
        progress.update(done, total, current);
        return !InterruptGuard::requested();
    });
    progress.finish();

    for (const ImportDuplicate& duplicate : report.duplicates)
        printErr(tr("%1: skipped, the same text is already stored as document %2.")
                     .arg(duplicate.path)
                     .arg(duplicate.existingId));
    for (const ImportFailure& failure : report.failed)
        printErr(describe(failure));
    if (!report.stoppedReason.isEmpty())
        printErr(report.stoppedReason);
    if (report.cancelled)
        printErr(tr("alam import: interrupted; the documents imported so far are kept."));
    printOut(tr("Imported documents: %1, annotations: %2; duplicates skipped: %3; files failed: %4.")
                 .arg(report.imported)
                 .arg(report.annotations)
                 .arg(report.duplicates.size())
                 .arg(report.failed.size()));

    if (!report.stoppedReason.isEmpty())
        return DatabaseError;
    if (report.cancelled)
        return Cancelled;
    return report.failed.isEmpty() ? Ok : PartialFailure;
}

}  // namespace

int runImport(const QStringList& arguments) { return ImportCommand::run(arguments); }

}  // namespace alam::cli
