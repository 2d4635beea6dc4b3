#include "jobs.h"

#include "io/importer.h"
#include "review/searchindex.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

StepProgress stepsOf(JobControl& control)
{
    return [&control](int done, int total) { return control.report(done, total); };
}

}  // namespace

JobWork Jobs::importFiles(const QStringList& paths, const QString& annotator)
{
    return [paths, annotator](Database& db, JobControl& control) -> Result<QString> {
        ImportOptions options;
        options.file.annotator = annotator;
        options.documentsPerTransaction = 20;  // short transactions: the window keeps writing
        const ImportReport report = Importer(db, options).run(
            paths, [&control](int done, int total, const QString& current) {
                return control.report(done, total, QFileInfo(current).fileName());
            });
        QStringList lines;
        lines << tr("Imported %n document(s).", nullptr, report.imported) + u' '
                     + tr("They hold %n annotation(s).", nullptr, report.annotations);
        if (!report.duplicates.isEmpty())
            lines << tr("%n already in the corpus (skipped).", nullptr,
                        int(report.duplicates.size()));
        for (const ImportFailure& failure : report.failed)
            lines << failure.message;
        if (report.cancelled)
            lines << tr("Cancelled; the documents imported before stay.");
        if (!report.stoppedReason.isEmpty())
            lines << report.stoppedReason;
        if (report.imported == 0 && (!report.failed.isEmpty() || !report.stoppedReason.isEmpty()))
            return Error{lines.join(u'\n')};
        return lines.join(u'\n');
    };
}

JobWork Jobs::exportFiles(const ExportOptions& options)
{
    return [options](Database& db, JobControl& control) -> Result<QString> {
        Result<ExportReport> report = Exporter(db).run(
            options, [&control](int done, int total, const QString& current) {
                return control.report(done, total, current);
            });
        if (!report)
            return Error{report.error()};
        if (report->cancelled)
            return tr("Export cancelled; no file was written.");
        QString message = tr("Exported %n document(s) to %1.", nullptr, report->documents)
                              .arg(options.outputPath)
                          + u' ' + tr("They hold %n mention(s).", nullptr, report->annotations);
        if (report->annotationsDropped > 0)
            message += u'\n'
                       + tr("%n overlapping mention(s) could not be written in CoNLL.", nullptr,
                            report->annotationsDropped);
        return message;
    };
}

JobWork Jobs::tag(const TagRunOptions& options)
{
    return [options](Database& db, JobControl& control) -> Result<QString> {
        Result<TagRunReport> report = Tagging::tag(db, options, stepsOf(control));
        if (!report)
            return Error{report.error()};
        QString message = tr("Tagged %n document(s) with %1.", nullptr, report->documents)
                              .arg(report->modelName)
                          + u' ' + tr("%n new suggestion(s).", nullptr, report->added);
        if (report->removed > 0)
            message += u' ' + tr("%n outdated suggestion(s) removed.", nullptr, report->removed);
        if (report->cancelled)
            message += u' ' + tr("Cancelled; the documents tagged before stay.");
        return message;
    };
}

JobWork Jobs::train(const TrainRunOptions& options)
{
    return [options](Database& db, JobControl& control) -> Result<QString> {
        Result<TrainRunReport> report = Tagging::train(db, options, stepsOf(control));
        if (!report)
            return Error{report.error()};
        return QString(tr("Trained on %n sentence(s).", nullptr, report->sentences) + u' '
                       + tr("%n reviewed document(s) were used.", nullptr,
                            report->reviewedDocuments)
                       + u'\n' + tr("The tagger now uses %1.").arg(report->modelPath));
    };
}

JobWork Jobs::updateSearchIndex()
{
    return [](Database& db, JobControl& control) -> Result<QString> {
        Result<int> indexed = SearchIndex(db).update(stepsOf(control));
        if (!indexed)
            return Error{indexed.error()};
        return tr("%n document(s) added to the search index.", nullptr, *indexed);
    };
}

}  // namespace alam
