// Search and background work in the window: corpus search (the index is built in the
// background when it lags), opening a hit, other mentions of an entity; import in the
// background with progress, cancel; the keyboard shortcuts dialog.
#include "guitestutil.h"

#include "articleview.h"
#include "documentlist.h"
#include "documentlistmodel.h"
#include "jobrunner.h"
#include "language.h"
#include "reviewcontroller.h"
#include "review/searchindex.h"
#include "searchpanel.h"
#include "shortcutsdialog.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::guitest;
using alam::reviewtest::storedAt;

class TestSearchJobs final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(m_dir.filePath(u"settings"_s));
        Language::apply(u"en"_s);
    }

    void init()
    {
        m_db = reviewtest::open(m_dir.filePath(u"search-%1.sqlite"_s.arg(++m_count)));
        QVERIFY(m_db);
        m_documentId = reviewtest::addArticle(*m_db);
        QVERIFY(m_documentId > 0);
        m_window = std::make_unique<MainWindow>(*m_db, u"huda"_s);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void searchBuildsTheIndexThenFinds()
    {
        QAction* find = m_window->findChild<QAction*>(u"actionFind"_s);
        QVERIFY(find && find->isEnabled());
        find->trigger();
        auto* dock = m_window->findChild<QDockWidget*>(u"searchDock"_s);
        QVERIFY(dock && dock->isVisible());
        auto* query = m_window->findChild<QLineEdit*>(u"searchQuery"_s);
        auto* results = m_window->findChild<QTreeWidget*>(u"searchResults"_s);
        QVERIFY(query && results);

        // «واشنطن» is written «وواشنطن» in the article; the index is not built yet.
        QSignalSpy searched(m_window->searchPanel(), &SearchPanel::searchFinished);
        query->setText(u"واشنطن"_s);  // QTest types ASCII only
        QTest::keyClick(query, Qt::Key_Return);
        QTRY_COMPARE(searched.size(), 1);
        QTRY_VERIFY(!m_window->jobs()->isBusy());
        QTest::keyClick(query, Qt::Key_Return);
        QTRY_COMPARE(searched.size(), 2);
        QTRY_COMPARE(results->topLevelItemCount(), 1);
        QCOMPARE(results->topLevelItem(0)->text(2), u"واشنطن"_s);

        // Opening the hit opens its document with the words selected.
        emit results->itemActivated(results->topLevelItem(0), 0);
        QCOMPARE(m_window->controller()->documentId(), m_documentId);
        const std::optional<TextSpan> selected = m_window->articleView()->selectedSpan();
        QVERIFY(selected);
        QCOMPARE(kArticle.mid(selected->start, selected->end - selected->start), u"واشنطن"_s);
    }

    void otherMentionsOfTheEntity()
    {
        QVERIFY(m_window->openDocument(m_documentId));
        QVERIFY(m_window->controller()->accept());  // «مصطفى الكاظمي», linked to an entity
        const qint64 full = storedAt(*m_db, m_documentId, kArticle, u"مصطفى الكاظمي"_s)->id;
        m_window->controller()->setCurrent(full);
        QAction* mentions = m_window->findChild<QAction*>(u"actionOtherMentions"_s);
        QVERIFY(mentions->isEnabled());
        mentions->trigger();
        auto* results = m_window->findChild<QTreeWidget*>(u"searchResults"_s);
        QTRY_COMPARE(results->topLevelItemCount(), 1);
        QCOMPARE(results->topLevelItem(0)->text(2), u"مصطفى الكاظمي"_s);
    }

    void importRunsInTheBackground()
    {
        QTemporaryDir folder;
        for (int i = 0; i < 40; ++i) {
            QFile file(folder.filePath(u"article-%1.txt"_s.arg(i, 2, 10, QChar(u'0'))));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(u"خبر رقم %1\n\nوصل الوفد العراقي إلى عمّان في زيارة رقم %1."_s.arg(i).toUtf8());
        }
        QSignalSpy progressed(m_window->jobs(), &JobRunner::progressed);
        QSignalSpy finished(m_window->jobs(), &JobRunner::finished);
        auto* bar = m_window->findChild<QProgressBar*>(u"jobProgress"_s);
        QVERIFY(bar);
        int barMaximum = 0;
        connect(m_window->jobs(), &JobRunner::progressed, this,
                [&barMaximum, bar] { barMaximum = qMax(barMaximum, bar->maximum()); });
        m_window->importPaths({folder.path()});
        QVERIFY(m_window->jobs()->isBusy());
        QVERIFY(bar->isVisible());  // in the status bar while it runs
        // The window keeps answering while the import runs, and says how far it is.
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 20000);
        QVERIFY(progressed.size() > 0);
        const QList<QVariant> last = progressed.at(progressed.size() - 1);
        QVERIFY(last.at(1).toInt() > 0);
        QVERIFY(last.at(0).toInt() <= last.at(1).toInt());
        QVERIFY(barMaximum > 0);
        QVERIFY(finished.first().at(1).toBool());
        QCOMPARE(*DocumentStore(*m_db).count(), 41);
        QTRY_COMPARE(m_window->documentList()->model()->rowCount(), 41);
        QTRY_VERIFY(!m_window->jobs()->isBusy());  // then the search index catches up
    }

    void startIndexesOnlyWhatIsNew()
    {
        // First start: the article is not indexed yet, so the index job runs and says so.
        QSignalSpy finished(m_window->jobs(), &JobRunner::finished);
        m_window->startBackgroundWork(false);
        QVERIFY(m_window->jobs()->isBusy());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(m_window->notice()->text().contains(u"1 document added"_s));
        // Next start: nothing new, no job and no notice.
        m_window->notice()->clear();
        m_window->startBackgroundWork(false);
        QVERIFY(!m_window->jobs()->isBusy());
        QTest::qWait(150);
        QCOMPARE(finished.size(), 1);
        QVERIFY(m_window->notice()->text().isEmpty());
    }

    void newerSearchDropsTheOlder()
    {
        QVERIFY(SearchIndex(*m_db).update());
        SearchPanel* panel = m_window->searchPanel();
        QSignalSpy searched(panel, &SearchPanel::searchFinished);
        // Two queries in a row: only the second one's hits are shown.
        panel->search(u"بغداد"_s);
        panel->search(u"أربيل"_s);
        QVERIFY(panel->isSearching());
        QTRY_VERIFY(!panel->isSearching());
        QCOMPARE(searched.size(), 1);
        QCOMPARE(panel->results()->topLevelItemCount(), 1);
        QCOMPARE(panel->results()->topLevelItem(0)->text(2), u"أربيل"_s);
    }

    void searchRunsOffTheUiThread()
    {
        QVERIFY(SearchIndex(*m_db).update());
        SearchPanel* panel = m_window->searchPanel();
        QSignalSpy searched(panel, &SearchPanel::searchFinished);
        panel->search(u"الكاظمي"_s);
        // search() returned before the results: they come from another thread.
        QCOMPARE(panel->results()->topLevelItemCount(), 0);
        QVERIFY(panel->isSearching());
        QTRY_COMPARE(searched.size(), 1);
        QVERIFY(panel->results()->topLevelItemCount() >= 2);
    }

    void manyDocumentsSayTheSearchWasCut()
    {
        QVERIFY(m_db->transaction([&]() -> Status {
            for (int i = 0; i < 420; ++i) {
                Document document;
                document.title = u"خبر %1"_s.arg(i);
                document.text = u"وصل وفد إلى كركوك في الزيارة رقم %1."_s.arg(i);
                if (!DocumentStore(*m_db).add(document))
                    return Error{u"add failed"_s};
            }
            return {};
        }));
        QVERIFY(SearchIndex(*m_db).update());
        SearchPanel* panel = m_window->searchPanel();
        QSignalSpy searched(panel, &SearchPanel::searchFinished);
        panel->search(u"كركوك"_s);
        QTRY_COMPARE(searched.size(), 1);
        const QString summary = m_window->findChild<QLabel*>(u"searchSummary"_s)->text();
        QVERIFY2(summary.contains(u"showing the first 400 matching documents"_s), qPrintable(summary));
        QCOMPARE(panel->results()->topLevelItemCount(), 400);
    }

    void cancelStopsTheJob()
    {
        std::atomic<int> steps{0};
        QSignalSpy finished(m_window->jobs(), &JobRunner::finished);
        m_window->jobs()->start(u"slow"_s, [&steps](Database&, JobControl& control) -> Result<QString> {
            for (int i = 0; i < 1000; ++i) {
                if (!control.report(i, 1000))
                    return u"stopped at %1"_s.arg(i);
                ++steps;
                QThread::msleep(5);
            }
            return u"finished"_s;
        });
        QTRY_VERIFY(steps.load() > 2);
        auto* cancel = m_window->findChild<QWidget*>(u"jobCancel"_s);
        QVERIFY(cancel && cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(2).toString().startsWith(u"stopped at"_s));
        QVERIFY(steps.load() < 1000);
    }

    void shortcutsDialogListsTheScheme()
    {
        QAction* shortcuts = m_window->findChild<QAction*>(u"actionShortcuts"_s);
        QVERIFY(shortcuts && shortcuts->isEnabled());
        QStringList rows;
        QTimer::singleShot(0, this, [&rows] {
            auto* dialog = qobject_cast<ShortcutsDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* table = dialog->findChild<QTreeWidget*>(u"shortcutsTable"_s);
            for (int i = 0; table && i < table->topLevelItemCount(); ++i)
                rows << table->topLevelItem(i)->text(0) + u" = "_s + table->topLevelItem(i)->text(1);
            dialog->reject();
        });
        shortcuts->trigger();
        const QString all = rows.join(u'\n');
        QVERIFY2(all.contains(u"Accept = \u2066Return"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Reject = \u2066Del"_s), qPrintable(all));
        QVERIFY2(all.contains(u"PERS = \u20661"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Ctrl+Z"_s), qPrintable(all));
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_documentId = 0;
};

QTEST_MAIN(TestSearchJobs)
#include "test_searchjobs.moc"
