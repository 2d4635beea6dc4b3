#pragma once
// Groups the history rows one analyst action writes (an accept that also links an entity and
// suggests other mentions writes several), so that undo and redo treat them as one. Used
// inside the action's transaction; save() writes the group and drops the redo stack.
#include "result.h"
#include "store/types.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace alam {

class Database;

enum class ReviewActionKind {
    Accept, Reject, ChangeLabel, Resize, Add, Link, Split, Delete, AcceptAll, MarkReviewed
};

QString toString(ReviewActionKind kind);  // stored names: "accept", "change_label", ...
std::optional<ReviewActionKind> reviewActionKindFromString(const QString& name);
// For menus and messages: «Accept», «Change label», ... in the analyst's language.
QString describe(ReviewActionKind kind);

class ActionRecorder final {
    Q_DECLARE_TR_FUNCTIONS(alam::ActionRecorder)
public:
    ActionRecorder(Database& db, qint64 documentId, ReviewActionKind kind, QString annotator);

    // Notes the history row the store has just written for this annotation.
    Status noteChange(qint64 annotationId);
    void noteStatus(ReviewStatus before, ReviewStatus after);
    void setFocus(qint64 annotationId) { m_focus = annotationId; }
    bool isEmpty() const { return m_historyIds.isEmpty() && !m_status; }

    // Writes the action with its steps and drops this annotator's undone actions.
    Status save();

private:
    Database& m_db;
    qint64 m_documentId;
    ReviewActionKind m_kind;
    QString m_annotator;
    qint64 m_focus = 0;
    QList<qint64> m_historyIds;
    std::optional<std::pair<ReviewStatus, ReviewStatus>> m_status;
};

}  // namespace alam
