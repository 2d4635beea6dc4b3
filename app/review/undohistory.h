#pragma once
// Undo and redo over the history table, so they survive a restart: the analyst's newest done
// action is undone by restoring every annotation it touched to its state before (and the
// document's review status); redo does it again. Each runs in one transaction. An action
// whose annotations were changed since (by tagging, or by another analyst) is not undone:
// the reason is given and the next undo goes to the action before it.
#include "actionrecorder.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace alam {

class Database;

struct UndoableAction {
    qint64 id = 0;
    qint64 documentId = 0;
    ReviewActionKind kind = ReviewActionKind::Accept;
    qint64 focusAnnotation = 0;
    QDateTime at;
};

class UndoHistory final {
    Q_DECLARE_TR_FUNCTIONS(alam::UndoHistory)
public:
    UndoHistory(Database& db, QString annotator);

    Result<std::optional<UndoableAction>> nextUndo();
    Result<std::optional<UndoableAction>> nextRedo();
    // The action undone or redone (to show its document and annotation).
    Result<UndoableAction> undo();
    Result<UndoableAction> redo();

private:
    Result<std::optional<UndoableAction>> next(const QString& state, bool newest);
    Result<UndoableAction> walk(bool undo);
    Status apply(const UndoableAction& action, bool undo);
    Status restoreStep(qint64 historyId, bool undo);
    Status restoreAnnotation(const Annotation& annotation);

    Database& m_db;
    QString m_annotator;
};

}  // namespace alam
