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
        if (grouped)
            QTRY_VERIFY(!window.searchPanel()->isSearching());
        QTest::qWait(200);

        const QImage picture = window.grab().toImage();
        QVERIFY(!picture.isNull());
        QCOMPARE(picture.width(), window.width() * int(picture.devicePixelRatio()));
        const QByteArray folder = qgetenv("ALAM_SCREENSHOT_DIR");
        const QString where = folder.isEmpty() ? QDir::currentPath() : QString::fromLocal8Bit(folder);
        QVERIFY(QDir().mkpath(where));
        const QString path = where + u"/alam-window-"_s
                             + QString::fromLatin1(QTest::currentDataTag()) + u".png"_s;
        QVERIFY2(picture.save(path), qPrintable(path));
        qInfo().noquote() << "Screenshot:" << path;
        QCOMPARE(window.isRightToLeft(), language == u"ar"_s);

        // On the picture itself: inside a decision's rectangle, between and around its
        // letters, the pixels have the label's colour laid over the page (ArticleView fills
        // decisions at alpha 90).
        const ArticleView* article = window.articleView();
        const Annotation* decision = nullptr;
        for (const Annotation& annotation : review->annotations()) {
            const QRect rect = article->annotationRect(annotation.id);
            if (annotation.status == AnnotationStatus::Accepted && annotation.id != window.controller()->currentId()
                && article->viewport()->rect().contains(rect) && article->highlight(annotation.id).rects.size() == 1) {
                decision = &annotation;
                break;
            }
        }
        QVERIFY(decision);
        const QColor label(review->label(decision->label)->colour);
        const QColor page = article->viewport()->palette().color(QPalette::Base);
        const auto blend = [](int under, int over) { return (under * (255 - 90) + over * 90) / 255; };
        const QColor expected(blend(page.red(), label.red()), blend(page.green(), label.green()),
                              blend(page.blue(), label.blue()));
        const QRect inWindow(article->viewport()->mapTo(&window, article->annotationRect(decision->id).topLeft()),
                             article->annotationRect(decision->id).size());
        const qreal ratio = picture.devicePixelRatio();
        int filled = 0, all = 0;
        for (int y = inWindow.top() + 2; y < inWindow.bottom() - 1; ++y) {
            for (int x = inWindow.left() + 2; x < inWindow.right() - 1; ++x) {
                const QColor pixel = picture.pixelColor(int(x * ratio), int(y * ratio));
                ++all;
                if (qAbs(pixel.red() - expected.red()) <= 8 && qAbs(pixel.green() - expected.green()) <= 8
                    && qAbs(pixel.blue() - expected.blue()) <= 8)
                    ++filled;
            }
        }
        QVERIFY2(all > 0 && filled * 4 > all,
                 qPrintable(u"%1 of %2 pixels have the highlight colour %3"_s.arg(filled).arg(all).arg(expected.name())));
        // And in the page's margin, the page is bare.
        const QPoint margin = article->viewport()->mapTo(&window, QPoint(1, 1));
        const QColor above = picture.pixelColor(int(margin.x() * ratio), int(margin.y() * ratio));
        QVERIFY2(qAbs(above.red() - expected.red()) > 8 || qAbs(above.green() - expected.green()) > 8
                     || qAbs(above.blue() - expected.blue()) > 8,
                 qPrintable(above.name()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestScreenshot)
#include "test_screenshot.moc"
