// The analyst's actions on a real SQLite file: each one committed with its history, the
// in-memory state equal to the database after every step, entities linked, decisions
// propagated clitic-aware, mark reviewed refused while suggestions pend.
#include "reviewtestutil.h"

#include "store/entitystore.h"
#include "store/historystore.h"

#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::reviewtest;

class TestDocumentReview final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = open(m_dir.filePath(u"review-%1.sqlite"_s.arg(++m_count)));
        QVERIFY(m_db);
        m_documentId = addArticle(*m_db);
        QVERIFY(m_documentId > 0);
        Result<std::unique_ptr<DocumentReview>> review =
            DocumentReview::open(*m_db, m_documentId, u"huda"_s);
        QVERIFY2(review, why(review));
        m_review = std::move(*review);
    }
    void cleanup()
    {
        m_review.reset();
        m_db.reset();
    }

    void opensInTextOrder()
    {
        const QList<Annotation>& all = m_review->annotations();
        QCOMPARE(all.size(), 5);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).start <= all.at(i).start);
        QCOMPARE(m_review->pendingCount(), 5);
        QCOMPARE(m_review->textOf(all.at(0)), u"مصطفى الكاظمي"_s);
    }

    void acceptLinksAndRecordsHistory()
    {
        const qint64 id = storedAt(*m_db, m_documentId, kArticle, u"مصطفى الكاظمي"_s)->id;
        Result<ReviewChange> change = m_review->accept(id);
        QVERIFY2(change, why(change));
        QCOMPARE(change->focus, id);
        QVERIFY(change->changed.contains(id));

        const Annotation stored = *AnnotationStore(*m_db).get(id);
        QCOMPARE(toString(stored.status), u"accepted"_s);
        QCOMPARE(stored.annotator, u"huda"_s);
        QVERIFY(stored.entityId > 0);
        QCOMPARE(EntityStore(*m_db).get(stored.entityId)->name, u"مصطفى الكاظمي"_s);
        QCOMPARE(HistoryStore(*m_db).forAnnotation(id)->constLast().action, u"update"_s);
        // The first decision starts the review of the document.
        QCOMPARE(toString(DocumentStore(*m_db).get(m_documentId)->status), u"in_progress"_s);
        QCOMPARE(toString(m_review->status()), u"in_progress"_s);
        verifyMemoryMatchesDatabase();
    }

    void rejectKeepsTheRow()
    {
        const qint64 id = storedAt(*m_db, m_documentId, kArticle, u"الأمريكي"_s)->id;
        Result<ReviewChange> change = m_review->reject(id);
        QVERIFY2(change, why(change));
        QCOMPARE(toString(AnnotationStore(*m_db).get(id)->status), u"rejected"_s);
        QCOMPARE(m_review->pendingCount(), 4);
        verifyMemoryMatchesDatabase();
    }

    void changeLabelMakesAnEditedDecision()
    {
        const qint64 id = storedAt(*m_db, m_documentId, kArticle, u"العراق"_s, 1)->id;
        Result<ReviewChange> change = m_review->setLabel(id, u"LOC"_s);
        QVERIFY2(change, why(change));
        const Annotation stored = *AnnotationStore(*m_db).get(id);
        QCOMPARE(stored.label, u"LOC"_s);
        QCOMPARE(toString(stored.status), u"edited"_s);
        QCOMPARE(EntityStore(*m_db).get(stored.entityId)->label, u"LOC"_s);

        QVERIFY(!m_review->setLabel(id, u"NOPE"_s));
        QCOMPARE(AnnotationStore(*m_db).get(id)->label, u"LOC"_s);
        verifyMemoryMatchesDatabase();
    }

    void resizeByWordAndCharacter()
    {
        const qint64 baghdad = storedAt(*m_db, m_documentId, kArticle, u"بغداد"_s)->id;
        Result<ReviewChange> grown = m_review->resize(baghdad, SpanEdge::End, true, SpanUnit::Word);
        QVERIFY2(grown, why(grown));
        QCOMPARE(surfaceOf(kArticle, *AnnotationStore(*m_db).get(baghdad)), u"بغداد وزير"_s);
        QCOMPARE(toString(AnnotationStore(*m_db).get(baghdad)->status), u"edited"_s);
        Result<ReviewChange> shrunk =
            m_review->resize(baghdad, SpanEdge::End, false, SpanUnit::Word);
        QVERIFY2(shrunk, why(shrunk));
        QCOMPARE(surfaceOf(kArticle, *AnnotationStore(*m_db).get(baghdad)), u"بغداد"_s);
        // A one-word span cannot shrink by a word.
        QVERIFY(!m_review->resize(baghdad, SpanEdge::Start, false, SpanUnit::Word));

        // By character: take in the conjunction of «وواشنطن», then leave it out again.
        const qint64 washington = storedAt(*m_db, m_documentId, kArticle, u"واشنطن"_s)->id;
        QVERIFY(m_review->resize(washington, SpanEdge::Start, true, SpanUnit::Character));
        QCOMPARE(surfaceOf(kArticle, *AnnotationStore(*m_db).get(washington)), u"وواشنطن"_s);
        QVERIFY(m_review->resize(washington, SpanEdge::Start, false, SpanUnit::Character));
        QCOMPARE(surfaceOf(kArticle, *AnnotationStore(*m_db).get(washington)), u"واشنطن"_s);

        // Growing the start by a word takes in the word before.
        const qint64 american = storedAt(*m_db, m_documentId, kArticle, u"الأمريكي"_s)->id;
        QVERIFY(m_review->resize(american, SpanEdge::Start, true, SpanUnit::Word));
        QCOMPARE(surfaceOf(kArticle, *AnnotationStore(*m_db).get(american)),
                 u"الخارجية الأمريكي"_s);
        verifyMemoryMatchesDatabase();
    }

    void addFromSelectionSnapsAndPropagates()
    {
        // «مصطفى الكاظمي» first, so that «الكاظمي» joins its entity.
        const qint64 full = storedAt(*m_db, m_documentId, kArticle, u"مصطفى الكاظمي"_s)->id;
        QVERIFY(m_review->accept(full));
        const qint64 entity = AnnotationStore(*m_db).get(full)->entityId;

        // A sloppy selection of the second «الكاظمي» with the space before it.
        const int at = offsetOf(kArticle, u" الكاظمي"_s, 1);
        Result<ReviewChange> added = m_review->addFromSelection(at, at + 8, u"PERS"_s);
        QVERIFY2(added, why(added));
        const Annotation manual = *AnnotationStore(*m_db).get(added->focus);
        QCOMPARE(surfaceOf(kArticle, manual), u"الكاظمي"_s);
        QCOMPARE(toString(manual.status), u"manual"_s);
        QCOMPARE(toString(manual.source), u"analyst"_s);
        QCOMPARE(manual.entityId, entity);
        QVERIFY(EntityStore(*m_db).get(entity)->aliases.contains(u"الكاظمي"_s));

        // Propagated: «بالكاظمي» is suggested from after its ب, linked to the same entity.
        const std::optional<Annotation> propagated =
            storedAt(*m_db, m_documentId, kArticle, u"الكاظمي"_s, 2);
        QVERIFY(propagated);
        QCOMPARE(kArticle.mid(propagated->start - 1, 1), u"ب"_s);
        QCOMPARE(toString(propagated->status), u"suggested"_s);
        QCOMPARE(toString(propagated->source), u"propagation"_s);
        QVERIFY(propagated->confidence < 1.0);  // a propagated guess, not a decision
        QCOMPARE(propagated->entityId, entity);
        QVERIFY(added->added.contains(propagated->id));
        verifyMemoryMatchesDatabase();
    }

    void selectionLeavesProcliticsOut_data()
    {
        QTest::addColumn<QString>("selected");
        QTest::addColumn<QString>("expected");
        QTest::newRow("و + واشنطن") << u"وواشنطن"_s << u"واشنطن"_s;
        QTest::newRow("ل + الحكومة") << u"للحكومة الأمريكية"_s << u"لحكومة الأمريكية"_s;
        QTest::newRow("trailing punctuation") << u"تطورا، "_s << u"تطورا"_s;
        QTest::newRow("part of a word") << u"ربيل"_s << u"أربيل"_s;
    }
    void selectionLeavesProcliticsOut()
    {
        QFETCH(QString, selected);
        QFETCH(QString, expected);
        const int at = offsetOf(kArticle, selected);
        Result<ReviewChange> added =
            m_review->addFromSelection(at, at + int(selected.size()), u"LOC"_s);
        QVERIFY2(added, why(added));
        QCOMPARE(surfaceOf(kArticle, *AnnotationStore(*m_db).get(added->focus)), expected);
    }

    void deleteRemovesTheRow()
    {
        const qint64 id = storedAt(*m_db, m_documentId, kArticle, u"الأمريكي"_s)->id;
        Result<ReviewChange> change = m_review->remove(id);
        QVERIFY2(change, why(change));
        QVERIFY(change->removed.contains(id));
        QVERIFY(!AnnotationStore(*m_db).get(id));
        QCOMPARE(HistoryStore(*m_db).forAnnotation(id)->constLast().action, u"delete"_s);
        verifyMemoryMatchesDatabase();
    }

    void markReviewedRefusedWhileSuggestionsPend()
    {
        Result<ReviewChange> refused = m_review->markReviewed();
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"5"_s), qPrintable(refused.error()));
        QCOMPARE(toString(DocumentStore(*m_db).get(m_documentId)->status), u"new"_s);

        Result<ReviewChange> all = m_review->acceptAllRemaining();
        QVERIFY2(all, why(all));
        QCOMPARE(m_review->pendingCount(), 0);
        QCOMPARE(AnnotationStore(*m_db).withStatus({AnnotationStatus::Suggested})->size(), 0);
        Result<ReviewChange> reviewed = m_review->markReviewed();
        QVERIFY2(reviewed, why(reviewed));
        QCOMPARE(toString(DocumentStore(*m_db).get(m_documentId)->status), u"reviewed"_s);
        verifyMemoryMatchesDatabase();
    }

    void linkAndSplit()
    {
        const qint64 full = storedAt(*m_db, m_documentId, kArticle, u"مصطفى الكاظمي"_s)->id;
        const qint64 baghdad = storedAt(*m_db, m_documentId, kArticle, u"بغداد"_s)->id;
        QVERIFY(m_review->accept(full));
        QVERIFY(m_review->accept(baghdad));
        const qint64 person = AnnotationStore(*m_db).get(full)->entityId;
        // A LOC mention cannot join a PERS entity.
        QVERIFY(!m_review->linkTo(baghdad, person));

        Result<ReviewChange> split = m_review->split(full);
        QVERIFY2(split, why(split));
        const qint64 own = AnnotationStore(*m_db).get(full)->entityId;
        QVERIFY(own != person);
        QCOMPARE(m_review->entity(own)->name, u"مصطفى الكاظمي"_s);
        Result<ReviewChange> linked = m_review->linkTo(full, person);
        QVERIFY2(linked, why(linked));
        QCOMPARE(AnnotationStore(*m_db).get(full)->entityId, person);
        verifyMemoryMatchesDatabase();
    }

    void staleAnnotationIsRefused()
    {
        // Another connection changes the annotation meanwhile: the action is refused whole.
        const qint64 id = storedAt(*m_db, m_documentId, kArticle, u"بغداد"_s)->id;
        Annotation other = *AnnotationStore(*m_db).get(id);
        other.label = u"ORG"_s;
        QVERIFY(AnnotationStore(*m_db).update(other, u"omar"_s));
        Result<ReviewChange> accepted = m_review->accept(id);
        QVERIFY(!accepted);
        QCOMPARE(AnnotationStore(*m_db).get(id)->label, u"ORG"_s);
        QCOMPARE(toString(AnnotationStore(*m_db).get(id)->status), u"suggested"_s);
        QVERIFY(m_review->reload());
        QVERIFY(m_review->accept(id));
    }

private:
    void verifyMemoryMatchesDatabase()
    {
        const QList<Annotation> stored = *AnnotationStore(*m_db).forDocument(m_documentId);
        const QList<Annotation>& memory = m_review->annotations();
        QCOMPARE(memory.size(), stored.size());
        for (qsizetype i = 0; i < stored.size(); ++i) {
            QCOMPARE(memory.at(i).id, stored.at(i).id);
            QCOMPARE(memory.at(i).start, stored.at(i).start);
            QCOMPARE(memory.at(i).end, stored.at(i).end);
            QCOMPARE(memory.at(i).label, stored.at(i).label);
            QCOMPARE(toString(memory.at(i).status), toString(stored.at(i).status));
            QCOMPARE(memory.at(i).entityId, stored.at(i).entityId);
            QCOMPARE(memory.at(i).version, stored.at(i).version);
        }
        QCOMPARE(toString(m_review->status()),
                 toString(DocumentStore(*m_db).get(m_documentId)->status));
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentReview> m_review;
    qint64 m_documentId = 0;
};

QTEST_GUILESS_MAIN(TestDocumentReview)
#include "test_documentreview.moc"
