// The analyst's actions in the window: keys and menus to the controller.
#include "mainwindow.h"

#include "articleview.h"
#include "documentlist.h"
#include "entitylinkdialog.h"
#include "entitypanel.h"
#include "reviewcontroller.h"
#include "searchpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace alam {

void MainWindow::connectReviewActions()
{
    ReviewController* c = m_controller;
    connect(m_actions.next, &QAction::triggered, c, &ReviewController::next);
    connect(m_actions.previous, &QAction::triggered, c, &ReviewController::previous);
    connect(m_actions.accept, &QAction::triggered, c, &ReviewController::accept);
    connect(m_actions.reject, &QAction::triggered, c, &ReviewController::reject);
    connect(m_actions.remove, &QAction::triggered, c, &ReviewController::remove);
    connect(m_actions.acceptAll, &QAction::triggered, c, &ReviewController::acceptAllRemaining);
    connect(m_actions.split, &QAction::triggered, c, &ReviewController::split);
    connect(m_actions.undo, &QAction::triggered, c, &ReviewController::undo);
    connect(m_actions.redo, &QAction::triggered, c, &ReviewController::redo);
    connect(m_actions.markReviewed, &QAction::triggered, this, &MainWindow::markReviewedAndNext);
    connect(m_actions.linkTo, &QAction::triggered, this, &MainWindow::chooseEntityToLink);
    connect(m_actions.otherMentions, &QAction::triggered, this, &MainWindow::showOtherMentions);
    const auto bounds = [this, c](QAction* action, SpanEdge edge, bool grow, SpanUnit unit) {
        connect(action, &QAction::triggered, c, [c, edge, grow, unit] { c->resize(edge, grow, unit); });
    };
    bounds(m_actions.growEnd, SpanEdge::End, true, SpanUnit::Word);
    bounds(m_actions.shrinkEnd, SpanEdge::End, false, SpanUnit::Word);
    bounds(m_actions.growStart, SpanEdge::Start, true, SpanUnit::Word);
    bounds(m_actions.shrinkStart, SpanEdge::Start, false, SpanUnit::Word);
    bounds(m_actions.growEndCharacter, SpanEdge::End, true, SpanUnit::Character);
    bounds(m_actions.shrinkEndCharacter, SpanEdge::End, false, SpanUnit::Character);
    bounds(m_actions.growStartCharacter, SpanEdge::Start, true, SpanUnit::Character);
    bounds(m_actions.shrinkStartCharacter, SpanEdge::Start, false, SpanUnit::Character);
    for (QAction* action : m_actions.labels) {
        connect(action, &QAction::triggered, this,
                [this, action] { labelKey(action->data().toString()); });
    }
    for (QAction* action : m_actions.addAs) {
        connect(action, &QAction::triggered, this, [this, action] {
            if (const std::optional<TextSpan> span = m_article->selectedSpan())
                m_controller->addFromSelection(span->start, span->end, action->data().toString());
        });
    }
    connect(m_actions.find, &QAction::triggered, this, [this] {
        m_searchDock->show();
        m_search->focusQuery();
    });
    connect(m_actions.showSearch, &QAction::toggled, m_searchDock, &QDockWidget::setVisible);
    connect(m_searchDock, &QDockWidget::visibilityChanged, m_actions.showSearch,
            &QAction::setChecked);
    connect(m_actions.groupByEntity, &QAction::toggled, m_panel, &EntityPanel::setGrouped);
    connect(m_panel, &EntityPanel::groupingChanged, m_actions.groupByEntity, &QAction::setChecked);
    // The panel's checkbox and View ▸ Show Latin are one setting, whichever is used.
    connect(m_actions.showLatin, &QAction::toggled, m_panel, &EntityPanel::setShowLatin);
    connect(m_panel, &EntityPanel::showLatinChanged, m_actions.showLatin, &QAction::setChecked);
    connect(m_actions.zoomIn, &QAction::triggered, this,
            [this] { setFontSize(m_article->fontPointSize() + 2); });
    connect(m_actions.zoomOut, &QAction::triggered, this,
            [this] { setFontSize(m_article->fontPointSize() - 2); });
}

// A label key: with text selected it adds the selection; else it relabels the current one.
void MainWindow::labelKey(const QString& label)
{
    if (const std::optional<TextSpan> span = m_article->selectedSpan()) {
        if (m_controller->addFromSelection(span->start, span->end, label)) {
            QTextCursor cursor = m_article->textCursor();
            cursor.clearSelection();
            m_article->setTextCursor(cursor);
        }
        return;
    }
    m_controller->setLabel(label);
}

void MainWindow::markReviewedAndNext()
{
    const qint64 document = m_controller->documentId();
    if (!document || !m_controller->markReviewed())
        return;
    const QString title = m_controller->review()->document().title;
    if (const qint64 next = m_documents->documentAfter(document)) {
        openDocument(next);
        showNotice(tr("«%1» is marked reviewed.").arg(title), false);
    }
}

void MainWindow::chooseEntityToLink()
{
    const Annotation* current = m_controller->current();
    if (!current)
        return;
    const qint64 annotation = current->id;
    EntityLinkDialog dialog(m_db, current->label, m_controller->review()->textOf(*current),
                            current->entityId, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosenEntity())
        return;
    m_controller->setCurrent(annotation);
    m_controller->linkTo(dialog.chosenEntity());
}

void MainWindow::showOtherMentions()
{
    const Annotation* current = m_controller->current();
    if (!current || !current->entityId)
        return;
    const Entity* entity = m_controller->review()->entity(current->entityId);
    m_searchDock->show();
    m_search->showMentions(current->entityId, entity ? entity->name : QString());
}

void MainWindow::openHit(qint64 documentId, int start, int end, qint64 annotationId)
{
    if (documentId != m_controller->documentId() && !openDocument(documentId, annotationId))
        return;
    if (annotationId) {
        m_controller->setCurrent(annotationId);
        return;
    }
    // A text hit: select it, so a label key can add it.
    QTextCursor cursor(m_article->document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    m_article->setTextCursor(cursor);
    m_article->ensureCursorVisible();
    m_article->setFocus();
}

void MainWindow::setFontSize(int points)
{
    m_article->setFontPointSize(points);
    QSettings().setValue(u"view/fontSize"_s, m_article->fontPointSize());
}

}  // namespace alam
