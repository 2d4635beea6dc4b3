// Durability in the window: undo and redo after the database and the window were closed and
// opened again; mark reviewed refused (with the reason) while suggestions pend, then marking
// opens the next document; the open document and position come back at the next start.
#include "guitestutil.h"

#include "articleview.h"
#include "language.h"
#include "reviewcontroller.h"

#include <QLabel>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::guitest;
using alam::reviewtest::storedAt;

class TestSessionUndo final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(m_dir.filePath(u"settings"_s));
        Language::apply(u"en"_s);
    }

    void init()
    {
        m_path = m_dir.filePath(u"session-%1.sqlite"_s.arg(++m_count));
        m_db = reviewtest::open(m_path);
        QVERIFY(m_db);
        m_documentId = reviewtest::addArticle(*m_db);
        m_secondId = addDocument(*m_db, u"خبر ثان"_s,
                                 u"وصل وزير الخارجية إلى القاهرة والتقى نظيره المصري."_s, false);
        QVERIFY(m_documentId > 0 && m_secondId > 0);
        openWindow();
    }
    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void undoAndRedoAfterRestart()
    {
        const qint64 full = storedAt(*m_db, m_documentId, kArticle, u"مصطفى الكاظمي"_s)->id;
        const qint64 american = storedAt(*m_db, m_documentId, kArticle, u"الأمريكي"_s)->id;
        QVERIFY(trigger(action(u"actionAccept"_s)));  // the first one is current
        m_window->controller()->setCurrent(american);
        QVERIFY(trigger(action(u"actionReject"_s)));
        QCOMPARE(statusOf(american), u"rejected"_s);

        restart();
        QVERIFY(m_window->openDocument(m_documentId));
        QAction* undo = action(u"actionUndo"_s);
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(u"Reject"_s), qPrintable(undo->text()));
        QVERIFY(trigger(undo));
        QCOMPARE(statusOf(american), u"suggested"_s);
        QCOMPARE(m_window->controller()->currentId(), american);
        QVERIFY(trigger(undo));
        QCOMPARE(statusOf(full), u"suggested"_s);
        QVERIFY(!undo->isEnabled());

        restart();
        QVERIFY(m_window->openDocument(m_secondId));  // redo brings its document back
        QAction* redo = action(u"actionRedo"_s);
        QVERIFY(trigger(redo));
        QCOMPARE(statusOf(full), u"accepted"_s);
        QCOMPARE(m_window->controller()->documentId(), m_documentId);
        QVERIFY(trigger(redo));
        QCOMPARE(statusOf(american), u"rejected"_s);
    }

    void markReviewedRefusedWhilePending()
    {
        QAction* mark = action(u"actionMarkReviewed"_s);
        QVERIFY(trigger(mark));
        const QLabel* notice = m_window->findChild<QLabel*>(u"notice"_s);
        QVERIFY(notice);
        QVERIFY2(notice->text().contains(u"5 suggestion"_s), qPrintable(notice->text()));
        QCOMPARE(toString(DocumentStore(*m_db).get(m_documentId)->status), u"new"_s);
        QCOMPARE(m_window->controller()->documentId(), m_documentId);

        QVERIFY(trigger(action(u"actionAcceptAll"_s)));
        QVERIFY(trigger(mark));
        QCOMPARE(toString(DocumentStore(*m_db).get(m_documentId)->status), u"reviewed"_s);
        QCOMPARE(m_window->controller()->documentId(), m_secondId);  // the next one is open
    }

    void sessionComesBack()
    {
        const qint64 baghdad = storedAt(*m_db, m_documentId, kArticle, u"بغداد"_s)->id;
        m_window->controller()->setCurrent(baghdad);
        m_window->close();  // saves the session
        restart();
        m_window->restoreSession();
        QCOMPARE(m_window->controller()->documentId(), m_documentId);
        QCOMPARE(m_window->controller()->currentId(), baghdad);
    }

private:
    QAction* action(const QString& name) const { return m_window->findChild<QAction*>(name); }
    QString statusOf(qint64 id) const
    {
        Result<Annotation> a = AnnotationStore(*m_db).get(id);
        return a ? toString(a->status) : u"<deleted>"_s;
    }
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_db, u"huda"_s);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDocument(m_documentId));
    }
    void restart()
    {
        m_window.reset();
        m_db.reset();
        m_db = reviewtest::open(m_path);
        QVERIFY(m_db);
        m_window = std::make_unique<MainWindow>(*m_db, u"huda"_s);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_documentId = 0;
    qint64 m_secondId = 0;
};

QTEST_MAIN(TestSessionUndo)
#include "test_sessionundo.moc"
