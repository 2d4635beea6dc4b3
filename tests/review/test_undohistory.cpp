// Undo and redo walk the history table: they work after the database is closed and opened
// again, restore deleted annotations under their own id, take back propagated suggestions with
// the accept that made them, restore the review status, and step past a conflicting action.
#include "reviewtestutil.h"

#include "review/undohistory.h"
#include "store/historystore.h"

#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::reviewtest;

namespace {

struct Snapshot {
    QList<Annotation> annotations;
    QString status;
};

Snapshot snapshotOf(Database& db, qint64 documentId)
{
    return {*AnnotationStore(db).forDocument(documentId),
            toString(DocumentStore(db).get(documentId)->status)};
}

}  // namespace

class TestUndoHistory final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"undo-%1.sqlite"_s.arg(++m_count));
        m_db = open(m_path);
        QVERIFY(m_db);
        m_documentId = addArticle(*m_db);
        QVERIFY(m_documentId > 0);
        reopenReview();
    }
    void cleanup()
    {
        m_review.reset();
        m_db.reset();
    }

    void undoAndRedoAcrossRestart()
    {
        const Snapshot start = snapshotOf(*m_db, m_documentId);
        const qint64 baghdad = storedAt(*m_db, m_documentId, kArticle, u"بغداد"_s)->id;
        const qint64 iraq = storedAt(*m_db, m_documentId, kArticle, u"العراق"_s, 1)->id;
        QVERIFY(m_review->accept(baghdad));
        const Snapshot afterAccept = snapshotOf(*m_db, m_documentId);
        QVERIFY(m_review->setLabel(iraq, u"LOC"_s));
        const Snapshot afterLabel = snapshotOf(*m_db, m_documentId);

        restart();
        UndoHistory history(*m_db, u"huda"_s);
        Result<std::optional<UndoableAction>> next = history.nextUndo();
        QVERIFY2(next, why(next));
        QVERIFY(next->has_value());
        QCOMPARE(toString((*next)->kind), u"change_label"_s);

        Result<UndoableAction> undone = history.undo();
        QVERIFY2(undone, why(undone));
        QCOMPARE(undone->focusAnnotation, iraq);
        verifySame(snapshotOf(*m_db, m_documentId), afterAccept);

        restart();
        UndoHistory again(*m_db, u"huda"_s);
        QVERIFY(again.undo());
        verifySame(snapshotOf(*m_db, m_documentId), start);
        QVERIFY(!again.undo());  // nothing older

        restart();
        UndoHistory forward(*m_db, u"huda"_s);
        QVERIFY(forward.redo());
        verifySame(snapshotOf(*m_db, m_documentId), afterAccept);
        QVERIFY(forward.redo());
        verifySame(snapshotOf(*m_db, m_documentId), afterLabel);
        QVERIFY(!forward.redo());

        // The history rows of undone and redone steps say so.
        const QList<HistoryEntry> rows = *HistoryStore(*m_db).forAnnotation(iraq);
        QVERIFY(rows.size() >= 4);
    }

    void undoDeleteRestoresTheSameId()
    {
        const Annotation before = *storedAt(*m_db, m_documentId, kArticle, u"الأمريكي"_s);
        QVERIFY(m_review->remove(before.id));
        QVERIFY(!AnnotationStore(*m_db).get(before.id));
        restart();
        QVERIFY(UndoHistory(*m_db, u"huda"_s).undo());
        Result<Annotation> restored = AnnotationStore(*m_db).get(before.id);
        QVERIFY2(restored, why(restored));
        QCOMPARE(restored->start, before.start);
        QCOMPARE(restored->label, before.label);
        QCOMPARE(toString(restored->status), u"suggested"_s);
        QCOMPARE(restored->confidence, before.confidence);
        QVERIFY(UndoHistory(*m_db, u"huda"_s).redo());
        QVERIFY(!AnnotationStore(*m_db).get(before.id));
    }

    void undoTakesBackPropagatedSuggestions()
    {
        const Snapshot start = snapshotOf(*m_db, m_documentId);
        const int at = offsetOf(kArticle, u"الكاظمي"_s, 1);
        Result<ReviewChange> added = m_review->addFromSelection(at, at + 7, u"PERS"_s);
        QVERIFY2(added, why(added));
        // The mention, «بالكاظمي», and «الكاظمي» inside the still pending «مصطفى الكاظمي».
        QCOMPARE(added->added.size(), 3);
        QVERIFY(UndoHistory(*m_db, u"huda"_s).undo());
        const Snapshot now = snapshotOf(*m_db, m_documentId);
        QCOMPARE(now.annotations.size(), start.annotations.size());
        verifySame(now, start);
    }

    void undoMarkReviewedReopensTheDocument()
    {
        QVERIFY(m_review->acceptAllRemaining());
        QVERIFY(m_review->markReviewed());
        QCOMPARE(snapshotOf(*m_db, m_documentId).status, u"reviewed"_s);
        QVERIFY(UndoHistory(*m_db, u"huda"_s).undo());
        QCOMPARE(snapshotOf(*m_db, m_documentId).status, u"in_progress"_s);
        QVERIFY(UndoHistory(*m_db, u"huda"_s).undo());
        QCOMPARE(snapshotOf(*m_db, m_documentId).status, u"new"_s);
        QCOMPARE(AnnotationStore(*m_db).withStatus({AnnotationStatus::Suggested})->size(), 5);
    }

    void newActionDropsRedo()
    {
        const qint64 baghdad = storedAt(*m_db, m_documentId, kArticle, u"بغداد"_s)->id;
        const qint64 american = storedAt(*m_db, m_documentId, kArticle, u"الأمريكي"_s)->id;
        QVERIFY(m_review->accept(baghdad));
        QVERIFY(UndoHistory(*m_db, u"huda"_s).undo());
        QVERIFY(m_review->reload());
        QVERIFY(m_review->reject(american));
        QVERIFY(!UndoHistory(*m_db, u"huda"_s).redo());
    }

    void eachAnalystUndoesOnlyTheirOwn()
    {
        const qint64 baghdad = storedAt(*m_db, m_documentId, kArticle, u"بغداد"_s)->id;
        QVERIFY(m_review->accept(baghdad));
        Result<UndoableAction> other = UndoHistory(*m_db, u"omar"_s).undo();
        QVERIFY(!other);
        QCOMPARE(toString(AnnotationStore(*m_db).get(baghdad)->status), u"accepted"_s);
    }

    void conflictIsReportedAndSteppedPast()
    {
        const qint64 baghdad = storedAt(*m_db, m_documentId, kArticle, u"بغداد"_s)->id;
        const qint64 american = storedAt(*m_db, m_documentId, kArticle, u"الأمريكي"_s)->id;
        QVERIFY(m_review->accept(baghdad));
        QVERIFY(m_review->reject(american));
        // Someone else relabels the rejected mention meanwhile.
        Annotation changed = *AnnotationStore(*m_db).get(american);
        changed.label = u"MISC"_s;
        changed.status = AnnotationStatus::Edited;
        QVERIFY(AnnotationStore(*m_db).update(changed, u"omar"_s));

        UndoHistory history(*m_db, u"huda"_s);
        Result<UndoableAction> refused = history.undo();
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"MISC"_s), qPrintable(refused.error()));
        QCOMPARE(AnnotationStore(*m_db).get(american)->label, u"MISC"_s);  // theirs stays
        // The next undo goes to the accept before it.
        QVERIFY(history.undo());
        QCOMPARE(toString(AnnotationStore(*m_db).get(baghdad)->status), u"suggested"_s);
    }

private:
    void reopenReview()
    {
        Result<std::unique_ptr<DocumentReview>> review =
            DocumentReview::open(*m_db, m_documentId, u"huda"_s);
        QVERIFY2(review, why(review));
        m_review = std::move(*review);
    }
    void restart()
    {
        m_review.reset();
        m_db.reset();
        m_db = open(m_path);
        QVERIFY(m_db);
        reopenReview();
    }
    static void verifySame(const Snapshot& got, const Snapshot& expected)
    {
        QCOMPARE(got.status, expected.status);
        QCOMPARE(got.annotations.size(), expected.annotations.size());
        for (qsizetype i = 0; i < got.annotations.size(); ++i) {
            const Annotation& a = got.annotations.at(i);
            const Annotation& b = expected.annotations.at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.start, b.start);
            QCOMPARE(a.end, b.end);
            QCOMPARE(a.label, b.label);
            QCOMPARE(toString(a.status), toString(b.status));
            QCOMPARE(a.entityId, b.entityId);
        }
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentReview> m_review;
    qint64 m_documentId = 0;
};

QTEST_GUILESS_MAIN(TestUndoHistory)
#include "test_undohistory.moc"
