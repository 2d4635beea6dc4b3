#include "importer.h"

#include "logging.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "store/entitystore.h"

#include <QFileInfo>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace alam {

// What a transaction stored; added to the report only once it is committed.
struct Importer::Tally {
    int imported = 0;
    int annotations = 0;
    QList<qint64> ids;
    QList<ImportDuplicate> duplicates;

    void addTo(ImportReport& report) const
    {
        report.imported += imported;
        report.annotations += annotations;
        report.documentIds += ids;
        report.duplicates += duplicates;
    }
};

namespace {

// Files per parallel read: bounded in count and bytes so memory stays small.
constexpr int kChunkFiles = 64;
constexpr qint64 kChunkBytes = 16LL << 20;

// Colours for labels an import brings that the database does not have yet.
const QStringList& newLabelColours()
{
    static const QStringList colours = {u"#911eb4"_s, u"#42d4f4"_s, u"#f032e6"_s, u"#bfef45"_s,
                                        u"#469990"_s, u"#9a6324"_s, u"#800000"_s, u"#808000"_s,
                                        u"#000075"_s, u"#a9a9a9"_s};
    return colours;
}

QList<QList<ImportItem>> chunksOf(const QList<ImportItem>& items)
{
    QList<QList<ImportItem>> chunks;
    qint64 bytes = kChunkBytes;
    for (const ImportItem& item : items) {
        if (chunks.isEmpty() || chunks.last().size() >= kChunkFiles || bytes >= kChunkBytes) {
            chunks.append(QList<ImportItem>());
            bytes = 0;
        }
        chunks.last().append(item);
        bytes += item.size;
    }
    return chunks;
}

}  // namespace

QHash<QString, QString> ImportOptions::defaultLabelAliases()
{
    return {{u"PER"_s, u"PERS"_s},          {u"PERSON"_s, u"PERS"_s},
            {u"LOCATION"_s, u"LOC"_s},      {u"ORGANIZATION"_s, u"ORG"_s},
            {u"ORGANISATION"_s, u"ORG"_s}};
}

ImportOptions::ImportOptions()
{
    file.labelAliases = defaultLabelAliases();
}

Importer::Importer(Database& db, ImportOptions options)
    : m_db(db), m_options(std::move(options))
{
}

ImportReport Importer::run(const QStringList& paths, const ProgressCallback& progress)
{
    ImportReport report;
    m_refusedFiles = 0;
    const QList<ImportItem> items = ImportSources::collect(paths, &report.failed);
    report.files = int(items.size() + report.failed.size());
    const int total = int(items.size());
    if (m_db.options().readOnly) {
        report.stoppedReason = tr("The database %1 is open read-only; nothing was imported.")
                                   .arg(m_db.displayName());
        return report;
    }
    if (progress && !progress(0, total, QString())) {
        report.cancelled = true;
        return report;
    }

    const QList<QList<ImportItem>> chunks = chunksOf(items);
    QFuture<ReadImportFile> next;
    if (!chunks.isEmpty())
        next = ImportFile::readInParallel(chunks.first(), m_options.file);
    QList<ReadImportFile> pending;
    int pendingDocuments = 0;
    int done = 0;
    QString refused;  // why the database refused to store anything; the import stops
    for (qsizetype c = 0; c < chunks.size() && !report.cancelled && refused.isEmpty(); ++c) {
        const QList<ReadImportFile> files = next.results();
        // Read the next files while this thread writes these.
        if (c + 1 < chunks.size())
            next = ImportFile::readInParallel(chunks[c + 1], m_options.file);
        for (const ReadImportFile& file : files) {
            if (progress && !progress(done, total, file.path)) {
                report.cancelled = true;
                break;
            }
            ++done;
            if (!file.error.isEmpty()) {
                report.failed.append(ImportFailure{file.path, file.error});
                continue;
            }
            pending.append(file);
            pendingDocuments += int(file.documents.size());
            if (pendingDocuments >= m_options.documentsPerTransaction) {
                refused = flush(pending, report);
                pendingDocuments = 0;
                if (!refused.isEmpty())
                    break;
            }
        }
    }
    if (refused.isEmpty())
        refused = flush(pending, report);
    if (!refused.isEmpty()) {
        const int notImported = m_refusedFiles + (total - done);
        report.stoppedReason =
            tr("The import stopped: the database %1 cannot store anything (%2). What was "
               "imported before stays stored; files not imported: %3.")
                .arg(m_db.displayName(), refused, QString::number(notImported));
    }
    if (report.cancelled || !refused.isEmpty()) {
        next.cancel();
        next.waitForFinished();
    } else if (progress) {
        progress(done, total, QString());
    }
    qCDebug(lcIo) << "Imported" << report.imported << "documents," << report.annotations
                  << "annotations;" << report.duplicates.size() << "duplicates,"
                  << report.failed.size() << "failed" << (report.cancelled ? "(cancelled)" : "")
                  << refused;
    return report;
}

void Importer::forgetStored()
{
    m_knownLabels.clear();
    m_entityIds.clear();
}

QString Importer::refuse(const QList<ReadImportFile>& files, const QString& why,
                         ImportReport& report)
{
    m_refusedFiles = int(files.size());
    for (const ReadImportFile& file : files)
        report.failed.append(ImportFailure{
            file.path, tr("%1: not imported, the database refused to store it.")
                           .arg(QFileInfo(file.path).fileName())});
    return why;
}

QString Importer::flush(QList<ReadImportFile>& pending, ImportReport& report)
{
    if (pending.isEmpty())
        return {};
    const QList<ReadImportFile> files = std::exchange(pending, {});
    Tally tally;
    const Status stored = m_db.transaction([&]() -> Status {
        for (const ReadImportFile& file : files)
            if (Status s = storeFile(file, tally); !s)
                return s;
        return {};
    });
    if (stored) {
        tally.addTo(report);
        return {};
    }
    forgetStored();
    // A database that refuses every write fails each file the same way: stop instead.
    if (m_db.storageFailed())
        return refuse(files, stored.error(), report);

    // Something in the batch failed: store each file on its own, so only that file fails.
    qCDebug(lcIo).noquote() << "A batch of" << files.size()
                            << "files was rolled back; storing them one by one:"
                            << stored.error();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const ReadImportFile& file = files[i];
        Tally one;
        const Status alone = files.size() == 1
                                 ? stored
                                 : m_db.transaction([&] { return storeFile(file, one); });
        if (alone) {
            one.addTo(report);
            continue;
        }
        forgetStored();
        if (m_db.storageFailed())
            return refuse(files.mid(i), alone.error(), report);
        report.failed.append(ImportFailure{file.path, alone.error()});
    }
    return {};
}

Status Importer::storeFile(const ReadImportFile& file, Tally& tally)
{
    const QString name = QFileInfo(file.path).fileName();
    DocumentStore documents(m_db);
    AnnotationStore annotations(m_db);
    for (const AnnotatedDocument& document : file.documents) {
        Result<std::optional<qint64>> existing =
            documents.findByHash(document.document.contentHash);
        if (!existing)
            return Error{tr("%1: %2").arg(name, existing.error())};
        if (existing->has_value()) {
            tally.duplicates.append(
                ImportDuplicate{file.path, document.document.title, **existing});
            continue;
        }
        if (Status labels = ensureLabels(document); !labels)
            return Error{tr("%1: %2").arg(name, labels.error())};
        Result<qint64> id = documents.add(document.document);
        if (!id)
            return Error{tr("%1: %2").arg(name, id.error())};

        QList<Annotation> toStore = document.annotations;
        for (Annotation& annotation : toStore) {
            annotation.documentId = *id;
            const auto entity = document.entities.constFind(annotation.entityId);
            if (annotation.entityId > 0 && entity != document.entities.cend()) {
                Result<qint64> entityId = this->entityId(*entity);
                if (!entityId)
                    return Error{tr("%1: %2").arg(name, entityId.error())};
                annotation.entityId = *entityId;
            } else {
                annotation.entityId = 0;
            }
        }
        if (Result<QList<qint64>> added = annotations.addAll(toStore); !added)
            return Error{tr("%1: %2").arg(name, added.error())};
        ++tally.imported;
        tally.annotations += int(toStore.size());
        tally.ids.append(*id);
    }
    return {};
}

Status Importer::ensureLabels(const AnnotatedDocument& document)
{
    LabelStore labels(m_db);
    if (m_knownLabels.isEmpty()) {
        Result<QList<Label>> all = labels.all();
        if (!all)
            return Error{all.error()};
        for (const Label& label : *all)
            m_knownLabels.insert(label.name);
    }
    const auto ensure = [&](const QString& name) -> Status {
        if (m_knownLabels.contains(name))
            return {};
        const QStringList& colours = newLabelColours();
        const Label label{name, colours[m_knownLabels.size() % colours.size()], QString(),
                          tr("Added by an import")};
        if (Status added = labels.add(label, m_options.file.annotator); !added)
            return added;
        m_knownLabels.insert(name);
        return {};
    };
    for (const Annotation& annotation : document.annotations)
        if (Status s = ensure(annotation.label); !s)
            return s;
    for (const Entity& entity : document.entities)
        if (Status s = ensure(entity.label); !s)
            return s;
    return {};
}

Result<qint64> Importer::entityId(const Entity& entity)
{
    const QString key = entity.label + QChar(0x1F) + entity.name;
    if (const auto cached = m_entityIds.constFind(key); cached != m_entityIds.cend())
        return *cached;
    EntityStore entities(m_db);
    Result<std::optional<Entity>> found = entities.find(entity.name, entity.label);
    if (!found)
        return Error{found.error()};
    qint64 id = 0;
    if (found->has_value()) {
        id = (*found)->id;
    } else {
        Result<qint64> added = entities.add(Entity{0, entity.name, entity.label, entity.aliases},
                                            m_options.file.annotator);
        if (!added)
            return Error{added.error()};
        id = *added;
    }
    m_entityIds.insert(key, id);
    return id;
}

}  // namespace alam
