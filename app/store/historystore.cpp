#include "historystore.h"

#include "database.h"
#include "sqlstatement.h"
#include "sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

const QString kSelect = u"SELECT id, annotation_id, document_id, action, before_json, "
                        "after_json, annotator, at, undone, subject, entity_id, label "
                        "FROM history "_s;

HistoryEntry readEntry(const SqlStatement& row)
{
    HistoryEntry entry;
    entry.id = row.id(0);
    entry.annotationId = row.id(1);
    entry.documentId = row.id(2);
    entry.action = row.text(3);
    entry.before = row.text(4);
    entry.after = row.text(5);
    entry.annotator = row.text(6);
    entry.at = sqlvalues::parseTimestamp(row.text(7));
    entry.undone = row.integer(8) != 0;
    entry.subject = historySubjectFromString(row.text(9)).value_or(HistorySubject::Annotation);
    entry.entityId = row.id(10);
    entry.label = row.text(11);
    return entry;
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

template <typename Subject>
Status recordStates(HistoryStore& store, HistoryEntry entry, const std::optional<Subject>& before,
                    const Subject& after)
{
    entry.before = before ? HistoryStore::toJson(*before) : QString();
    entry.after = HistoryStore::toJson(after);
    Result<qint64> recorded = store.record(entry);
    return recorded ? Status() : Status(Error{recorded.error()});
}

HistoryEntry changeOf(HistorySubject subject, const QString& action, const QString& annotator)
{
    HistoryEntry entry;
    entry.subject = subject;
    entry.action = action;
    entry.annotator = annotator;
    return entry;
}

// Appends `text` as a JSON string literal.
void appendJsonString(QString& json, const QString& text)
{
    json += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"': json += u"\\\""_s; break;
        case u'\\': json += u"\\\\"_s; break;
        case u'\n': json += u"\\n"_s; break;
        case u'\r': json += u"\\r"_s; break;
        case u'\t': json += u"\\t"_s; break;
        default:
            if (c.unicode() < 0x20)
                json += u"\\u00"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
            else
                json += c;
        }
    }
    json += u'"';
}

}  // namespace

Result<QList<HistoryEntry>> HistoryStore::select(const QString& where, const QVariant& value,
                                                 const QString& subjectName)
{
    Result<SqlStatement> rows = m_db.execute(kSelect + where + u" ORDER BY id"_s, {value});
    if (!rows)
        return Error{tr("Could not read the history of %1: %2").arg(subjectName, rows.error())};
    QList<HistoryEntry> entries;
    while (rows->next())
        entries << readEntry(*rows);
    return entries;
}

Result<QList<HistoryEntry>> HistoryStore::forDocument(qint64 documentId)
{
    return select(u"WHERE document_id = ?"_s, documentId,
                  tr("document %1").arg(QString::number(documentId)));
}

Result<QList<HistoryEntry>> HistoryStore::forAnnotation(qint64 annotationId)
{
    return select(u"WHERE annotation_id = ?"_s, annotationId,
                  tr("annotation %1").arg(QString::number(annotationId)));
}

Result<QList<HistoryEntry>> HistoryStore::forEntity(qint64 entityId)
{
    return select(u"WHERE entity_id = ?"_s, entityId,
                  tr("entity %1").arg(QString::number(entityId)));
}

Result<QList<HistoryEntry>> HistoryStore::forLabel(const QString& name)
{
    return select(u"WHERE subject = 'label' AND label = ?"_s, name, tr("label %1").arg(name));
}

Result<qint64> HistoryStore::record(const HistoryEntry& entry)
{
    const QDateTime at = entry.at.isValid() ? entry.at : sqlvalues::now();
    Result<qint64> id = m_db.insert(
        u"INSERT INTO history (subject, annotation_id, document_id, entity_id, label, action, "
        "before_json, after_json, annotator, at, undone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {toString(entry.subject), sqlvalues::nullableId(entry.annotationId),
         sqlvalues::nullableId(entry.documentId), sqlvalues::nullableId(entry.entityId),
         entry.label, entry.action, entry.before, entry.after, entry.annotator,
         sqlvalues::timestamp(at), entry.undone ? 1 : 0});
    if (!id)
        return Error{tr("Could not record the change (%1 %2) in the history: %3")
                         .arg(toString(entry.subject), entry.action, id.error())};
    return id;
}

Status HistoryStore::recordChange(const QString& action, const Document& before,
                                  const Document& after, const QString& annotator)
{
    HistoryEntry entry = changeOf(HistorySubject::Document, action, annotator);
    entry.documentId = after.id;
    entry.at = after.updatedAt;
    return recordStates(*this, entry, std::optional(before), after);
}

Status HistoryStore::recordChange(const QString& action, const std::optional<Entity>& before,
                                  const Entity& after, const QString& annotator)
{
    HistoryEntry entry = changeOf(HistorySubject::Entity, action, annotator);
    entry.entityId = after.id;
    return recordStates(*this, entry, before, after);
}

Status HistoryStore::recordChange(const QString& action, const std::optional<Label>& before,
                                  const Label& after, const QString& annotator)
{
    HistoryEntry entry = changeOf(HistorySubject::Label, action, annotator);
    entry.label = after.name;
    return recordStates(*this, entry, before, after);
}

Status HistoryStore::setUndone(qint64 entryId, bool undone)
{
    Result<SqlStatement> done = m_db.execute(u"UPDATE history SET undone = ? WHERE id = ?"_s,
                                             {undone ? 1 : 0, entryId});
    if (!done)
        return Error{tr("Could not mark history entry %1: %2")
                         .arg(QString::number(entryId), done.error())};
    if (done->rowsAffected() == 0)
        return Error{tr("There is no history entry %1.").arg(entryId)};
    return {};
}

QString HistoryStore::toJson(const Annotation& annotation)
{
    // Written by hand: QJsonObject costs about ten microseconds per annotation, and an import
    // writes one of these for every suggestion. annotationFromJson reads it with QJsonDocument.
    QString json;
    json.reserve(256 + annotation.label.size() + annotation.annotator.size());
    json += u"{\"id\":"_s + QString::number(annotation.id);
    json += u",\"document_id\":"_s + QString::number(annotation.documentId);
    json += u",\"start\":"_s + QString::number(annotation.start);
    json += u",\"end\":"_s + QString::number(annotation.end);
    json += u",\"label\":"_s;
    appendJsonString(json, annotation.label);
    json += u",\"status\":\""_s + toString(annotation.status);
    json += u"\",\"source\":\""_s + toString(annotation.source);
    json += u"\",\"confidence\":"_s
            + (std::isfinite(annotation.confidence)
                   ? QString::number(annotation.confidence, 'g', QLocale::FloatingPointShortest)
                   : u"null"_s);
    json += u",\"annotator\":"_s;
    appendJsonString(json, annotation.annotator);
    json += u",\"entity_id\":"_s + QString::number(annotation.entityId);
    json += u",\"version\":"_s + QString::number(annotation.version);
    json += u",\"created_at\":\""_s + sqlvalues::timestamp(annotation.createdAt);
    json += u"\",\"updated_at\":\""_s + sqlvalues::timestamp(annotation.updatedAt) + u"\"}"_s;
    return json;
}

Result<Annotation> HistoryStore::annotationFromJson(const QString& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!document.isObject())
        return Error{tr("A history entry does not hold an annotation: %1")
                         .arg(parseError.errorString())};
    const QJsonObject object = document.object();
    const auto status = annotationStatusFromString(object.value(u"status"_s).toString());
    const auto source = annotationSourceFromString(object.value(u"source"_s).toString());
    if (!status || !source)
        return Error{tr("A history entry names an unknown annotation status or source.")};

    Annotation annotation;
    annotation.id = object.value(u"id"_s).toInteger();
    annotation.documentId = object.value(u"document_id"_s).toInteger();
    annotation.start = object.value(u"start"_s).toInt();
    annotation.end = object.value(u"end"_s).toInt();
    annotation.label = object.value(u"label"_s).toString();
    annotation.status = *status;
    annotation.source = *source;
    annotation.confidence = object.value(u"confidence"_s).toDouble(1.0);
    annotation.annotator = object.value(u"annotator"_s).toString();
    annotation.entityId = object.value(u"entity_id"_s).toInteger();
    annotation.version = object.value(u"version"_s).toInt(1);
    annotation.createdAt = sqlvalues::parseTimestamp(object.value(u"created_at"_s).toString());
    annotation.updatedAt = sqlvalues::parseTimestamp(object.value(u"updated_at"_s).toString());
    return annotation;
}

QString HistoryStore::toJson(const Document& document)
{
    return compact({{u"id"_s, document.id},
                    {u"status"_s, toString(document.status)},
                    {u"reviewer"_s, document.reviewer},
                    {u"updated_at"_s, sqlvalues::timestamp(document.updatedAt)}});
}

QString HistoryStore::toJson(const Entity& entity)
{
    return compact({{u"id"_s, entity.id},
                    {u"name"_s, entity.name},
                    {u"label"_s, entity.label},
                    {u"aliases"_s, QJsonArray::fromStringList(entity.aliases)}});
}

QString HistoryStore::toJson(const Label& label)
{
    return compact({{u"name"_s, label.name},
                    {u"colour"_s, label.colour},
                    {u"shortcut"_s, label.shortcut},
                    {u"description"_s, label.description}});
}

}  // namespace alam
