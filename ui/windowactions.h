#pragma once
// Every action of the main window, with its shortcut (the keyboard scheme) and an objectName
// tests find it by. Review actions act where the analyst reads (the article and the panel);
// the others act anywhere in the window.
#include <QCoreApplication>
#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QWidget;

namespace alam {

struct Label;

struct WindowActions {
    Q_DECLARE_TR_FUNCTIONS(alam::WindowActions)

public:
    // File
    QAction* importFiles = nullptr;
    QAction* exportFiles = nullptr;
    QAction* settings = nullptr;
    QAction* quit = nullptr;
    // Edit
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* find = nullptr;
    // Review
    QAction* next = nullptr;
    QAction* previous = nullptr;
    QAction* accept = nullptr;
    QAction* reject = nullptr;
    QList<QAction*> labels;  // one per label, its digit key: change label or add the selection
    QList<QAction*> addAs;   // one per label, for the menu: add the selection with that label
    QAction* growEnd = nullptr;
    QAction* shrinkEnd = nullptr;
    QAction* growStart = nullptr;
    QAction* shrinkStart = nullptr;
    QAction* growEndCharacter = nullptr;
    QAction* shrinkEndCharacter = nullptr;
    QAction* growStartCharacter = nullptr;
    QAction* shrinkStartCharacter = nullptr;
    QAction* linkTo = nullptr;
    QAction* split = nullptr;
    QAction* remove = nullptr;
    QAction* acceptAll = nullptr;
    QAction* markReviewed = nullptr;
    QAction* otherMentions = nullptr;
    QAction* propagateCorpus = nullptr;  // the current decision, to every unreviewed document
    // Tag
    QAction* tag = nullptr;
    QAction* train = nullptr;
    // View
    QAction* groupByEntity = nullptr;
    QAction* showLatin = nullptr;
    QAction* zoomIn = nullptr;
    QAction* zoomOut = nullptr;
    QAction* showSearch = nullptr;
    // Help
    QAction* shortcuts = nullptr;
    QAction* about = nullptr;

    // Creates them all as children of `owner`; label actions for `labelSet`.
    void create(QObject* owner, const QList<Label>& labelSet);
    // Review actions whose keys only act inside `area` (article view and panel).
    QList<QAction*> reviewActions() const;
    // Left and right follow the text: in Arabic ← moves the end of a span forwards.
    void setTextDirection(Qt::LayoutDirection direction);
};

}  // namespace alam
