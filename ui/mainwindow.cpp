#include "mainwindow.h"

#include "articleview.h"
#include "documentlist.h"
#include "documentlistmodel.h"
#include "entitypanel.h"
#include "jobrunner.h"
#include "jobstatus.h"
#include "reviewcontroller.h"
#include "searchpanel.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "store/entitystore.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

QList<Label> labelsOf(Database& db)
{
    Result<QList<Label>> labels = LabelStore(db).all();
    return labels ? *labels : QList<Label>();
}

}  // namespace

MainWindow::MainWindow(Database& db, const QString& annotator, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_controller(new ReviewController(db, annotator, this))
    , m_jobs(new JobRunner(db.options(), this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Alam — named entity review"));
    resize(1400, 860);  // until restoreSession() brings the analyst's own size back
    setAcceptDrops(true);
    const QList<Label> labels = labelsOf(db);
    m_actions.create(this, labels);
    buildLayout();
    buildMenus();
    connectViews();
    connectReviewActions();
    connectJobActions();
    refreshStatus();
    refreshActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    m_documents = new DocumentList(m_db, labelsOf(m_db), this);
    m_article = new ArticleView(this);
    m_panel = new EntityPanel(this);
    m_reviewArea = new QSplitter(Qt::Horizontal, this);
    m_reviewArea->setObjectName(u"reviewArea"_s);
    m_reviewArea->addWidget(m_article);
    m_reviewArea->addWidget(m_panel);
    m_reviewArea->setStretchFactor(0, 3);
    m_reviewArea->setStretchFactor(1, 2);
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(m_documents);
    m_mainSplitter->addWidget(m_reviewArea);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setSizes({300, 1100});
    setCentralWidget(m_mainSplitter);

    m_search = new SearchPanel(m_db, this);
    m_searchDock = new QDockWidget(tr("Search"), this);
    m_searchDock->setObjectName(u"searchDock"_s);
    m_searchDock->setWidget(m_search);
    addDockWidget(Qt::BottomDockWidgetArea, m_searchDock);
    m_searchDock->hide();

    m_progress = new QLabel(this);
    m_progress->setObjectName(u"corpusProgress"_s);
    m_documentStatus = new QLabel(this);
    m_documentStatus->setObjectName(u"documentStatus"_s);
    m_notice = new QLabel(this);
    m_notice->setObjectName(u"notice"_s);
    m_notice->setWordWrap(false);
    statusBar()->addWidget(m_progress);
    statusBar()->addWidget(m_documentStatus);
    statusBar()->addWidget(m_notice, 1);
    statusBar()->addPermanentWidget(new JobStatus(m_jobs, this));

    // Review keys act where the analyst reads: the article and the panel.
    for (QAction* action : m_actions.reviewActions()) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_reviewArea->addAction(action);
    }
    for (QAction* action : {m_actions.undo, m_actions.redo, m_actions.markReviewed,
                            m_actions.find, m_actions.zoomIn, m_actions.zoomOut})
        addAction(action);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_actions.importFiles, m_actions.exportFiles});
    file->addSeparator();
    file->addActions({m_actions.settings, m_actions.quit});

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_actions.undo, m_actions.redo});
    edit->addSeparator();
    edit->addAction(m_actions.find);

    m_reviewMenu = menuBar()->addMenu(tr("&Review"));
    m_reviewMenu->setObjectName(u"reviewMenu"_s);
    m_reviewMenu->addActions({m_actions.next, m_actions.previous});
    m_reviewMenu->addSeparator();
    m_reviewMenu->addActions({m_actions.accept, m_actions.reject});
    QMenu* label = m_reviewMenu->addMenu(tr("Change &label"));
    label->addActions(m_actions.labels);
    m_addMenu = m_reviewMenu->addMenu(tr("&Add the selection as"));
    m_addMenu->addActions(m_actions.addAs);
    QMenu* bounds = m_reviewMenu->addMenu(tr("&Bounds"));
    bounds->addActions({m_actions.growStart, m_actions.shrinkStart, m_actions.growEnd,
                        m_actions.shrinkEnd});
    bounds->addSeparator();
    bounds->addActions({m_actions.growStartCharacter, m_actions.shrinkStartCharacter,
                        m_actions.growEndCharacter, m_actions.shrinkEndCharacter});
    m_reviewMenu->addSeparator();
    m_reviewMenu->addActions({m_actions.linkTo, m_actions.split, m_actions.otherMentions,
                              m_actions.propagateCorpus});
    m_reviewMenu->addSeparator();
    m_reviewMenu->addActions({m_actions.remove, m_actions.acceptAll, m_actions.markReviewed});

    QMenu* tag = menuBar()->addMenu(tr("&Tag"));
    tag->addActions({m_actions.tag, m_actions.train});

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_actions.groupByEntity, m_actions.showLatin, m_actions.showSearch});
    view->addSeparator();
    view->addActions({m_actions.zoomIn, m_actions.zoomOut});

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addActions({m_actions.shortcuts, m_actions.about});

    QToolBar* tools = addToolBar(tr("Review"));
    tools->setObjectName(u"reviewToolBar"_s);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions({m_actions.accept, m_actions.reject, m_actions.acceptAll,
                       m_actions.markReviewed});
    tools->addSeparator();
    tools->addActions({m_actions.undo, m_actions.redo});
    tools->addSeparator();
    tools->addActions({m_actions.importFiles, m_actions.tag, m_actions.find});

    m_article->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_article, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (const qint64 id = m_article->annotationAt(
                m_article->cursorForPosition(at).position()))
            m_controller->setCurrent(id);
        QMenu* menu = m_article->selectedSpan() ? m_addMenu : m_reviewMenu;
        menu->popup(m_article->viewport()->mapToGlobal(at));
    });
    m_panel->setContextMenu(m_reviewMenu);
}

void MainWindow::connectViews()
{
    connect(m_documents, &DocumentList::documentActivated, this,
            [this](qint64 id) { openDocument(id); });
    connect(m_controller, &ReviewController::documentOpened, this, &MainWindow::onDocumentOpened);
    connect(m_controller, &ReviewController::changed, this, &MainWindow::onChanged);
    connect(m_controller, &ReviewController::currentChanged, this, [this](qint64 id) {
        m_article->setCurrent(id);
        m_panel->setCurrent(id);
        refreshActions();
    });
    connect(m_controller, &ReviewController::undoStateChanged, this, &MainWindow::refreshActions);
    connect(m_controller, &ReviewController::documentStatusChanged, this,
            &MainWindow::refreshStatus);
    connect(m_controller, &ReviewController::refused, this,
            [this](const QString& reason) { showNotice(reason, true); });
    connect(m_controller, &ReviewController::done, this,
            [this](const QString& message) { showNotice(message, false); });
    connect(m_article, &ArticleView::annotationClicked, m_controller,
            &ReviewController::setCurrent);
    connect(m_panel, &EntityPanel::annotationSelected, m_controller,
            &ReviewController::setCurrent);
    connect(m_documents->model(), &DocumentListModel::failed, this,
            [this](const QString& message) { showNotice(message, true); });
    connect(m_search, &SearchPanel::hitOpened, this, &MainWindow::openHit);
}

bool MainWindow::openDocument(qint64 documentId, qint64 focusAnnotation)
{
    if (!m_controller->openDocument(documentId, focusAnnotation))
        return false;
    m_article->setFocus();
    return true;
}

void MainWindow::onDocumentOpened()
{
    const DocumentReview* review = m_controller->review();
    // The same document again (background work reloaded it, or undo walked back into it):
    // the analyst stays where they were reading, in the article and in the panel.
    const bool again = review->document().id == m_shownDocument;
    const int articleScroll = m_article->verticalScrollBar()->value();
    const int panelScroll = m_panel->view()->verticalScrollBar()->value();
    m_article->showDocument(review);
    m_panel->setReview(review);
    m_shownDocument = review->document().id;
    if (again) {
        m_article->restoreScroll(articleScroll);
        m_panel->view()->verticalScrollBar()->setValue(panelScroll);
    }
    m_actions.setTextDirection(m_article->document()->defaultTextOption().textDirection());
    m_documents->selectDocument(review->document().id);
    setWindowTitle(tr("%1 — Alam").arg(review->document().title));
    m_notice->clear();
    refreshStatus();
    refreshActions();
}

void MainWindow::onChanged(const ReviewChange& change)
{
    m_article->applyChange(change);
    m_panel->applyChange(change);
    const DocumentReview* review = m_controller->review();
    DocumentSummary summary;
    summary.id = review->document().id;
    summary.status = review->status();
    summary.suggestedCount = review->pendingCount();
    for (const Annotation& annotation : review->annotations()) {
        if (isDecision(annotation.status) && annotation.status != AnnotationStatus::Rejected)
            ++summary.entityCount;
    }
    m_documents->updateSummary(summary);
    if (change.statusChanged)
        refreshStatus();
    else
        m_documentStatus->setText(tr("%n pending", nullptr, summary.suggestedCount) + u" · "_s
                                  + tr("%n entities", nullptr, summary.entityCount));
}

void MainWindow::refreshStatus()
{
    DocumentStore documents(m_db);
    Result<int> total = documents.count();
    Result<int> reviewed = documents.count(ReviewStatus::Reviewed);
    if (total && reviewed)
        m_progress->setText(tr("%1 of %n document(s) reviewed", nullptr, *total)
                                .arg(*reviewed));
    const DocumentReview* review = m_controller->review();
    if (!review) {
        m_documentStatus->clear();
        return;
    }
    int entities = 0;
    for (const Annotation& annotation : review->annotations()) {
        if (isDecision(annotation.status) && annotation.status != AnnotationStatus::Rejected)
            ++entities;
    }
    m_documentStatus->setText(tr("%n pending", nullptr, review->pendingCount()) + u" · "_s
                              + tr("%n entities", nullptr, entities));
}

void MainWindow::refreshActions()
{
    const bool open = m_controller->hasDocument();
    const bool current = m_controller->current() != nullptr;
    for (QAction* action : m_actions.reviewActions())
        action->setEnabled(open);
    for (QAction* action : {m_actions.accept, m_actions.reject, m_actions.linkTo, m_actions.split,
                            m_actions.remove, m_actions.growEnd, m_actions.shrinkEnd,
                            m_actions.growStart, m_actions.shrinkStart,
                            m_actions.growEndCharacter, m_actions.shrinkEndCharacter,
                            m_actions.growStartCharacter, m_actions.shrinkStartCharacter})
        action->setEnabled(current);
    m_actions.otherMentions->setEnabled(current && m_controller->current()->entityId != 0);
    const AnnotationStatus status =
        current ? m_controller->current()->status : AnnotationStatus::Suggested;
    m_actions.propagateCorpus->setEnabled(isDecision(status)
                                          && status != AnnotationStatus::Rejected);
    m_actions.markReviewed->setEnabled(open);
    for (QAction* action : m_actions.addAs)
        action->setEnabled(open);
    const QString undo = m_controller->undoText();
    const QString redo = m_controller->redoText();
    m_actions.undo->setEnabled(!undo.isEmpty());
    m_actions.undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo «%1»").arg(undo));
    m_actions.redo->setEnabled(!redo.isEmpty());
    m_actions.redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo «%1»").arg(redo));
}

void MainWindow::showNotice(const QString& text, bool problem)
{
    m_notice->setStyleSheet(problem ? u"color: #b00020; font-weight: bold;"_s : QString());
    m_notice->setText(text);
    m_notice->setToolTip(text);
}

void MainWindow::saveSession() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_mainSplitter->saveState());
    settings.setValue(u"window/reviewSplitter"_s, m_reviewArea->saveState());
    settings.setValue(u"review/database"_s, m_db.displayName());
    settings.setValue(u"review/document"_s, m_controller->documentId());
    settings.setValue(u"review/annotation"_s, m_controller->currentId());
    settings.setValue(u"review/scroll"_s, m_article->verticalScrollBar()->value());
    settings.setValue(u"view/fontSize"_s, m_article->fontPointSize());
    settings.setValue(u"view/grouped"_s, m_panel->isGrouped());
    settings.setValue(u"view/latin"_s, m_panel->showsLatin());
}

void MainWindow::restoreSession()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_mainSplitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    m_reviewArea->restoreState(settings.value(u"window/reviewSplitter"_s).toByteArray());
    setFontSize(settings.value(u"view/fontSize"_s, 16).toInt());
    m_actions.groupByEntity->setChecked(settings.value(u"view/grouped"_s, false).toBool());
    m_actions.showLatin->setChecked(settings.value(u"view/latin"_s, false).toBool());
    m_actions.showSearch->setChecked(m_searchDock->isVisible());

    // The same database as last time: reopen its document where the analyst left it.
    qint64 document = 0;
    if (settings.value(u"review/database"_s).toString() == m_db.displayName())
        document = settings.value(u"review/document"_s).toLongLong();
    const qint64 annotation = settings.value(u"review/annotation"_s).toLongLong();
    if (!document || !openDocument(document, annotation)) {
        const qint64 first = m_documents->model()->documentAt(0);
        if (first)
            openDocument(first);
        return;
    }
    // After the first layout, when the scroll range is known.
    m_article->restoreScroll(settings.value(u"review/scroll"_s).toInt());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSession();
    m_jobs->cancel();
    QMainWindow::closeEvent(event);
}

}  // namespace alam
