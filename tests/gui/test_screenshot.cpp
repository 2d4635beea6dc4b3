// A picture of the window with a seed article open (Arabic ui), saved as PNG for a person to
// look at: Arabic joined and right to left, highlights on their words. Run under Xvfb for the
// real thing (xvfb-run -a -s "-screen 0 1400x900x24"); offscreen it is saved too.
#include "guitestutil.h"

#include "articleview.h"
#include "language.h"
#include "reviewcontroller.h"
#include "review/searchindex.h"
#include "searchpanel.h"

#include <QApplication>
#include <QImage>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::guitest;

class TestScreenshot final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(m_dir.filePath(u"settings"_s)); }

    void windowWithSeedArticle_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("grouped");  // panel by entity, search panel open
        QTest::newRow("ar") << u"ar"_s << false;
        QTest::newRow("en") << u"en"_s << false;
        QTest::newRow("ar-grouped-search") << u"ar"_s << true;
    }
    void windowWithSeedArticle()
    {
        QFETCH(QString, language);
        QFETCH(bool, grouped);
        const QStringList seeds = seedArticles();
        if (seeds.isEmpty())
            QSKIP("The seed articles (../shared/seeds) are not here.");
        std::unique_ptr<Database> db =
            reviewtest::open(m_dir.filePath(u"screenshot-"_s + QString::fromLatin1(QTest::currentDataTag()) + u".sqlite"_s));
        QVERIFY(db);
        // The last seed is the one shown: its names carry clitics (وواشنطن, والكاظمي).
        qint64 shown = 0;
        for (int i = 0; i < seeds.size(); ++i) {
            shown = addDocument(*db, u"مقال %1"_s.arg(i + 1), seeds.at(i));
            QVERIFY(shown > 0);
        }
        reviewtest::addArticle(*db);

        Language::apply(language);
        MainWindow window(*db, u"huda"_s);
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDocument(shown));
        // The current annotation (outlined): the first whose word carries a proclitic.
        const DocumentReview* review = window.controller()->review();
        for (const Annotation& annotation : review->annotations()) {
            const Token& token = review->tokens().at(review->tokens().tokenAtOrAfter(annotation.start));
            if (token.start < annotation.start) {
                window.controller()->setCurrent(annotation.id);
                break;
            }
        }
        QVERIFY(window.controller()->currentId() != 0);
        if (grouped) {
            // Accept everything, so the mentions are linked, then group them by entity.
            QVERIFY(window.controller()->acceptAllRemaining());
            QAction* group = window.findChild<QAction*>(u"actionGroupByEntity"_s);
            QVERIFY(group && group->isEnabled());
            group->setChecked(true);
            SearchPanel* search = window.searchPanel();
            QVERIFY(SearchIndex(*db).update());
            window.findChild<QAction*>(u"actionFind"_s)->trigger();
            search->search(u"الكاظمي"_s);
        }
        QTest::qWait(200);

        const QImage picture = window.grab().toImage();
        QVERIFY(!picture.isNull());
        QCOMPARE(picture.width(), window.width() * int(picture.devicePixelRatio()));
        const QByteArray folder = qgetenv("ALAM_SCREENSHOT_DIR");
        const QString path = (folder.isEmpty() ? QDir::currentPath() : QString::fromLocal8Bit(folder))
                             + u"/alam-window-"_s + QString::fromLatin1(QTest::currentDataTag())
                             + u".png"_s;
        QVERIFY2(picture.save(path), qPrintable(path));
        qInfo().noquote() << "Screenshot:" << path;
        QCOMPARE(window.isRightToLeft(), language == u"ar"_s);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestScreenshot)
#include "test_screenshot.moc"
