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
        QString message = tr("Trained on %n sentence(s).", nullptr, report->sentences) + u' '
                          + tr("%n reviewed document(s) were used.", nullptr,
                               report->reviewedDocuments);
        if (report->memoryDocuments > 0)
            message += u' '
                       + tr("What it learned from %n review(s) was kept.", nullptr,
                            report->memoryDocuments);
        if (report->fewDocuments)
            message += u'\n'
                       + tr("Warning: only %n reviewed document(s) and no base corpus. A model "
                            "trained on so little usually tags worse than the shipped one; "
                            "train again with the base corpus (anercorp-train.conll) added.",
                            nullptr, report->reviewedDocuments);
        return QString(message + u'\n' + tr("The tagger now uses %1.").arg(report->modelPath));
    };
}

JobWork Jobs::learnFromReviewed(qint64 documentId)
{
    return [documentId](Database& db, JobControl& control) -> Result<QString> {
        control.report(0, 1);
        Result<LearnRunReport> report = Tagging::learnFromReviewed(db, documentId);
        if (!report)
            return Error{report.error()};
        control.report(1, 1);
        if (!report->learned)
            return QString();  // learned from before (marked reviewed again after an undo)
        return tr("The tagger learned from the review (%n sentence(s)); the next suggestions "
                  "use it.",
                  nullptr, report->sentences);
    };
}

JobWork Jobs::propagateAcrossCorpus(qint64 annotationId)
{
    return [annotationId](Database& db, JobControl& control) -> Result<QString> {
        Result<CorpusPropagationReport> report =
            Tagging::propagateAcrossCorpus(db, annotationId, stepsOf(control));
        if (!report)
            return Error{report.error()};
        QString message = tr("«%1» was suggested in %n document(s):", nullptr, report->documents)
                              .arg(report->name)
                          + u' ' + tr("%n new suggestion(s),", nullptr, report->added) + u' '
                          + tr("%n suggestion(s) updated.", nullptr, report->updated);
        if (report->cancelled)
            message += u' ' + tr("Cancelled; the documents done before stay.");
        return message;
    };
}

JobWork Jobs::updateSearchIndex()
{
    return [](Database& db, JobControl& control) -> Result<QString> {
        Result<int> indexed = SearchIndex(db).update(stepsOf(control));
        if (!indexed)
            return Error{indexed.error()};
        if (*indexed == 0)
            return QString();  // the window says nothing
        return tr("%n document(s) added to the search index.", nullptr, *indexed);
    };
}

}  // namespace alam
