// The article and the entity panel together, as an analyst uses them with the mouse and the
// keyboard: clicking a highlight selects its row, selecting a row scrolls the article to it;
// the tooltip in each language; the Latin column and its two switches; the panel's columns
// (names not squeezed, group rows across the row, the list's status column wide enough for
// every status); zoom; moving the start of a mention by words; Latin in a sans face.
#include "guitestutil.h"

#include "articleview.h"
#include "documentlist.h"
#include "documentlistmodel.h"
#include "entitypanel.h"
#include "entitypanelmodel.h"
#include "language.h"
#include "reviewcontroller.h"
#include "store/entitystore.h"

#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QRawFont>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QToolTip>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::guitest;
using alam::reviewtest::kArticle;
using alam::reviewtest::storedAt;

namespace {

// Long enough to scroll: the test article, twenty paragraphs of it.
QString longArticle()
{
    QStringList paragraphs;
    for (int i = 0; i < 20; ++i)
        paragraphs << kArticle;
    return paragraphs.join(u"\n"_s);
}

}  // namespace

class TestReviewPanel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(m_dir.filePath(u"settings"_s)); }

    void init()
    {
        QVERIFY(Language::apply(u"en"_s));
        m_db = reviewtest::open(m_dir.filePath(u"panel-%1.sqlite"_s.arg(++m_count)));
        QVERIFY(m_db);
        m_short = reviewtest::addArticle(*m_db);
        m_long = addDocument(*m_db, u"long"_s, longArticle());
        QVERIFY(m_short > 0 && m_long > 0);
    }
    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void clickingAHighlightSelectsItsRow()
    {
        showWindow(1300, 800);
        QVERIFY(m_window->openDocument(m_long));
        ArticleView* article = m_window->articleView();
        auto* view = m_window->findChild<QTreeView*>(u"entityView"_s);
        const QList<Annotation>& annotations = m_window->controller()->review()->annotations();
        // One further down the first screen, not the current one.
        const Annotation& target = annotations.at(4);
        QVERIFY(m_window->controller()->currentId() != target.id);
        const QRect rect = article->annotationRect(target.id);
        QVERIFY(article->viewport()->rect().contains(rect.center()));
        QTest::mouseClick(article->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(m_window->controller()->currentId(), target.id);
        QCOMPARE(m_window->entityPanel()->model()->annotationAt(view->currentIndex()), target.id);
        QVERIFY(view->selectionModel()->isRowSelected(view->currentIndex().row(),
                                                      view->currentIndex().parent()));
    }

    void selectingARowScrollsTheArticle()
    {
        showWindow(1300, 600);
        QVERIFY(m_window->openDocument(m_long));
        ArticleView* article = m_window->articleView();
        auto* view = m_window->findChild<QTreeView*>(u"entityView"_s);
        QVERIFY(article->verticalScrollBar()->maximum() > 0);
        const Annotation last = m_window->controller()->review()->annotations().constLast();
        QVERIFY2(!article->viewport()->rect().intersects(article->annotationRect(last.id)),
                 "the last mention starts off screen");
        const QModelIndex row = m_window->entityPanel()->model()->indexOfAnnotation(last.id);
        view->scrollTo(row);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
        QTRY_COMPARE(m_window->controller()->currentId(), last.id);
        QTRY_VERIFY(article->viewport()->rect().contains(article->annotationRect(last.id)));
        QVERIFY(article->verticalScrollBar()->value() > 0);
    }

    void tooltipSaysLabelStatusSourceConfidence_data()
    {
        languageRows();
    }
    void tooltipSaysLabelStatusSourceConfidence()
    {
        QFETCH(QString, language);
        QVERIFY(Language::apply(language));
        showWindow(1300, 800);
        QVERIFY(m_window->openDocument(m_short));
        ArticleView* article = m_window->articleView();
        const Annotation kadhimi = *storedAt(*m_db, m_short, kArticle, u"مصطفى الكاظمي"_s);
        const QPoint at = article->annotationRect(kadhimi.id).center();
        QHelpEvent help(QEvent::ToolTip, at, article->viewport()->mapToGlobal(at));
        QApplication::sendEvent(article->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        // For a person to look at (test_screenshot's folder), when asked for.
        if (const QByteArray folder = qgetenv("ALAM_SCREENSHOT_DIR"); !folder.isEmpty()) {
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (top->inherits("QTipLabel") && top->isVisible())
                    top->grab().save(QString::fromLocal8Bit(folder) + u"/alam-tooltip-"_s + language + u".png"_s);
            }
        }
        const QString isolatedPercent = u"\u2066"_s + u"93%"_s + u"\u2069"_s;
        QVERIFY2(tip.contains(isolatedPercent), qPrintable(tip));
        if (language == u"ar"_s) {
            // The paragraph runs right to left; the Latin code and the number keep their order.
            QVERIFY2(tip.startsWith(u"<div dir=\"rtl\">"_s), qPrintable(tip));
            QVERIFY2(tip.contains(u"<b>شخص</b>"_s), qPrintable(tip));
            QVERIFY2(tip.contains(u"\u2066PERS\u2069"_s), qPrintable(tip));
            QVERIFY2(tip.contains(u"مقترح"_s), qPrintable(tip));
            QVERIFY2(!tip.contains(u"Person"_s), qPrintable(tip));  // no English from the DB
            QVERIFY2(!tip.contains(u"model"_s), qPrintable(tip));
        } else {
            QVERIFY2(tip.startsWith(u"<div dir=\"ltr\">"_s), qPrintable(tip));
            QVERIFY2(tip.contains(u"<b>PERS</b>"_s), qPrintable(tip));
            QVERIFY2(tip.contains(u"Person"_s), qPrintable(tip));
            QVERIFY2(tip.contains(u"suggested"_s), qPrintable(tip));
            QVERIFY2(tip.contains(u"Source: model"_s), qPrintable(tip));
        }
        QToolTip::hideText();
    }

    void labelsAreNamedInTheUiLanguage()
    {
        QVERIFY(Language::apply(u"ar"_s));
        showWindow(1300, 800);
        QVERIFY(m_window->openDocument(m_short));
        EntityPanelModel* model = m_window->entityPanel()->model();
        const Annotation kadhimi = *storedAt(*m_db, m_short, kArticle, u"مصطفى الكاظمي"_s);
        const QModelIndex label =
            model->indexOfAnnotation(kadhimi.id, EntityPanelModel::LabelColumn);
        QCOMPARE(label.data().toString(), u"شخص"_s);
        QAction* pers = m_window->findChild<QAction*>(u"actionLabelPERS"_s);
        QVERIFY(pers);
        QCOMPARE(pers->text(), u"شخص (\u2066PERS\u2069)"_s);
        QVERIFY(!pers->toolTip().contains(u"Person"_s));
        // A label the team added keeps its own description.
        QVERIFY(LabelStore(*m_db).add({u"EVENT"_s, u"#aa00aa"_s, u"5"_s, u"حدث"_s}));
        MainWindow other(*m_db, u"huda"_s);
        QAction* event = other.findChild<QAction*>(u"actionLabelEVENT"_s);
        QVERIFY(event);
        QCOMPARE(event->text(), u"EVENT"_s);
        QCOMPARE(event->toolTip(), u"حدث"_s);
    }

    void latinColumnAndItsTwoSwitches()
    {
        showWindow(1300, 800);
        QVERIFY(m_window->openDocument(m_short));
        auto* view = m_window->findChild<QTreeView*>(u"entityView"_s);
        auto* box = m_window->findChild<QCheckBox*>(u"panelLatin"_s);
        QAction* menu = m_window->findChild<QAction*>(u"actionShowLatin"_s);
        QVERIFY(view && box && menu && menu->isEnabled());
        QVERIFY(view->isColumnHidden(EntityPanelModel::LatinColumn));

        // The checkbox in the panel: the column shows, and the menu item follows.
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
        QTRY_VERIFY(!view->isColumnHidden(EntityPanelModel::LatinColumn));
        QVERIFY(menu->isChecked());
        const Annotation kadhimi = *storedAt(*m_db, m_short, kArticle, u"مصطفى الكاظمي"_s);
        const QModelIndex latin = m_window->entityPanel()->model()->indexOfAnnotation(
            kadhimi.id, EntityPanelModel::LatinColumn);
        QCOMPARE(latin.data().toString(), u"mstfy alkazmy"_s);
        QVERIFY(view->visualRect(latin).width() > 40);

        // The menu item: the column hides, and the checkbox follows.
        menu->trigger();
        QVERIFY(!menu->isChecked());
        QVERIFY(view->isColumnHidden(EntityPanelModel::LatinColumn));
        QVERIFY(!box->isChecked());
        menu->trigger();
        QVERIFY(box->isChecked());
        QVERIFY(!view->isColumnHidden(EntityPanelModel::LatinColumn));
    }

    void latinRunsLeftToRightInTheArabicUi()
    {
        QVERIFY(Language::apply(u"ar"_s));
        showWindow(1400, 860);
        QVERIFY(m_window->openDocument(m_short));
        m_window->findChild<QAction*>(u"actionShowLatin"_s)->trigger();
        auto* view = m_window->findChild<QTreeView*>(u"entityView"_s);
        view->setColumnWidth(EntityPanelModel::LatinColumn, 200);
        const qint64 baghdad = storedAt(*m_db, m_short, kArticle, u"بغداد"_s)->id;
        QVERIFY(m_window->controller()->currentId() != baghdad);
        const QRect cell = view->visualRect(m_window->entityPanel()->model()->indexOfAnnotation(
            baghdad, EntityPanelModel::LatinColumn));
        QVERIFY(cell.width() >= 150);
        const QImage picture = view->viewport()->grab(cell).toImage();
        const QColor page = picture.pixelColor(1, 1);
        qint64 sum = 0, ink = 0;
        for (int y = 0; y < picture.height(); ++y) {
            for (int x = 0; x < picture.width(); ++x) {
                const QColor c = picture.pixelColor(x, y);
                if (qAbs(c.red() - page.red()) + qAbs(c.green() - page.green())
                        + qAbs(c.blue() - page.blue()) > 120) {
                    sum += x;
                    ++ink;
                }
            }
        }
        QVERIFY(ink > 10);
        // «bghdad» starts at the cell's left, as Latin does, in a right-to-left panel.
        QVERIFY2(sum / ink < picture.width() / 3, qPrintable(u"ink at %1 of %2"_s.arg(sum / ink).arg(picture.width())));
    }

    void namesAreNotSqueezed_data()
    {
        languageRows();
    }
    void namesAreNotSqueezed()
    {
        QFETCH(QString, language);
        QVERIFY(Language::apply(language));
        showWindow(1400, 860);
        QVERIFY(m_window->openDocument(m_short));
        auto* view = m_window->findChild<QTreeView*>(u"entityView"_s);
        EntityPanelModel* model = m_window->entityPanel()->model();
        const QFontMetrics names(model->textFont());
        const int twoWords = names.horizontalAdvance(u"مصطفى الكاظمي"_s);
        QTRY_VERIFY2(view->columnWidth(EntityPanelModel::TextColumn) > twoWords + 10,
                     qPrintable(QString::number(view->columnWidth(EntityPanelModel::TextColumn))));
        QVERIFY(view->columnWidth(EntityPanelModel::TextColumn)
                >= m_window->entityPanel()->textColumnMinimum());
        // Made as narrow as it goes, the panel still keeps the names' room.
        auto* splitter = m_window->findChild<QSplitter*>(u"reviewArea"_s);
        splitter->setSizes({2000, 10});
        QTRY_VERIFY(view->columnWidth(EntityPanelModel::TextColumn)
                    >= m_window->entityPanel()->textColumnMinimum());
        QCOMPARE(view->textElideMode(), Qt::ElideRight);  // an Arabic name keeps its start
    }

    void groupRowsSpanTheRow()
    {
        showWindow(1400, 860);
        QVERIFY(m_window->openDocument(m_long));
        QVERIFY(m_window->controller()->acceptAllRemaining());  // links the mentions
        QAction* group = m_window->findChild<QAction*>(u"actionGroupByEntity"_s);
        QVERIFY(group && group->isEnabled());
        group->trigger();
        auto* view = m_window->findChild<QTreeView*>(u"entityView"_s);
        EntityPanelModel* model = m_window->entityPanel()->model();
        QVERIFY(model->isGrouped() && model->rowCount() > 1);
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(view->isFirstColumnSpanned(row, {}));
            const QModelIndex index = model->index(row, 0);
            const QString text = index.data().toString();
            const QFontMetrics metrics(index.data(Qt::FontRole).value<QFont>());
            QVERIFY2(view->visualRect(index).width() > metrics.horizontalAdvance(text),
                     qPrintable(text));
        }
    }

    void statusColumnHoldsEveryStatus_data()
    {
        languageRows();
    }
    void statusColumnHoldsEveryStatus()
    {
        QFETCH(QString, language);
        QVERIFY(Language::apply(language));
        showWindow(1400, 860);  // every document is «new» while the list is made
        auto* view = m_window->findChild<QTreeView*>(u"documentView"_s);
        QVERIFY(view);
        const QFontMetrics metrics(view->font());
        const int width = view->columnWidth(DocumentListModel::StatusColumn);
        for (ReviewStatus status : {ReviewStatus::New, ReviewStatus::InProgress, ReviewStatus::Reviewed}) {
            const QString text = DocumentListModel::statusText(status);
            QVERIFY2(width >= metrics.horizontalAdvance(text) + 8, qPrintable(text));
        }
    }

    void zoomChangesTheTextSize()
    {
        showWindow(1300, 800);
        QVERIFY(m_window->openDocument(m_short));
        ArticleView* article = m_window->articleView();
        const int before = article->fontPointSize();
        const int lineBefore = article->textRects(0, 5).constFirst().height();
        QAction* zoomIn = m_window->findChild<QAction*>(u"actionZoomIn"_s);
        QVERIFY(zoomIn && zoomIn->isEnabled());
        zoomIn->trigger();
        QCOMPARE(article->fontPointSize(), before + 2);
        QCOMPARE(article->document()->defaultFont().pointSize(), before + 2);
        QVERIFY(article->textRects(0, 5).constFirst().height() > lineBefore);
        m_window->findChild<QAction*>(u"actionZoomOut"_s)->trigger();
        m_window->findChild<QAction*>(u"actionZoomOut"_s)->trigger();
        QCOMPARE(article->fontPointSize(), before - 2);
        QVERIFY(article->textRects(0, 5).constFirst().height() < lineBefore);
    }

    void startBoundMovesByWords()
    {
        showWindow(1300, 800);
        QVERIFY(m_window->openDocument(m_short));
        ArticleView* article = m_window->articleView();
        const qint64 id = storedAt(*m_db, m_short, kArticle, u"مصطفى الكاظمي"_s)->id;
        m_window->controller()->setCurrent(id);
        article->setFocus();
        const auto stored = [&] {
            const Result<Annotation> a = AnnotationStore(*m_db).get(id);
            return a ? reviewtest::surfaceOf(kArticle, *a) : QString();
        };
        QTest::keyClick(article, Qt::Key_Down, Qt::ControlModifier);  // move the start on
        QCOMPARE(stored(), u"الكاظمي"_s);
        QTest::keyClick(article, Qt::Key_Up, Qt::ControlModifier);  // extend the start
        QCOMPARE(stored(), u"مصطفى الكاظمي"_s);
        QTest::keyClick(article, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(stored(), u"العراقي مصطفى الكاظمي"_s);
        // The highlight follows the stored bounds.
        const ArticleView::Highlight h = article->highlight(id);
        QCOMPARE(h.start, reviewtest::offsetOf(kArticle, u"العراقي مصطفى"_s));
    }

    void latinInASansFace()
    {
        const QString text = u"نقلت شبكة CNN عن الرئيس قوله إن 2024 عام صعب."_s;
        const qint64 id = addDocument(*m_db, u"cnn"_s, text, false);
        showWindow(1300, 800);
        QVERIFY(m_window->openDocument(id));
        const QTextBlock block = m_window->articleView()->document()->begin();
        const int cnn = int(text.indexOf(u"CNN"_s));
        const QList<QGlyphRun> latin = block.layout()->glyphRuns(cnn, 3);
        QVERIFY(!latin.isEmpty());
        for (const QGlyphRun& run : latin)
            QCOMPARE(run.rawFont().familyName(), u"Noto Sans"_s);
        const QList<QGlyphRun> arabic = block.layout()->glyphRuns(0, 4);
        QVERIFY(!arabic.isEmpty());
        QCOMPARE(arabic.constFirst().rawFont().familyName(), u"Noto Naskh Arabic"_s);
    }

private:
    void showWindow(int width, int height)
    {
        m_window = shownWindow(*m_db, {width, height});
        QVERIFY(m_window);
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_short = 0;
    qint64 m_long = 0;
};

QTEST_MAIN(TestReviewPanel)
#include "test_reviewpanel.moc"
