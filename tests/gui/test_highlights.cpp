// Every annotation of the seed articles is highlighted exactly on its characters, mentions
// with proclitics included (the proclitic stays outside), in a right-to-left view whose text is
// the document's text unchanged and carries no formats (one run per paragraph, so shaping is
// whole); after an action the changed highlight changes style and stays where it was.
#include "guitestutil.h"

#include "articleview.h"
#include "language.h"
#include "reviewcontroller.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::guitest;

namespace {

bool isProclitic(QChar c)
{
    return QStringView(u"وفبلك").contains(c);
}

}  // namespace

class TestHighlights final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(m_dir.filePath(u"settings"_s));
        Language::apply(u"ar"_s);
    }

    void everyAnnotationOnItsCharacters_data()
    {
        QTest::addColumn<int>("seed");
        const QStringList seeds = seedArticles();
        for (int i = 0; i < seeds.size(); ++i)
            QTest::newRow(qPrintable(u"seed %1"_s.arg(i + 1))) << i;
        if (seeds.isEmpty())
            QTest::newRow("no seeds") << -1;
    }
    void everyAnnotationOnItsCharacters()
    {
        QFETCH(int, seed);
        if (seed < 0)
            QSKIP("The seed articles (../shared/seeds) are not here.");
        const QString text = seedArticles().at(seed);
        std::unique_ptr<Database> db =
            reviewtest::open(m_dir.filePath(u"highlights-%1.sqlite"_s.arg(seed)));
        QVERIFY(db);
        const qint64 id = addDocument(*db, u"seed"_s, text);
        QVERIFY(id > 0);
        MainWindow window(*db, u"huda"_s);
        window.resize(1300, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDocument(id));
        const ArticleView* view = window.findChild<ArticleView*>(u"articleView"_s);
        QVERIFY(view);

        // The view shows the stored text as it is, so offsets are positions.
        QCOMPARE(view->document()->toPlainText(), text);
        QCOMPARE(view->document()->defaultTextOption().textDirection(), Qt::RightToLeft);
        QCOMPARE(view->document()->begin().blockFormat().layoutDirection(), Qt::RightToLeft);

        // No formats in the text: nothing can split a word into runs.
        for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next())
            QVERIFY(block.layout()->formats().isEmpty());

        const QList<Annotation>& annotations = window.controller()->review()->annotations();
        QVERIFY(annotations.size() >= 10);
        int withClitic = 0;
        for (const Annotation& annotation : annotations) {
            const ArticleView::Highlight h = view->highlight(annotation.id);
            const QString what = text.mid(annotation.start, annotation.end - annotation.start);
            QCOMPARE(h.start, annotation.start);
            QCOMPARE(h.end, annotation.end);
            QVERIFY2(!h.rects.isEmpty(), qPrintable(what));
            // Each rectangle is a piece of one line, as wide as those characters.
            for (const QRectF& rect : h.rects)
                QVERIFY2(rect.width() > 2 && rect.height() > 10, qPrintable(what));
            switch (annotation.status) {
            case AnnotationStatus::Suggested: QCOMPARE(h.style, ArticleView::Style::Suggested); break;
            case AnnotationStatus::Rejected: QCOMPARE(h.style, ArticleView::Style::Rejected); break;
            default: QCOMPARE(h.style, ArticleView::Style::Filled);
            }
            const Label* label = window.controller()->review()->label(annotation.label);
            QCOMPARE(h.colour, QColor(label->colour));
            // A name glued to a proclitic (وواشنطن, والكاظمي): the letter before is drawn
            // beside the highlight, not inside it.
            if (annotation.start > 0 && text.at(annotation.start - 1).isLetter()) {
                QVERIFY2(isProclitic(text.at(annotation.start - 1)), qPrintable(what));
                const QList<QRect> clitic = view->textRects(annotation.start - 1, annotation.start);
                QCOMPARE(clitic.size(), 1);
                const QRect name = view->textRects(annotation.start, annotation.end).constFirst();
                QVERIFY2(clitic.first().right() <= name.left() + 1
                             || clitic.first().left() >= name.right() - 1,
                         qPrintable(what));
                // Right to left: the proclitic, read first, is on the right of the name.
                QVERIFY2(clitic.first().center().x() > name.center().x(), qPrintable(what));
                ++withClitic;
            }
        }
        if (seed == seedArticles().size() - 1)
            QVERIFY(withClitic > 0);

        // Independently of the view's own geometry: the caret Qt itself places before the first
        // and after the last character is where the highlight's edges are.
        int measured = 0;
        for (const Annotation& annotation : annotations) {
            const QList<QRect> rects = view->textRects(annotation.start, annotation.end);
            if (rects.size() != 1 || !view->viewport()->rect().contains(rects.first()))
                continue;  // on two lines, or off screen
            const auto plainNeighbour = [&](int at) {
                return at < 0 || at >= text.size() || text.at(at).isSpace()
                       || text.at(at).script() == QChar::Script_Arabic
                       || text.at(at).category() == QChar::Punctuation_Other;
            };
            if (!plainNeighbour(annotation.start - 1) || !plainNeighbour(annotation.end))
                continue;  // beside Latin or digits the caret has two places
            QTextCursor caret(view->document());
            caret.setPosition(annotation.start);
            const QRect start = view->cursorRect(caret);
            caret.setPosition(annotation.end);
            const QRect end = view->cursorRect(caret);
            const QRect rect = rects.first();
            const QString what = text.mid(annotation.start, annotation.end - annotation.start);
            // Right to left: the first character is on the right.
            QVERIFY2(qAbs(rect.right() - start.center().x()) <= 2,
                     qPrintable(what + u" right %1 caret %2"_s.arg(rect.right()).arg(start.center().x())));
            QVERIFY2(qAbs(rect.left() - end.center().x()) <= 2,
                     qPrintable(what + u" left %1 caret %2"_s.arg(rect.left()).arg(end.center().x())));
            QVERIFY2(rect.top() <= start.center().y() && start.center().y() <= rect.bottom(),
                     qPrintable(what));
            ++measured;
        }
        QVERIFY(measured >= 5);

        // Accepting one changes its style only; it stays on the same characters.
        const Annotation* pending = nullptr;
        for (const Annotation& annotation : annotations) {
            if (annotation.status == AnnotationStatus::Suggested) {
                pending = &annotation;
                break;
            }
        }
        QVERIFY(pending);
        const qint64 pendingId = pending->id;
        const ArticleView::Highlight before = view->highlight(pendingId);
        window.controller()->setCurrent(pendingId);
        QVERIFY(window.controller()->accept());
        const ArticleView::Highlight after = view->highlight(pendingId);
        QCOMPARE(after.style, ArticleView::Style::Filled);
        QCOMPARE(after.start, before.start);
        QCOMPARE(after.rects, before.rects);
        // The outline of the current annotation lies on screen where its words are.
        const qint64 current = window.controller()->currentId();
        QVERIFY(!view->annotationRect(current).isEmpty());
        QVERIFY(view->viewport()->rect().intersects(view->annotationRect(current)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestHighlights)
#include "test_highlights.moc"
