// Work the window does in the background around a review, and what the analyst sees of it:
// the tagger learns from each document marked reviewed (once), so the next document's
// suggestions change; a decision can be propagated to every document not reviewed yet, with
// progress and cancel; and the place in the article (scroll and current annotation) stays
// when background work or undo reload the open document.
#include "guitestutil.h"

#include "articleview.h"
#include "jobrunner.h"
#include "language.h"
#include "reviewcontroller.h"
#include "review/learningjournal.h"
#include "review/tagging.h"
#include "store/sqlstatement.h"

#include "ner/onlinelearner.h"

#include <QProgressBar>
#include <QScrollBar>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::guitest;
using alam::reviewtest::kArticle;
using alam::reviewtest::offsetOf;
using alam::reviewtest::storedAt;

namespace {

// A made-up surname the shipped tagger has never seen, in sentences of its own.
const QString kName = u"فرهادوفي"_s;

QString aboutTheName(int sentences)
{
    const QStringList frames = {
        u"قال %1 إن الاجتماع كان مفيدا."_s, u"وأضاف %1 أن الحوار سيستمر."_s,
        u"وأكد %1 دعم الحكومة للخطة."_s,   u"ويرى %1 أن الوقت مناسب."_s,
        u"وختم %1 حديثه بالشكر."_s,
    };
    QStringList text;
    for (int i = 0; i < sentences; ++i)
        text << frames.at(i % frames.size()).arg(kName);
    return text.join(u' ');
}

// The suggestion the tagger makes over the name in a fresh document (label, confidence).
std::optional<Annotation> taggedName(Database& db, const QString& title)
{
    const QString text = u"وصل %1 إلى المدينة صباح اليوم (%2)."_s.arg(kName, title);
    const qint64 id = addDocument(db, title, text, false);
    TagRunOptions options;
    options.documents = {id};
    if (!Tagging::tag(db, options))
        return std::nullopt;
    const int start = offsetOf(text, kName);
    const Result<QList<Annotation>> stored = AnnotationStore(db).forDocument(id);
    if (!stored)
        return std::nullopt;
    const QList<Annotation> annotations = stored.value();
    for (const Annotation& a : annotations) {
        if (a.start <= start && a.end >= start + kName.size())
            return a;
    }
    return Annotation{};  // none: the tagger says O
}

}  // namespace

class TestBackgroundReview final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(m_dir.filePath(u"settings"_s));
        QVERIFY(Language::apply(u"en"_s));
    }
    void init()
    {
        m_path = m_dir.filePath(u"background-%1.sqlite"_s.arg(++m_count));
        m_db = reviewtest::open(m_path);
        QVERIFY(m_db);
    }
    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void theTaggerLearnsFromEachReview()
    {
        const std::optional<Annotation> before = taggedName(*m_db, u"before"_s);
        QVERIFY(before);
        // The analyst says otherwise than the shipped tagger (which learns from its mistakes).
        const QString wanted = before->label == u"ORG"_s ? u"PERS"_s : u"ORG"_s;

        const QString text = aboutTheName(15);
        const qint64 reviewed = addDocument(*m_db, u"reviewed"_s, text, false);
        showWindow();
        QVERIFY(m_window->openDocument(reviewed));
        // The analyst marks each mention of the name as a person and the document reviewed.
        for (int at = int(text.indexOf(kName)); at >= 0; at = int(text.indexOf(kName, at + 1)))
            QVERIFY(m_window->controller()->addFromSelection(at, at + int(kName.size()), wanted));
        QVERIFY(m_window->controller()->acceptAllRemaining() || m_window->controller()->review()->pendingCount() == 0);
        QSignalSpy finished(m_window->jobs(), &JobRunner::finished);
        QAction* mark = m_window->findChild<QAction*>(u"actionMarkReviewed"_s);
        QVERIFY(trigger(mark));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 60000);
        QCOMPARE(finished.first().at(0).toString(), u"Learning from the review"_s);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QVERIFY(QFile::exists(ner::LearnedModel::pathFor(m_path)));
        QCOMPARE(*LearningJournal(*m_db).documents(), QList<qint64>{reviewed});

        // A new document with the same name: the tagger now suggests what the analyst said.
        const std::optional<Annotation> after = taggedName(*m_db, u"after"_s);
        QVERIFY(after);
        QVERIFY2(after->label == wanted,
                 qPrintable(u"before %1 %2, after %3 %4"_s.arg(before->label).arg(before->confidence)
                                .arg(after->label).arg(after->confidence)));

        // Undone and marked reviewed again: not learned a second time.
        const QDateTime saved = QFileInfo(ner::LearnedModel::pathFor(m_path)).lastModified();
        QVERIFY(m_window->openDocument(reviewed));
        QVERIFY(m_window->controller()->undo());  // the mark
        finished.clear();
        QVERIFY(m_window->controller()->markReviewed());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 60000);
        QVERIFY(finished.first().at(1).toBool());
        QCOMPARE(QFileInfo(ner::LearnedModel::pathFor(m_path)).lastModified(), saved);
        QCOMPARE(LearningJournal(*m_db).documents()->size(), 1);
    }

    void propagateToAllDocuments()
    {
        const qint64 open = reviewtest::addArticle(*m_db);
        const QString other = u"التقى مصطفى الكاظمي وفدا من البصرة."_s;
        const qint64 second = addDocument(*m_db, u"second"_s, other, false);
        const qint64 done = addDocument(*m_db, u"done"_s, u"وزار مصطفى الكاظمي الموصل."_s, false);
        QVERIFY(DocumentStore(*m_db).setStatus(done, ReviewStatus::Reviewed, u"huda"_s));
        showWindow();
        QVERIFY(m_window->openDocument(open));
        const qint64 kadhimi = storedAt(*m_db, open, kArticle, u"مصطفى الكاظمي"_s)->id;
        m_window->controller()->setCurrent(kadhimi);
        QAction* propagate = m_window->findChild<QAction*>(u"actionPropagateCorpus"_s);
        QVERIFY(propagate && !propagate->isEnabled());  // a suggestion is not propagated
        QVERIFY(m_window->controller()->accept());
        m_window->controller()->setCurrent(kadhimi);
        QVERIFY(propagate->isEnabled());
        QSignalSpy progressed(m_window->jobs(), &JobRunner::progressed);
        QSignalSpy finished(m_window->jobs(), &JobRunner::finished);
        propagate->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 30000);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QVERIFY(progressed.size() > 0);
        const std::optional<Annotation> suggested = storedAt(*m_db, second, other, u"مصطفى الكاظمي"_s);
        QVERIFY(suggested);
        QVERIFY(suggested->status == AnnotationStatus::Suggested);
        QCOMPARE(suggested->label, u"PERS"_s);
        QCOMPARE(suggested->entityId, storedAt(*m_db, open, kArticle, u"مصطفى الكاظمي"_s)->entityId);
        QCOMPARE(AnnotationStore(*m_db).forDocument(done)->size(), 0);  // reviewed: untouched
        QVERIFY2(finished.first().at(2).toString().contains(u"1 document"_s),
                 qPrintable(finished.first().at(2).toString()));
    }

    void propagationCanBeCancelled()
    {
        const qint64 open = reviewtest::addArticle(*m_db);
        QVERIFY(m_db->transaction([&]() -> Status {
            for (int i = 0; i < 3000; ++i) {
                if (!addDocument(*m_db, u"n%1"_s.arg(i), u"خبر %1: استقبل مصطفى الكاظمي وفدا."_s.arg(i), false))
                    return Error{u"add failed"_s};
            }
            return {};
        }));
        showWindow();
        QVERIFY(m_window->openDocument(open));
        const qint64 kadhimi = storedAt(*m_db, open, kArticle, u"مصطفى الكاظمي"_s)->id;
        m_window->controller()->setCurrent(kadhimi);
        QVERIFY(m_window->controller()->accept());
        m_window->controller()->setCurrent(kadhimi);
        QSignalSpy finished(m_window->jobs(), &JobRunner::finished);
        QVERIFY(trigger(m_window->findChild<QAction*>(u"actionPropagateCorpus"_s)));
        auto* bar = m_window->findChild<QProgressBar*>(u"jobProgress"_s);
        auto* cancel = m_window->findChild<QWidget*>(u"jobCancel"_s);
        QVERIFY(bar && cancel);
        QVERIFY(bar->isVisible() && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 30000);
        QVERIFY2(finished.first().at(2).toString().contains(u"Cancelled"_s),
                 qPrintable(finished.first().at(2).toString()));
        Result<SqlStatement> count = m_db->execute(
            u"SELECT COUNT(DISTINCT document_id) FROM annotations WHERE document_id <> ?"_s, {open});
        QVERIFY(count && count->next());
        QVERIFY2(count->integer(0) < 3000, qPrintable(QString::number(count->integer(0))));
    }

    void placeStaysAcrossReloadAndUndo()
    {
        QStringList paragraphs;
        for (int i = 0; i < 20; ++i)
            paragraphs << kArticle;
        const qint64 id = addDocument(*m_db, u"long"_s, paragraphs.join(u'\n'));
        showWindow(600);
        QVERIFY(m_window->openDocument(id));
        ArticleView* article = m_window->articleView();
        QScrollBar* bar = article->verticalScrollBar();
        const QList<Annotation>& all = m_window->controller()->review()->annotations();
        // Halfway down, on a pending suggestion.
        qint64 middle = 0;
        for (qsizetype i = all.size() / 2; i < all.size() && !middle; ++i) {
            if (all.at(i).status == AnnotationStatus::Suggested)
                middle = all.at(i).id;
        }
        QVERIFY(middle);
        m_window->controller()->setCurrent(middle);
        QTRY_VERIFY(bar->value() > 0);
        bar->setValue(bar->value() + 7);  // the analyst's own scroll, not a computed one
        const int scroll = bar->value();

        // Background work ends (it may have changed the document): reloaded in place.
        QSignalSpy finished(m_window->jobs(), &JobRunner::finished);
        m_window->jobs()->start(u"Some work"_s, [](Database&, JobControl&) -> Result<QString> {
            return u"done"_s;
        });
        QTRY_COMPARE(finished.size(), 1);
        QTRY_COMPARE(m_window->controller()->currentId(), middle);
        QCOMPARE(bar->value(), scroll);
        QCOMPARE(article->current(), middle);

        // Accept moves on to the next suggestion nearby; undo brings it back, in place.
        QVERIFY(m_window->controller()->accept());
        const int afterAccept = bar->value();
        QVERIFY(m_window->controller()->undo());
        QCOMPARE(m_window->controller()->currentId(), middle);
        QCOMPARE(bar->value(), afterAccept);
        QVERIFY(article->viewport()->rect().intersects(article->annotationRect(middle)));
    }

private:
    void showWindow(int height = 800)
    {
        m_window = shownWindow(*m_db, {1300, height});
        QVERIFY(m_window);
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestBackgroundReview)
#include "test_backgroundreview.moc"
