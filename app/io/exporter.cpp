#include "exporter.h"

#include "annotateddocument.h"
#include "bratwriter.h"
#include "conllwriter.h"
#include "csvwriter.h"
#include "exportsinks.h"
#include "jsonlwriter.h"
#include "logging.h"
#include "store/annotationstore.h"
#include "store/documentstore.h"
#include "store/entitystore.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace alam {
namespace {

struct FormatName {
    ExportFormat format;
    const char16_t* name;
};
constexpr FormatName kFormatNames[] = {
    {ExportFormat::ConllIob2, u"conll"}, {ExportFormat::ConllBioes, u"conll-bioes"},
    {ExportFormat::Jsonl, u"jsonl"},     {ExportFormat::Brat, u"brat"},
    {ExportFormat::Csv, u"csv"},
};

bool isConll(ExportFormat format)
{
    return format == ExportFormat::ConllIob2 || format == ExportFormat::ConllBioes;
}

// brat needs every type it meets in annotation.conf: the database's labels, then any other.
QList<Label> bratLabels(Database& db, const QSet<QString>& used)
{
    Result<QList<Label>> stored = LabelStore(db).all();
    QList<Label> labels = stored ? *stored : QList<Label>();
    QSet<QString> listed;
    for (const Label& label : labels)
        listed.insert(label.name);
    for (const QString& name : used)
        if (!listed.contains(name))
            labels.append(Label{name, QString(), QString(), QString()});
    return labels;
}

}  // namespace

QString Exporter::formatName(ExportFormat format)
{
    for (const FormatName& entry : kFormatNames)
        if (entry.format == format)
            return QString::fromUtf16(entry.name);
    return {};
}

std::optional<ExportFormat> Exporter::formatFromName(const QString& name)
{
    for (const FormatName& entry : kFormatNames)
        if (name.compare(QStringView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.format;
    return std::nullopt;
}

QString Exporter::fileSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::ConllIob2:
    case ExportFormat::ConllBioes: return u"conll"_s;
    case ExportFormat::Jsonl: return u"jsonl"_s;
    case ExportFormat::Csv: return u"csv"_s;
    case ExportFormat::Brat: break;
    }
    return {};
}

Result<ExportReport> Exporter::run(const ExportOptions& options, const ProgressCallback& progress)
{
    QList<qint64> ids = options.documentIds;
    if (ids.isEmpty()) {
        Result<QList<qint64>> listed = DocumentStore(m_db).ids(
            options.allDocuments ? std::nullopt : std::optional(ReviewStatus::Reviewed));
        if (!listed)
            return Error{listed.error()};
        ids = std::move(*listed);
    }

    FileSink file;
    FolderSink folder;
    const bool toFolder = options.format == ExportFormat::Brat;
    if (Status opened = toFolder ? folder.open(options.outputPath) : file.open(options.outputPath);
        !opened)
        return Error{opened.error()};
    if (options.format == ExportFormat::Csv)
        if (Status written = file.write(CsvWriter::header()); !written)
            return Error{written.error()};

    ExportReport report;
    QSet<QString> usedLabels;
    const int total = int(ids.size());
    for (int i = 0; i < total; ++i) {
        Result<AnnotatedDocument> document = load(ids[i], options);
        if (!document)
            return Error{document.error()};
        if (progress && !progress(i, total, document->document.title)) {
            report.cancelled = true;
            return report;  // the sinks discard what they hold
        }
        Status written;
        if (isConll(options.format)) {
            ConllWriteCounts counts;
            const ConllWriteOptions conll{options.format == ExportFormat::ConllBioes
                                              ? TagScheme::Bioes
                                              : TagScheme::Iob2,
                                          options.cliticSplit};
            written = file.write(ConllWriter::write(*document, conll, &counts).toUtf8());
            report.annotations += counts.spansWritten;
            report.annotationsDropped += counts.spansDropped;
        } else {
            report.annotations += int(document->annotations.size());
            if (options.format == ExportFormat::Jsonl) {
                written = file.write(JsonlWriter::write(*document));
            } else if (options.format == ExportFormat::Csv) {
                written = file.write(CsvWriter::rows(*document));
            } else {
                const BratFiles brat = BratWriter::write(*document);
                const QString stem = u"doc-%1"_s.arg(ids[i], 6, 10, QChar(u'0'));
                written = folder.write(stem + u".txt"_s, brat.text);
                if (written)
                    written = folder.write(stem + u".ann"_s, brat.annotations);
                for (const Annotation& a : std::as_const(document->annotations))
                    usedLabels.insert(a.label);
            }
        }
        if (!written)
            return Error{written.error()};
        ++report.documents;
    }

    if (toFolder) {
        const QList<Label> labels = bratLabels(m_db, usedLabels);
        Status written = folder.write(u"annotation.conf"_s, BratWriter::annotationConf(labels));
        if (written)
            written = folder.write(u"visual.conf"_s, BratWriter::visualConf(labels));
        if (!written)
            return Error{written.error()};
    }
    if (Status committed = toFolder ? folder.commit() : file.commit(); !committed)
        return Error{committed.error()};
    if (progress)
        progress(total, total, QString());
    qCDebug(lcIo) << "Exported" << report.documents << "documents," << report.annotations
                  << "annotations as" << formatName(options.format) << "to" << options.outputPath;
    return report;
}

Result<AnnotatedDocument> Exporter::load(qint64 id, const ExportOptions& options)
{
    AnnotatedDocument out;
    Result<Document> document = DocumentStore(m_db).get(id);
    if (!document)
        return Error{document.error()};
    out.document = std::move(*document);
    Result<QList<Annotation>> annotations = AnnotationStore(m_db).forDocument(id);
    if (!annotations)
        return Error{annotations.error()};
    EntityStore entities(m_db);
    for (const Annotation& annotation : std::as_const(*annotations)) {
        if (!options.statuses.contains(annotation.status))
            continue;
        out.annotations.append(annotation);
        if (annotation.entityId <= 0)
            continue;
        auto cached = m_entities.constFind(annotation.entityId);
        if (cached == m_entities.cend()) {
            Result<Entity> entity = entities.get(annotation.entityId);
            if (!entity)
                return Error{entity.error()};
            cached = m_entities.insert(annotation.entityId, *entity);
        }
        out.entities.insert(annotation.entityId, *cached);
    }
    return out;
}

}  // namespace alam
