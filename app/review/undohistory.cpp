#include "undohistory.h"

#include "reviewlog.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "store/historystore.h"
#include "store/sqlstatement.h"
#include "store/sqlvalues.h"

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

// What the analyst sees of an annotation; version and times change with every write.
bool sameContent(const Annotation& a, const Annotation& b)
{
    return a.start == b.start && a.end == b.end && a.label == b.label && a.status == b.status
           && a.entityId == b.entityId;
}

QString describeAnnotation(const Annotation& annotation)
{
    return u'[' + QString::number(annotation.start) + u", "_s + QString::number(annotation.end)
           + u") "_s + annotation.label;
}

}  // namespace

UndoHistory::UndoHistory(Database& db, QString annotator)
    : m_db(db)
    , m_annotator(std::move(annotator))
{
}

Result<std::optional<UndoableAction>> UndoHistory::next(const QString& state, bool newest)
{
    Result<SqlStatement> row = m_db.execute(
        u"SELECT id, document_id, kind, focus_annotation, at FROM review_actions"
        " WHERE annotator = ? AND state = ? ORDER BY id "_s
            + (newest ? u"DESC"_s : u"ASC"_s) + u" LIMIT 1"_s,
        {m_annotator, state});
    if (!row)
        return Error{tr("Could not read the undo history: %1").arg(row.error())};
    if (!row->next())
        return std::optional<UndoableAction>();
    UndoableAction action;
    action.id = row->id(0);
    action.documentId = row->id(1);
    action.kind = reviewActionKindFromString(row->text(2)).value_or(ReviewActionKind::Accept);
    action.focusAnnotation = row->id(3);
    action.at = sqlvalues::parseTimestamp(row->text(4));
    return std::optional<UndoableAction>(action);
}

Result<std::optional<UndoableAction>> UndoHistory::nextUndo()
{
    return next(u"done"_s, true);
}

Result<std::optional<UndoableAction>> UndoHistory::nextRedo()
{
    return next(u"undone"_s, false);
}

Result<UndoableAction> UndoHistory::undo()
{
    return walk(true);
}

Result<UndoableAction> UndoHistory::redo()
{
    return walk(false);
}

Result<UndoableAction> UndoHistory::walk(bool undo)
{
    Result<std::optional<UndoableAction>> found = undo ? nextUndo() : nextRedo();
    if (!found)
        return Error{found.error()};
    if (!found->has_value())
        return Error{undo ? tr("There is nothing to undo.") : tr("There is nothing to redo.")};
    const UndoableAction action = **found;

    Status applied = m_db.transaction([&]() -> Status {
        if (Status done = apply(action, undo); !done)
            return done;
        Result<SqlStatement> marked =
            m_db.execute(u"UPDATE review_actions SET state = ? WHERE id = ?"_s,
                         {undo ? u"undone"_s : u"done"_s, action.id});
        return marked ? Status() : Status(Error{marked.error()});
    });
    if (applied)
        return action;

    // Leave the action as it is and step past it, so one conflict does not block the rest.
    qCInfo(lcReview) << "Undo/redo skipped action" << action.id << applied.error();
    Result<SqlStatement> dropped =
        m_db.execute(u"UPDATE review_actions SET state = 'dropped' WHERE id = ?"_s, {action.id});
    if (!dropped)
        qCWarning(lcReview) << "Could not drop action" << action.id << dropped.error();
    const QString what = describe(action.kind);
    return Error{undo ? tr("Could not undo «%1»: %2 Nothing was changed; the next Undo goes to "
                           "the action before it.")
                            .arg(what, applied.error())
                      : tr("Could not redo «%1»: %2 Nothing was changed.")
                            .arg(what, applied.error())};
}

Status UndoHistory::apply(const UndoableAction& action, bool undo)
{
    QList<qint64> historyIds;
    {
        Result<SqlStatement> steps = m_db.execute(
            u"SELECT history_id FROM review_action_steps WHERE action_id = ? ORDER BY position"_s,
            {action.id});
        if (!steps)
            return Error{steps.error()};
        while (steps->next())
            historyIds << steps->id(0);
    }  // the read is finished before the writes

    // Undo walks the steps backwards, redo forwards.
    for (qsizetype i = 0; i < historyIds.size(); ++i) {
        const qint64 historyId = undo ? historyIds.at(historyIds.size() - 1 - i) : historyIds.at(i);
        if (Status restored = restoreStep(historyId, undo); !restored)
            return restored;
        if (Status marked = HistoryStore(m_db).setUndone(historyId, undo); !marked)
            return marked;
    }

    std::optional<ReviewStatus> before, after;
    {
        Result<SqlStatement> status = m_db.execute(
            u"SELECT status_before, status_after FROM review_actions WHERE id = ?"_s, {action.id});
        if (!status)
            return Error{status.error()};
        if (status->next()) {
            before = reviewStatusFromString(status->text(0));
            after = reviewStatusFromString(status->text(1));
        }
    }
    if (before && after) {
        const ReviewStatus target = undo ? *before : *after;
        const ReviewStatus expected = undo ? *after : *before;
        Result<Document> document = DocumentStore(m_db).get(action.documentId);
        if (!document)
            return Error{document.error()};
        if (document->status == expected) {  // else someone has set it since: leave theirs
            if (Status set = DocumentStore(m_db).setStatus(action.documentId, target, m_annotator);
                !set)
                return set;
        }
    }
    return {};
}

Status UndoHistory::restoreStep(qint64 historyId, bool undo)
{
    qint64 annotationId = 0;
    QString expectedJson, targetJson;
    {
        Result<SqlStatement> row = m_db.execute(
            u"SELECT annotation_id, before_json, after_json FROM history WHERE id = ?"_s,
            {historyId});
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return Error{tr("The history entry %1 is gone.").arg(historyId)};
        annotationId = row->id(0);
        expectedJson = undo ? row->text(2) : row->text(1);
        targetJson = undo ? row->text(1) : row->text(2);
    }

    std::optional<Annotation> expected, target;
    for (auto [json, slot] : {std::pair{&expectedJson, &expected}, std::pair{&targetJson, &target}}) {
        if (json->isEmpty())
            continue;
        Result<Annotation> parsed = HistoryStore::annotationFromJson(*json);
        if (!parsed)
            return Error{parsed.error()};
        *slot = *parsed;
    }

    AnnotationStore annotations(m_db);
    Result<Annotation> current = annotations.get(annotationId);
    if (expected) {
        if (!current)
            return Error{tr("annotation %1 has been deleted since.")
                             .arg(describeAnnotation(*expected))};
        if (!sameContent(*current, *expected))
            return Error{tr("annotation %1 has been changed since (it is now %2, %3, by %4).")
                             .arg(describeAnnotation(*expected), describeAnnotation(*current),
                                  toString(current->status), current->annotator)};
    } else if (current) {
        return Error{tr("annotation %1 has been added again since.")
                         .arg(describeAnnotation(*current))};
    }

    if (!target)
        return annotations.remove(annotationId, m_annotator);
    if (!current)
        return restoreAnnotation(*target);
    Annotation changed = *target;
    changed.id = annotationId;
    changed.version = current->version;
    changed.documentId = current->documentId;
    Result<Annotation> updated = annotations.update(changed, m_annotator);
    return updated ? Status() : Status(Error{updated.error()});
}

// Puts a deleted annotation back under its own id, so that its history and the later steps
// of the undo stack keep pointing at it.
Status UndoHistory::restoreAnnotation(const Annotation& annotation)
{
    Annotation restored = annotation;
    restored.version = annotation.version + 1;
    restored.updatedAt = sqlvalues::now();
    Result<SqlStatement> inserted = m_db.execute(
        u"INSERT INTO annotations (id, document_id, start_offset, end_offset, label, status, "
        "source, confidence, annotator, entity_id, version, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {restored.id, restored.documentId, restored.start, restored.end, restored.label,
         toString(restored.status), toString(restored.source), restored.confidence,
         restored.annotator, sqlvalues::nullableId(restored.entityId), restored.version,
         sqlvalues::timestamp(restored.createdAt), sqlvalues::timestamp(restored.updatedAt)});
    if (!inserted)
        return Error{tr("Could not restore annotation %1: %2")
                         .arg(describeAnnotation(annotation), inserted.error())};
    HistoryEntry entry;
    entry.annotationId = restored.id;
    entry.documentId = restored.documentId;
    entry.action = u"add"_s;
    entry.after = HistoryStore::toJson(restored);
    entry.annotator = m_annotator;
    Result<qint64> recorded = HistoryStore(m_db).record(entry);
    return recorded ? Status() : Status(Error{recorded.error()});
}

}  // namespace alam
