// Reviewing from the keyboard: open a document, then accept, reject, change a label, resize
// and add with keys only; after each key the database already holds the decision.
#include "guitestutil.h"

#include "articleview.h"
#include "language.h"
#include "reviewcontroller.h"

#include <QLineEdit>
#include <QMenu>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::guitest;
using alam::reviewtest::offsetOf;
using alam::reviewtest::storedAt;

class TestKeyboardReview final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(m_dir.filePath(u"settings"_s)); }

    void init()
    {
        Language::apply(u"en"_s);
        m_db = reviewtest::open(m_dir.filePath(u"keys-%1.sqlite"_s.arg(++m_count)));
        QVERIFY(m_db);
        m_documentId = reviewtest::addArticle(*m_db);
        QVERIFY(m_documentId > 0);
        m_window = std::make_unique<MainWindow>(*m_db, u"huda"_s);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openDocument(m_documentId));
        m_article = m_window->findChild<ArticleView*>(u"articleView"_s);
        QVERIFY(m_article);
        m_article->setFocus();
        QTRY_VERIFY(m_article->hasFocus());
    }
    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void reviewWithKeysOnly()
    {
        QCOMPARE(currentText(), u"مصطفى الكاظمي"_s);

        // Enter accepts and goes on to the next suggestion.
        QVERIFY(action(u"actionAccept"_s)->isEnabled());
        QTest::keyClick(m_article, Qt::Key_Return);
        QCOMPARE(status(u"مصطفى الكاظمي"_s), u"accepted"_s);
        QCOMPARE(currentText(), u"بغداد"_s);

        // Tab moves on without deciding; Delete rejects («الأمريكي» is no person).
        QTest::keyClick(m_article, Qt::Key_Tab);
        QCOMPARE(currentText(), u"الأمريكي"_s);
        QTest::keyClick(m_article, Qt::Key_Delete);
        QCOMPARE(status(u"الأمريكي"_s), u"rejected"_s);
        QCOMPARE(status(u"بغداد"_s), u"suggested"_s);
        QCOMPARE(currentText(), u"واشنطن"_s);

        // Tab, Shift+Tab and Tab again; a digit changes the label (العراق is a place).
        QTest::keyClick(m_article, Qt::Key_Tab);
        QCOMPARE(currentText(), u"العراق"_s);
        QTest::keyClick(m_article, Qt::Key_Backtab, Qt::ShiftModifier);  // what X11 sends
        QCOMPARE(currentText(), u"واشنطن"_s);
        QTest::keyClick(m_article, Qt::Key_Tab);
        QTest::keyClick(m_article, Qt::Key_2);
        const Annotation iraq = *storedAt(*m_db, m_documentId, kArticle, u"العراق"_s, 1);
        QCOMPARE(iraq.label, u"LOC"_s);
        QCOMPARE(toString(iraq.status), u"edited"_s);

        // Ctrl+← (forwards in Arabic) takes in the next word; Ctrl+→ gives it back.
        QTest::keyClick(m_article, Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(textOf(*AnnotationStore(*m_db).get(iraq.id)), u"العراق ملتزم"_s);
        QTest::keyClick(m_article, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(textOf(*AnnotationStore(*m_db).get(iraq.id)), u"العراق"_s);
        // Ctrl+Shift+↑ takes in one character before the start (the space), Ctrl+Shift+↓ not.
        QTest::keyClick(m_article, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(textOf(*AnnotationStore(*m_db).get(iraq.id)), u" العراق"_s);
        QTest::keyClick(m_article, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(textOf(*AnnotationStore(*m_db).get(iraq.id)), u"العراق"_s);

        // Select «وأربيل.» roughly and press 2: the place is added without the و or the dot.
        const int at = offsetOf(kArticle, u"أربيل"_s);
        QTextCursor cursor(m_article->document());
        cursor.setPosition(at - 1);
        cursor.setPosition(at + 6, QTextCursor::KeepAnchor);
        m_article->setTextCursor(cursor);
        QTest::keyClick(m_article, Qt::Key_2);
        const std::optional<Annotation> erbil = storedAt(*m_db, m_documentId, kArticle, u"أربيل"_s);
        QVERIFY(erbil);
        QCOMPARE(erbil->label, u"LOC"_s);
        QCOMPARE(toString(erbil->status), u"manual"_s);
        QCOMPARE(m_window->controller()->currentId(), erbil->id);

        // Ctrl+Z takes the addition back, Ctrl+Shift+Z brings it again.
        QVERIFY(action(u"actionUndo"_s)->isEnabled());
        QTest::keyClick(m_article, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!storedAt(*m_db, m_documentId, kArticle, u"أربيل"_s));
        QTest::keyClick(m_article, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(storedAt(*m_db, m_documentId, kArticle, u"أربيل"_s));
    }

    void menusReachTheSameActions()
    {
        // By mouse: the Review menu holds accept, and it acts on the current annotation.
        QAction* accept = action(u"actionAccept"_s);
        QVERIFY(accept);
        QMenu* review = m_window->findChild<QMenu*>(u"reviewMenu"_s);
        QVERIFY(review);
        QVERIFY(review->actions().contains(accept));
        QVERIFY(trigger(accept));
        QCOMPARE(status(u"مصطفى الكاظمي"_s), u"accepted"_s);
        QVERIFY(trigger(action(u"actionAcceptAll"_s)));
        QCOMPARE(AnnotationStore(*m_db).withStatus({AnnotationStatus::Suggested})->size(), 0);
    }

    void keysDoNotActWhileTypingAFilter()
    {
        auto* filter = m_window->findChild<QLineEdit*>(u"textFilter"_s);
        QVERIFY(filter);
        filter->setFocus();
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClick(filter, Qt::Key_2);
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(filter->text(), u"2"_s);
        QCOMPARE(status(u"مصطفى الكاظمي"_s), u"suggested"_s);
        QCOMPARE(storedAt(*m_db, m_documentId, kArticle, u"مصطفى الكاظمي"_s)->label, u"PERS"_s);
    }

private:
    QAction* action(const QString& name) const { return m_window->findChild<QAction*>(name); }
    QString textOf(const Annotation& a) const { return kArticle.mid(a.start, a.end - a.start); }
    QString currentText() const
    {
        const Annotation* current = m_window->controller()->current();
        return current ? textOf(*current) : QString();
    }
    QString status(const QString& surface) const
    {
        const std::optional<Annotation> a = storedAt(*m_db, m_documentId, kArticle, surface,
                                                     surface == u"العراق"_s ? 1 : 0);
        return a ? toString(a->status) : u"<none>"_s;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    ArticleView* m_article = nullptr;
    qint64 m_documentId = 0;
};

QTEST_MAIN(TestKeyboardReview)
#include "test_keyboardreview.moc"
