#pragma once
// The review window: the document list, the article (right to left) beside the entity panel,
// the search panel, menus and toolbar, the status bar with the corpus progress and the running
// job. Keyboard first; every action is also in a menu. Decisions are committed as they are
// made (no Save); the open document and position come back at the next start.
#include "windowactions.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QSplitter;
class QDockWidget;

namespace alam {

class ArticleView;
class Database;
class DocumentList;
class EntityPanel;
class JobRunner;
class ReviewController;
class SearchPanel;
struct ReviewChange;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Database& db, const QString& annotator, QWidget* parent = nullptr);
    ~MainWindow() override;

    ReviewController* controller() const { return m_controller; }
    ArticleView* articleView() const { return m_article; }
    EntityPanel* entityPanel() const { return m_panel; }
    DocumentList* documentList() const { return m_documents; }
    SearchPanel* searchPanel() const { return m_search; }
    JobRunner* jobs() const { return m_jobs; }
    const WindowActions& actions() const { return m_actions; }
    QLabel* notice() const { return m_notice; }

    bool openDocument(qint64 documentId, qint64 focusAnnotation = 0);
    void restoreSession();  // the document and position of the last session (QSettings)
    void saveSession() const;
    void importPaths(const QStringList& paths);  // runs in the background
    // At start: index new documents for search; on the first start also tag the samples.
    void startBackgroundWork(bool tagSamples);

signals:
    void languageChangeRequested(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // mainwindow.cpp: layout and state
    void buildLayout();
    void buildMenus();
    void connectViews();
    void refreshStatus();
    void refreshActions();
    void showNotice(const QString& text, bool problem);
    void onDocumentOpened();
    void onChanged(const ReviewChange& change);
    // mainwindowreview.cpp: the analyst's actions
    void connectReviewActions();
    void labelKey(const QString& label);
    void markReviewedAndNext();
    void chooseEntityToLink();
    void showOtherMentions();
    void openHit(qint64 documentId, int start, int end, qint64 annotationId);
    void setFontSize(int points);
    // mainwindowjobs.cpp: dialogs and background work
    void connectJobActions();
    void afterJob(const QString& title, bool ok, const QString& message);
    void showShortcuts();
    void showSettings();
    void showAbout();

    Database& m_db;
    WindowActions m_actions;
    ReviewController* m_controller;
    JobRunner* m_jobs;
    DocumentList* m_documents = nullptr;
    ArticleView* m_article = nullptr;
    EntityPanel* m_panel = nullptr;
    SearchPanel* m_search = nullptr;
    QDockWidget* m_searchDock = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_reviewArea = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_documentStatus = nullptr;
    QLabel* m_notice = nullptr;
    QMenu* m_reviewMenu = nullptr;
    QMenu* m_addMenu = nullptr;
    qint64 m_shownDocument = 0;  // the document the views show (to keep the place on reload)
};

}  // namespace alam
