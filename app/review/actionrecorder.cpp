#include "actionrecorder.h"

#include "store/database.h"
#include "store/sqlstatement.h"
#include "store/sqlvalues.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

struct KindName {
    ReviewActionKind kind;
    const char16_t* name;
};

constexpr std::array kKindNames = {
    KindName{ReviewActionKind::Accept, u"accept"},
    KindName{ReviewActionKind::Reject, u"reject"},
    KindName{ReviewActionKind::ChangeLabel, u"change_label"},
    KindName{ReviewActionKind::Resize, u"resize"},
    KindName{ReviewActionKind::Add, u"add"},
    KindName{ReviewActionKind::Link, u"link"},
    KindName{ReviewActionKind::Split, u"split"},
    KindName{ReviewActionKind::Delete, u"delete"},
    KindName{ReviewActionKind::AcceptAll, u"accept_all"},
    KindName{ReviewActionKind::MarkReviewed, u"mark_reviewed"},
};

}  // namespace

QString toString(ReviewActionKind kind)
{
    for (const KindName& entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<ReviewActionKind> reviewActionKindFromString(const QString& name)
{
    for (const KindName& entry : kKindNames) {
        if (name == QStringView(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString describe(ReviewActionKind kind)
{
    switch (kind) {
    case ReviewActionKind::Accept: return ActionRecorder::tr("Accept");
    case ReviewActionKind::Reject: return ActionRecorder::tr("Reject");
    case ReviewActionKind::ChangeLabel: return ActionRecorder::tr("Change label");
    case ReviewActionKind::Resize: return ActionRecorder::tr("Change bounds");
    case ReviewActionKind::Add: return ActionRecorder::tr("Add annotation");
    case ReviewActionKind::Link: return ActionRecorder::tr("Link to entity");
    case ReviewActionKind::Split: return ActionRecorder::tr("Split off entity");
    case ReviewActionKind::Delete: return ActionRecorder::tr("Delete annotation");
    case ReviewActionKind::AcceptAll: return ActionRecorder::tr("Accept all remaining");
    case ReviewActionKind::MarkReviewed: return ActionRecorder::tr("Mark reviewed");
    }
    return {};
}

ActionRecorder::ActionRecorder(Database& db, qint64 documentId, ReviewActionKind kind,
                               QString annotator)
    : m_db(db)
    , m_documentId(documentId)
    , m_kind(kind)
    , m_annotator(std::move(annotator))
{
}

Status ActionRecorder::noteChange(qint64 annotationId)
{
    // The store wrote the row in this transaction, which holds the write lock (and on
    // PostgreSQL the annotation row's lock), so the newest row of this annotation is it.
    Result<SqlStatement> row =
        m_db.execute(u"SELECT MAX(id) FROM history WHERE annotation_id = ?"_s, {annotationId});
    if (!row)
        return Error{row.error()};
    if (!row->next() || row->id(0) == 0)
        return Error{tr("The change to annotation %1 left no history row.").arg(annotationId)};
    m_historyIds << row->id(0);
    if (m_focus == 0)
        m_focus = annotationId;
    return {};
}

void ActionRecorder::noteStatus(ReviewStatus before, ReviewStatus after)
{
    if (m_status)
        m_status->second = after;
    else
        m_status = std::make_pair(before, after);
}

Status ActionRecorder::save()
{
    Result<SqlStatement> dropped = m_db.execute(
        u"UPDATE review_actions SET state = 'dropped' WHERE annotator = ? AND state = 'undone'"_s,
        {m_annotator});
    if (!dropped)
        return Error{dropped.error()};
    Result<qint64> actionId = m_db.insert(
        u"INSERT INTO review_actions (document_id, kind, annotator, focus_annotation,"
        " status_before, status_after, state, at) VALUES (?, ?, ?, ?, ?, ?, 'done', ?)"_s,
        {m_documentId, toString(m_kind), m_annotator, m_focus,
         m_status ? toString(m_status->first) : QString(),
         m_status ? toString(m_status->second) : QString(),
         sqlvalues::timestamp(sqlvalues::now())});
    if (!actionId)
        return Error{tr("Could not record the action for undo: %1").arg(actionId.error())};
    for (qsizetype i = 0; i < m_historyIds.size(); ++i) {
        Result<SqlStatement> step = m_db.execute(
            u"INSERT INTO review_action_steps (action_id, position, history_id) VALUES (?, ?, ?)"_s,
            {*actionId, qint64(i), m_historyIds.at(i)});
        if (!step)
            return Error{tr("Could not record the action for undo: %1").arg(step.error())};
    }
    return {};
}

}  // namespace alam
