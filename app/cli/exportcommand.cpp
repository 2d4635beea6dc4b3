#include "cli.h"
#include "command.h"
#include "commands.h"
#include "console.h"
#include "interruption.h"
#include "io/exporter.h"

namespace alam::cli {
namespace {

class ExportCommand final {
    Q_DECLARE_TR_FUNCTIONS(alam::cli::ExportCommand)
public:
    static int run(const QStringList& arguments);
};

std::optional<ExportFormat> formatNamed(const QString& name)
{
    if (name == u"bioes")
        return ExportFormat::ConllBioes;
    return Exporter::formatFromName(name);
}

// "accepted,edited,manual" → statuses; nullopt when a name is unknown.
std::optional<QList<AnnotationStatus>> statusesNamed(const QString& names)
{
    QList<AnnotationStatus> statuses;
    for (const QString& name : names.split(u',', Qt::SkipEmptyParts)) {
        const auto status = annotationStatusFromString(name.trimmed());
        if (!status)
            return std::nullopt;
        statuses << *status;
    }
    return statuses;
}

int ExportCommand::run(const QStringList& arguments)
{
    CommandLine command(QStringLiteral("export"),
                        tr("Export documents and their annotations. By default: reviewed "
                           "documents, with accepted, edited and manual annotations."));
    QCommandLineParser& parser = command.parser();
    parser.addOption({QStringLiteral("format"),
                      tr("conll (IOB2), bioes, jsonl (doccano), brat (a folder of .txt/.ann) "
                         "or csv (one row per mention)."),
                      tr("FORMAT")});
    parser.addOption({QStringLiteral("out"), tr("The file to write (a folder for brat)."), tr("PATH")});
    parser.addOption({QStringLiteral("statuses"),
                      tr("Annotation statuses to export, comma-separated, from suggested, "
                         "accepted, rejected, edited, manual (default: accepted,edited,manual)."),
                      tr("LIST"), QStringLiteral("accepted,edited,manual")});
    parser.addOption({QStringLiteral("all-documents"),
                      tr("Export every document, not only the reviewed ones.")});
    parser.addOption({QStringLiteral("clitic-split"),
                      tr("CoNLL: split tokens so attached conjunctions and prepositions get O "
                         "(default: whitespace tokens, the ANERcorp convention).")});
    int exitCode = Ok;
    if (!command.parse(arguments, &exitCode))
        return exitCode;

    const auto format = formatNamed(parser.value(QStringLiteral("format")));
    if (!format) {
        printErr(tr("alam export: --format must be one of conll, bioes, jsonl, brat, csv."));
        return UsageError;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printErr(tr("alam export: name the output with --out PATH."));
        return UsageError;
    }
    const auto statuses = statusesNamed(parser.value(QStringLiteral("statuses")));
    if (!statuses || statuses->isEmpty()) {
        printErr(tr("alam export: --statuses takes names from suggested, accepted, rejected, "
                    "edited, manual."));
        return UsageError;
    }
    auto db = command.openDatabase(&exitCode);
    if (!db)
        return exitCode;

    ExportOptions options;
    options.format = *format;
    options.outputPath = out;
    options.statuses = *statuses;
    options.allDocuments = parser.isSet(QStringLiteral("all-documents"));
    options.cliticSplit = parser.isSet(QStringLiteral("clitic-split"));
    Exporter exporter(*db);
    const InterruptGuard interrupt;
    Progress progress(tr("Exporting"));
    const auto report = exporter.run(options, [&](int done, int total, const QString& current) {
        progress.update(done, total, current);
        return !InterruptGuard::requested();
    });
    progress.finish();
    if (!report) {
        printErr(tr("alam export: %1").arg(report.error()));
        return IoError;
    }
    if (report->cancelled) {
        printErr(tr("alam export: interrupted; %1 was not written.").arg(out));
        return Cancelled;
    }
    if (report->annotationsDropped > 0)
        printErr(tr("%1 overlapping annotation(s) could not be written: CoNLL holds one label "
                    "per token.").arg(report->annotationsDropped));
    printOut(tr("Exported documents: %1, annotations: %2, to %3.")
                 .arg(report->documents)
                 .arg(report->annotations)
                 .arg(out));
    if (report->documents == 0 && !options.allDocuments)
        printErr(tr("No document is marked reviewed; use --all-documents to export them all."));
    return Ok;
}

}  // namespace

int runExport(const QStringList& arguments) { return ExportCommand::run(arguments); }

}  // namespace alam::cli
