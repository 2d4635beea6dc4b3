// Dialogs and background work: import (also by drag and drop), export, tagging, training,
// the search index; settings, keyboard shortcuts, about.
#include "mainwindow.h"

#include "articleview.h"
#include "documentlist.h"
#include "documentlistmodel.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "jobrunner.h"
#include "jobs.h"
#include "language.h"
#include "review/searchindex.h"
#include "reviewcontroller.h"
#include "searchpanel.h"
#include "shortcutsdialog.h"
#include "store/documentstore.h"
#include "tagdialog.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace alam {

void MainWindow::connectJobActions()
{
    connect(m_actions.importFiles, &QAction::triggered, this, [this] {
        ImportDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            importPaths(dialog.paths());
    });
    connect(m_actions.exportFiles, &QAction::triggered, this, [this] {
        ExportDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            m_jobs->start(tr("Exporting"), Jobs::exportFiles(dialog.options()));
    });
    connect(m_actions.tag, &QAction::triggered, this, [this] {
        const DocumentReview* review = m_controller->review();
        TagDialog dialog(review ? review->document().id : 0,
                         review ? review->document().title : QString(), this);
        if (dialog.exec() == QDialog::Accepted)
            m_jobs->start(tr("Tagging"), Jobs::tag(dialog.options()));
    });
    connect(m_actions.train, &QAction::triggered, this, [this] {
        Result<int> reviewed = DocumentStore(m_db).count(ReviewStatus::Reviewed);
        TrainDialog dialog(reviewed ? *reviewed : 0, Tagging::keepsLearnedModel(m_db), this);
        if (dialog.exec() == QDialog::Accepted)
            m_jobs->start(tr("Training"), Jobs::train(dialog.options()));
    });
    connect(m_actions.settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_actions.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_actions.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_jobs, &JobRunner::finished, this, &MainWindow::afterJob);
    connect(m_controller, &ReviewController::documentReviewed, this, [this](qint64 id) {
        // The online update of issue 3: the next document's suggestions know this review.
        if (Tagging::keepsLearnedModel(m_db))
            m_jobs->start(tr("Learning from the review"), Jobs::learnFromReviewed(id));
    });
    connect(m_actions.propagateCorpus, &QAction::triggered, this, [this] {
        if (const Annotation* current = m_controller->current())
            m_jobs->start(tr("Propagating to all documents"),
                          Jobs::propagateAcrossCorpus(current->id));
    });
    connect(m_search, &SearchPanel::indexNeeded, this, [this] {
        if (m_jobs->currentTitle() != tr("Indexing for search"))
            m_jobs->start(tr("Indexing for search"), Jobs::updateSearchIndex());
    });
}

void MainWindow::importPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    m_jobs->start(tr("Importing"), Jobs::importFiles(paths, m_controller->annotator()));
    m_jobs->start(tr("Indexing for search"), Jobs::updateSearchIndex());
}

void MainWindow::startBackgroundWork(bool tagSamples)
{
    if (tagSamples)
        m_jobs->start(tr("Tagging"), Jobs::tag({}));
    // Most starts have nothing new to index: no job, and no notice about it.
    const Result<int> pending = SearchIndex(m_db).pendingCount();
    if (!pending || *pending > 0)
        m_jobs->start(tr("Indexing for search"), Jobs::updateSearchIndex());
}

void MainWindow::afterJob(const QString& title, bool ok, const QString& message)
{
    if (ok && message.isEmpty())
        return;  // nothing happened worth a word (the index was up to date)
    showNotice(title + u": "_s + message.section(u'\n', 0, 0), !ok);
    if (!ok || message.contains(u'\n')) {
        // Not exec(): the window goes on (and later jobs may end) while it is read.
        auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, title,
                                    message, QMessageBox::Ok, this);
        box->setObjectName(u"jobReport"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (title == tr("Indexing for search") || title == tr("Learning from the review"))
        return;  // no document or suggestion changed
    // Work on its own connection may have added documents or suggestions.
    m_documents->reload();
    if (m_controller->hasDocument())
        m_controller->reload();
    else if (const qint64 first = m_documents->model()->documentAt(0))
        openDocument(first);
    refreshStatus();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::showShortcuts()
{
    const QList<std::pair<QString, QList<QAction*>>> sections = {
        {tr("Moving"), {m_actions.next, m_actions.previous}},
        {tr("Deciding"), {m_actions.accept, m_actions.reject, m_actions.acceptAll,
                          m_actions.markReviewed, m_actions.remove}},
        {tr("Labels (with text selected: add it)"), m_actions.labels},
        {tr("Bounds"), {m_actions.growStart, m_actions.shrinkStart, m_actions.growEnd,
                        m_actions.shrinkEnd, m_actions.growStartCharacter,
                        m_actions.shrinkStartCharacter, m_actions.growEndCharacter,
                        m_actions.shrinkEndCharacter}},
        {tr("Entities"), {m_actions.linkTo, m_actions.split, m_actions.otherMentions,
                          m_actions.propagateCorpus}},
        {tr("Everything else"), {m_actions.undo, m_actions.redo, m_actions.find,
                                 m_actions.groupByEntity, m_actions.zoomIn, m_actions.zoomOut,
                                 m_actions.importFiles, m_actions.exportFiles, m_actions.tag,
                                 m_actions.train, m_actions.settings, m_actions.shortcuts}},
    };
    ShortcutsDialog dialog(sections, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    QSettings settings;
    const QString before = settings.value(QLatin1StringView(Language::settingKey)).toString();
    SettingsDialog dialog(before, m_article->fontPointSize(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setFontSize(dialog.fontSize());
    settings.setValue(QLatin1StringView(Language::settingKey), dialog.language());
    const QString wanted = Language::resolve(dialog.language());
    if (wanted != Language::current())
        emit languageChangeRequested(wanted);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Alam"),
                       tr("<p><b>Alam</b> (علم) %1</p><p>Review named entities in Arabic news: "
                          "the tagger suggests, the analyst decides, every decision is saved at "
                          "once.</p><p>Database: %2</p>")
                           .arg(QCoreApplication::applicationVersion(), m_db.displayName()));
}

}  // namespace alam
