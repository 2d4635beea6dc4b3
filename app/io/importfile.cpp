#include "importfile.h"

#include "bratreader.h"
#include "conllreader.h"
#include "jsonlreader.h"
#include "store/documentstore.h"
#include "text/decoder.h"
#include "titles.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

namespace alam {
namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / double(1 << 20), 'f', 1);
}

Result<QByteArray> readBytes(const QString& path, qint64 limit)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error{ImportFile::tr("%1 no longer exists (it was moved or deleted after it was "
                                    "listed).").arg(path)};
    if (info.size() > limit)
        return Error{ImportFile::tr("%1 is %2 MB; Alam imports files of up to %3 MB of this "
                                    "type. Split it into smaller files first.")
                         .arg(info.fileName(), megabytes(info.size()), megabytes(limit))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ImportFile::tr("%1 cannot be read: %2").arg(path, file.errorString())};
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{ImportFile::tr("%1 cannot be read: %2").arg(path, file.errorString())};
    return bytes;
}

Result<QList<AnnotatedDocument>> readPlainText(const ImportItem& item,
                                               const ImportFileOptions& options)
{
    Result<QByteArray> bytes = readBytes(item.path, options.maxPlainTextBytes);
    if (!bytes)
        return Error{bytes.error()};
    const QString name = QFileInfo(item.path).fileName();
    Result<DecodedText> decoded = TextDecoder::decode(*bytes, name);
    if (!decoded)
        return Error{decoded.error()};
    if (decoded->text.trimmed().isEmpty())
        return Error{ImportFile::tr("%1 holds no text (only white space).").arg(name)};
    AnnotatedDocument document;
    document.document.text = std::move(decoded->text);
    document.document.title = titleFromText(document.document.text, name);
    return QList<AnnotatedDocument>{std::move(document)};
}

Result<QList<AnnotatedDocument>> readCorpus(const ImportItem& item,
                                            const ImportFileOptions& options)
{
    Result<QByteArray> bytes = readBytes(item.path, options.maxCorpusFileBytes);
    if (!bytes)
        return Error{bytes.error()};
    const QString name = QFileInfo(item.path).fileName();
    Result<DecodedText> decoded = TextDecoder::decode(*bytes, name);
    if (!decoded)
        return Error{decoded.error()};
    if (item.format == ImportItem::Format::Jsonl)
        return JsonlReader::read(decoded->text, name);
    return ConllReader::read(decoded->text, name,
                             ConllReadOptions{options.conllSentencesPerDocument});
}

Result<QList<AnnotatedDocument>> readBrat(const ImportItem& item, const ImportFileOptions& options)
{
    Result<QByteArray> text = readBytes(item.path, options.maxCorpusFileBytes);
    if (!text)
        return Error{text.error()};
    Result<QByteArray> ann = readBytes(item.annPath, options.maxCorpusFileBytes);
    if (!ann)
        return Error{ann.error()};
    Result<AnnotatedDocument> document = BratReader::read(*text, *ann, item.path, item.annPath);
    if (!document)
        return Error{document.error()};
    if (document->document.text.trimmed().isEmpty())
        return Error{ImportFile::tr("%1 holds no text.").arg(QFileInfo(item.path).fileName())};
    return QList<AnnotatedDocument>{std::move(*document)};
}

}  // namespace

Result<QList<AnnotatedDocument>> ImportFile::read(const ImportItem& item,
                                                  const ImportFileOptions& options)
{
    Result<QList<AnnotatedDocument>> documents = [&]() -> Result<QList<AnnotatedDocument>> {
        switch (item.format) {
        case ImportItem::Format::PlainText: return readPlainText(item, options);
        case ImportItem::Format::Conll:
        case ImportItem::Format::Jsonl: return readCorpus(item, options);
        case ImportItem::Format::Brat: return readBrat(item, options);
        }
        return Error{tr("%1: unknown format.").arg(item.path)};
    }();
    if (!documents)
        return documents;
    for (AnnotatedDocument& document : *documents) {
        document.document.sourcePath = item.path;
        document.document.contentHash = DocumentStore::hashOf(document.document.text);
        for (Annotation& annotation : document.annotations) {
            annotation.label = options.labelAliases.value(annotation.label, annotation.label);
            if (annotation.annotator.isEmpty())
                annotation.annotator = options.annotator;
        }
        for (Entity& entity : document.entities)
            entity.label = options.labelAliases.value(entity.label, entity.label);
    }
    return documents;
}

QFuture<ReadImportFile> ImportFile::readInParallel(const QList<ImportItem>& items,
                                                   const ImportFileOptions& options)
{
    return QtConcurrent::mapped(items, [options](const ImportItem& item) {
        ReadImportFile file;
        file.path = item.path;
        Result<QList<AnnotatedDocument>> documents = read(item, options);
        if (documents)
            file.documents = std::move(*documents);
        else
            file.error = documents.error();
        return file;
    });
}

}  // namespace alam
