#include "annotationstore.h"

#include "database.h"
#include "historystore.h"
#include "sqlstatement.h"
#include "sqlvalues.h"

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

const QString kSelect = u"SELECT id, document_id, start_offset, end_offset, label, status, "
                        "source, confidence, annotator, entity_id, version, created_at, "
                        "updated_at FROM annotations "_s;

Annotation readAnnotation(const SqlStatement& row)
{
    Annotation annotation;
    annotation.id = row.id(0);
    annotation.documentId = row.id(1);
    annotation.start = row.integer(2);
    annotation.end = row.integer(3);
    annotation.label = row.text(4);
    annotation.status =
        annotationStatusFromString(row.text(5)).value_or(AnnotationStatus::Suggested);
    annotation.source =
        annotationSourceFromString(row.text(6)).value_or(AnnotationSource::Model);
    annotation.confidence = row.value(7).toDouble();
    annotation.annotator = row.text(8);
    annotation.entityId = row.id(9);
    annotation.version = row.integer(10);
    annotation.createdAt = sqlvalues::parseTimestamp(row.text(11));
    annotation.updatedAt = sqlvalues::parseTimestamp(row.text(12));
    return annotation;
}

// "[12, 19) PERS", how a person finds the annotation in messages.
QString describe(const Annotation& annotation)
{
    return u'[' + QString::number(annotation.start) + u", "_s + QString::number(annotation.end)
           + u") "_s + annotation.label;
}

bool exists(Database& db, const QString& sql, const QVariant& key)
{
    Result<SqlStatement> found = db.execute(sql, {key});
    return found && found->next();
}

// Names the missing row when a foreign key stopped the write (the driver only says
// "FOREIGN KEY constraint failed"); else the driver's own text.
QString whyRejected(Database& db, const Annotation& annotation, const QString& driverText)
{
    if (!exists(db, u"SELECT 1 FROM documents WHERE id = ?"_s, annotation.documentId))
        return AnnotationStore::tr("there is no document %1").arg(annotation.documentId);
    if (!exists(db, u"SELECT 1 FROM labels WHERE name = ?"_s, annotation.label))
        return AnnotationStore::tr("there is no label %1").arg(annotation.label);
    if (annotation.entityId > 0
        && !exists(db, u"SELECT 1 FROM entities WHERE id = ?"_s, annotation.entityId))
        return AnnotationStore::tr("there is no entity %1").arg(annotation.entityId);
    return driverText;
}

Status validate(const Annotation& annotation)
{
    if (annotation.start < 0 || annotation.end <= annotation.start)
        return Error{AnnotationStore::tr("The annotation %1 has empty or reversed bounds.")
                         .arg(describe(annotation))};
    if (annotation.label.isEmpty())
        return Error{
            AnnotationStore::tr("The annotation %1 has no label.").arg(describe(annotation))};
    return {};
}

}  // namespace

Result<qint64> AnnotationStore::add(const Annotation& annotation)
{
    if (Status valid = validate(annotation); !valid)
        return Error{valid.error()};
    Annotation stored = annotation;
    stored.version = 1;
    if (!stored.createdAt.isValid())
        stored.createdAt = sqlvalues::now();
    if (!stored.updatedAt.isValid())
        stored.updatedAt = stored.createdAt;

    Status saved = m_db.transaction([&]() -> Status {
        Result<qint64> id = m_db.insert(
            u"INSERT INTO annotations (document_id, start_offset, end_offset, label, status, "
            "source, confidence, annotator, entity_id, version, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {stored.documentId, stored.start, stored.end, stored.label, toString(stored.status),
             toString(stored.source), stored.confidence, stored.annotator,
             sqlvalues::nullableId(stored.entityId), stored.version,
             sqlvalues::timestamp(stored.createdAt), sqlvalues::timestamp(stored.updatedAt)});
        if (!id)
            return Error{tr("Could not add the annotation %1 to document %2: %3")
                             .arg(describe(stored), QString::number(stored.documentId),
                                  whyRejected(m_db, stored, id.error()))};
        stored.id = *id;
        HistoryEntry entry;
        entry.annotationId = stored.id;
        entry.documentId = stored.documentId;
        entry.action = u"add"_s;
        entry.after = HistoryStore::toJson(stored);
        entry.annotator = stored.annotator;
        entry.at = stored.createdAt;
        Result<qint64> recorded = HistoryStore(m_db).record(entry);
        return recorded ? Status() : Status(Error{recorded.error()});
    });
    if (!saved)
        return Error{saved.error()};
    return stored.id;
}

Result<QList<qint64>> AnnotationStore::addAll(const QList<Annotation>& annotations)
{
    QList<qint64> ids;
    ids.reserve(annotations.size());
    Status saved = m_db.transaction([&]() -> Status {
        for (const Annotation& annotation : annotations) {
            Result<qint64> id = add(annotation);
            if (!id)
                return Error{id.error()};
            ids << *id;
        }
        return {};
    });
    if (!saved)
        return Error{saved.error()};
    return ids;
}

Result<Annotation> AnnotationStore::get(qint64 id)
{
    Result<SqlStatement> row = m_db.execute(kSelect + u"WHERE id = ?"_s, {id});
    if (!row)
        return Error{tr("Could not read annotation %1: %2").arg(QString::number(id), row.error())};
    if (!row->next())
        return Error{tr("There is no annotation %1 (it may have been deleted).").arg(id)};
    return readAnnotation(*row);
}

Result<QList<Annotation>> AnnotationStore::forDocument(qint64 documentId)
{
    Result<SqlStatement> rows = m_db.execute(
        kSelect + u"WHERE document_id = ? ORDER BY start_offset, end_offset, id"_s, {documentId});
    if (!rows)
        return Error{tr("Could not read the annotations of document %1: %2")
                         .arg(QString::number(documentId), rows.error())};
    QList<Annotation> annotations;
    while (rows->next())
        annotations << readAnnotation(*rows);
    return annotations;
}

Result<QList<Annotation>> AnnotationStore::withStatus(const QList<AnnotationStatus>& statuses)
{
    if (statuses.isEmpty())
        return QList<Annotation>();
    QStringList placeholders;
    QVariantList values;
    for (AnnotationStatus status : statuses) {
        placeholders << u"?"_s;
        values << toString(status);
    }
    Result<SqlStatement> rows = m_db.execute(
        kSelect + u"WHERE status IN ("_s + placeholders.join(u", "_s)
            + u") ORDER BY document_id, start_offset, end_offset, id"_s,
        values);
    if (!rows)
        return Error{tr("Could not read the annotations: %1").arg(rows.error())};
    QList<Annotation> annotations;
    while (rows->next())
        annotations << readAnnotation(*rows);
    return annotations;
}

Result<Annotation> AnnotationStore::update(const Annotation& changed, const QString& annotator)
{
    if (Status valid = validate(changed); !valid)
        return Error{valid.error()};
    Annotation after;
    Status saved = m_db.transaction([&]() -> Status {
        Result<Annotation> before = get(changed.id);
        if (!before)
            return Error{tr("Could not change annotation %1: %2")
                             .arg(QString::number(changed.id), before.error())};
        const QString stale =
            tr("Annotation %1 was changed by someone else meanwhile (it is at version %2, this "
               "change was made on version %3); nothing was saved. Reload the document and try "
               "again.")
                .arg(QString::number(changed.id), QString::number(before->version),
                     QString::number(changed.version));
        if (before->version != changed.version)
            return Error{stale};
        if (changed.documentId != 0 && changed.documentId != before->documentId)
            return Error{tr("Could not change annotation %1: an annotation cannot move to "
                            "another document.")
                             .arg(changed.id)};

        after = changed;
        after.documentId = before->documentId;
        after.annotator = annotator.isEmpty() ? changed.annotator : annotator;
        after.version = before->version + 1;
        after.createdAt = before->createdAt;
        after.updatedAt = sqlvalues::now();
        Result<SqlStatement> done = m_db.execute(
            u"UPDATE annotations SET start_offset = ?, end_offset = ?, label = ?, status = ?, "
            "source = ?, confidence = ?, annotator = ?, entity_id = ?, version = ?, "
            "updated_at = ? WHERE id = ? AND version = ?"_s,
            {after.start, after.end, after.label, toString(after.status), toString(after.source),
             after.confidence, after.annotator, sqlvalues::nullableId(after.entityId),
             after.version, sqlvalues::timestamp(after.updatedAt), after.id, before->version});
        if (!done)
            return Error{tr("Could not change annotation %1 to %2: %3")
                             .arg(QString::number(changed.id), describe(after),
                                  whyRejected(m_db, after, done.error()))};
        if (done->rowsAffected() != 1)  // another connection got in between (PostgreSQL)
            return Error{stale};

        HistoryEntry entry;
        entry.annotationId = after.id;
        entry.documentId = after.documentId;
        entry.action = u"update"_s;
        entry.before = HistoryStore::toJson(*before);
        entry.after = HistoryStore::toJson(after);
        entry.annotator = after.annotator;
        entry.at = after.updatedAt;
        Result<qint64> recorded = HistoryStore(m_db).record(entry);
        return recorded ? Status() : Status(Error{recorded.error()});
    });
    if (!saved)
        return Error{saved.error()};
    return after;
}

Status AnnotationStore::remove(qint64 id, const QString& annotator)
{
    return m_db.transaction([&]() -> Status {
        Result<Annotation> before = get(id);
        if (!before)
            return Error{tr("Could not delete annotation %1: %2")
                             .arg(QString::number(id), before.error())};
        Result<SqlStatement> done =
            m_db.execute(u"DELETE FROM annotations WHERE id = ?"_s, {id});
        if (!done)
            return Error{tr("Could not delete annotation %1: %2")
                             .arg(QString::number(id), done.error())};
        HistoryEntry entry;
        entry.annotationId = id;
        entry.documentId = before->documentId;
        entry.action = u"delete"_s;
        entry.before = HistoryStore::toJson(*before);
        entry.annotator = annotator;
        Result<qint64> recorded = HistoryStore(m_db).record(entry);
        return recorded ? Status() : Status(Error{recorded.error()});
    });
}

}  // namespace alam
