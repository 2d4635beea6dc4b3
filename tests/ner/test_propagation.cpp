// Propagation: accepting an entity suggests its other mentions — clitic-aware, in the matching
// form (alef variants, ة/ه, ى/ي), never over decisions, never twice — in one document and across
// the unreviewed documents of a real SQLite database.
#include "ner/propagation.h"
#include "nertestutil.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "store/entitystore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace alam;
using namespace alam::nertest;

namespace {

// «The delegation reached Baghdad this morning. He stressed that relations between Amman and
//  Baghdad are strong, and that Baghdad has an important role. He graduated from the University
//  of Baghdad and praised Baghdadi cooking.»
const QString kBaghdad = u"وصل الوفد إلى بغداد صباح اليوم. وأكد أن العلاقات بين عمّان وبغداد قوية، "
                         "وأن لبغداد دورا مهما. وتخرج في جامعة بغداد وأشاد بالمطبخ البغدادي."_s;

QStringList texts(const QString& text, const QList<ner::MentionSpan>& spans)
{
    QStringList out;
    for (const ner::MentionSpan& span : spans)
        out << text.mid(span.start, span.end - span.start);
    return out;
}

}  // namespace

class TestPropagation final : public QObject {
    Q_OBJECT

private slots:
    void mentionsStripProcliticsAndKeepWholeNames()
    {
        const auto found = ner::Propagation::mentions(kBaghdad, u"بغداد"_s);
        QCOMPARE(found.size(), 4);  // بغداد, و|بغداد, ل|بغداد, جامعة بغداد — not البغدادي
        QCOMPARE(texts(kBaghdad, found), QStringList(4, u"بغداد"_s));
        const int wa = int(kBaghdad.indexOf(u"وبغداد"_s));
        QCOMPARE(found.at(1).start, wa + 1);  // after the و
        QCOMPARE(found.at(2).start, int(kBaghdad.indexOf(u"لبغداد"_s)) + 1);
        // A name that begins with a letter that can be a proclitic stays whole.
        const QString lebanon = u"زار لبنان ولبنان"_s;
        QCOMPARE(texts(lebanon, ner::Propagation::mentions(lebanon, u"لبنان"_s)),
                 (QStringList{u"لبنان"_s, u"لبنان"_s}));
        QCOMPARE(ner::Propagation::mentions(lebanon, u"لبنان"_s).at(1).start, int(lebanon.lastIndexOf(u"لبنان"_s)));
    }

    void mentionsMatchAlefVariantsAndElidedArticle()
    {
        // «The UAE … and the UAE … for the UAE» with hamza, without, and ل + ال.
        const QString text = u"أعلنت الإمارات أن الامارات وللإمارات والإمارات شركاء."_s;
        const auto found = ner::Propagation::mentions(text, u"الإمارات"_s);
        QCOMPARE(found.size(), 4);
        QCOMPARE(texts(text, found),
                 (QStringList{u"الإمارات"_s, u"الامارات"_s, u"لإمارات"_s, u"الإمارات"_s}));
        // للإمارات = ل + (ا)لإمارات: the span starts after the first ل.
        QCOMPARE(found.at(2).start, int(text.indexOf(u"وللإمارات"_s)) + 2);
        // Several words, a ta marbuta written as ha, alef variants in a person's name.
        const QString league = u"قالت الجامعه العربيه إن الجامعة العربية وأحمد حسن واحمد حسن متفقون."_s;
        QCOMPARE(ner::Propagation::mentions(league, u"الجامعة العربية"_s).size(), 2);
        const auto ahmed = ner::Propagation::mentions(league, u"أحمد حسن"_s);
        QCOMPARE(texts(league, ahmed), (QStringList{u"أحمد حسن"_s, u"احمد حسن"_s}));
        QVERIFY(ner::Propagation::mentions(league, u"أحمد علي"_s).isEmpty());
    }

    void suggestionsAvoidDecisionsAndDuplicates()
    {
        const Annotation accepted = annotationOf(7, kBaghdad, u"بغداد"_s, u"LOC"_s, AnnotationStatus::Accepted);
        const Annotation university =
            annotationOf(7, kBaghdad, u"جامعة بغداد"_s, u"ORG"_s, AnnotationStatus::Manual);
        Annotation rejected = annotationOf(7, kBaghdad, u"بغداد"_s, u"LOC"_s, AnnotationStatus::Rejected, 2);
        QCOMPARE(kBaghdad.mid(rejected.start - 1, 1), u"ل"_s);
        const QList<Annotation> existing = {accepted, university, rejected};

        const QList<Annotation> suggested = ner::Propagation::suggest(kBaghdad, accepted, existing);
        QCOMPARE(suggested.size(), 1);  // only و|بغداد
        const Annotation& s = suggested.first();
        QCOMPARE(s.start, int(kBaghdad.indexOf(u"وبغداد"_s)) + 1);
        QCOMPARE(spanText(kBaghdad, s), u"بغداد"_s);
        QCOMPARE(s.label, u"LOC"_s);
        QCOMPARE(toString(s.status), toString(AnnotationStatus::Suggested));
        QCOMPARE(toString(s.source), toString(AnnotationSource::Propagation));
        QCOMPARE(s.confidence, ner::kPropagatedConfidence);
        QVERIFY(s.confidence < 1.0);
        QCOMPARE(s.documentId, 7);

        // The decision need not be stored yet; a pending suggestion of the model over the same
        // bounds with another type is relabelled, not duplicated.
        Annotation guess = s;
        guess.label = u"PERS"_s;
        guess.source = AnnotationSource::Model;
        guess.confidence = 0.95;  // the model was surer than a propagation: that stays
        guess.id = 42;
        const ner::PropagationPlan plan =
            ner::Propagation::plan(kBaghdad, u"بغداد"_s, accepted, {university, rejected, guess, accepted});
        QVERIFY(plan.add.isEmpty());
        QCOMPARE(plan.update.size(), 1);
        QCOMPARE(plan.update.first().id, 42);
        QCOMPARE(plan.update.first().label, u"LOC"_s);
        QCOMPARE(toString(plan.update.first().source), toString(AnnotationSource::Propagation));
        QCOMPARE(plan.update.first().confidence, 0.95);
        guess.confidence = 0.6;
        QCOMPARE(ner::Propagation::plan(kBaghdad, u"بغداد"_s, accepted, {university, rejected, guess, accepted})
                     .update.first().confidence,
                 ner::kPropagatedConfidence);
        QVERIFY(ner::Propagation::suggest(kBaghdad, accepted, {university, rejected}).size() == 1);
    }

    void particlesAreNotSpread()
    {
        // An analyst's slip that labels في: its other mentions are not made suggestions, while a
        // three-letter name (عمر) and a two-word name with a two-letter word (أم قصر) still are.
        const QString text = u"وصل عمر في الصباح إلى أم قصر، ثم عاد عمر في المساء من أم قصر."_s;
        const int at = int(text.indexOf(u"في"_s));
        Annotation slip = annotationOf(3, text, u"في"_s, u"ORG"_s, AnnotationStatus::Edited);
        QCOMPARE(slip.start, at);
        QVERIFY(ner::Propagation::plan(text, u"في"_s, slip, {slip}).add.isEmpty());
        const Annotation omar = annotationOf(3, text, u"عمر"_s, u"PERS"_s, AnnotationStatus::Accepted);
        QCOMPARE(ner::Propagation::suggest(text, omar, {omar}).size(), 1);
        const Annotation port = annotationOf(3, text, u"أم قصر"_s, u"LOC"_s, AnnotationStatus::Accepted);
        QCOMPARE(ner::Propagation::suggest(text, port, {port}).size(), 1);
    }

    void inTheStoreAndAcrossTheCorpus()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened = Database::openSqlite(dir.filePath(u"alam.sqlite"_s));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Database& db = **opened;
        DocumentStore documents(db);
        AnnotationStore annotations(db);

        // «The UAE announced …»; another article names it with a conjunction, a reviewed one
        // too, a fourth not at all.
        const QString source = u"أعلنت الإمارات اليوم أن الامارات ستستضيف القمة."_s;
        const QString other = u"وقال الوزير إن مصر والإمارات اتفقتا على التعاون."_s;
        const QString reviewed = u"زار الرئيس الإمارات أمس."_s;
        const QString unrelated = u"عقدت جامعة الدول العربية اجتماعا طارئا في القاهرة."_s;
        const qint64 sourceId = *documents.add(document(u"a"_s, source));
        const qint64 otherId = *documents.add(document(u"b"_s, other));
        const qint64 reviewedId = *documents.add(document(u"c"_s, reviewed));
        const qint64 unrelatedId = *documents.add(document(u"d"_s, unrelated));
        QVERIFY(documents.setStatus(reviewedId, ReviewStatus::Reviewed, u"huda"_s).ok());
        QVERIFY(documents.setStatus(sourceId, ReviewStatus::InProgress, u"huda"_s).ok());

        Entity uae;
        uae.name = u"الإمارات"_s;
        uae.label = u"LOC"_s;
        const auto entityId = EntityStore(db).add(uae);
        QVERIFY2(entityId.ok(), qPrintable(entityId.error()));
        Annotation decision = annotationOf(sourceId, source, u"الإمارات"_s, u"LOC"_s, AnnotationStatus::Accepted);
        decision.entityId = *entityId;
        const auto decisionId = annotations.add(decision);
        QVERIFY(decisionId.ok());
        decision.id = *decisionId;

        auto inDocument = ner::Propagation::inDocument(db, decision);
        QVERIFY2(inDocument.ok(), qPrintable(inDocument.error()));
        QCOMPARE(inDocument->added, 1);
        QList<Annotation> stored = *annotations.forDocument(sourceId);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(spanText(source, stored.at(1)), u"الامارات"_s);
        QCOMPARE(stored.at(1).entityId, *entityId);
        QCOMPARE(toString(stored.at(1).status), toString(AnnotationStatus::Suggested));
        QCOMPARE(ner::Propagation::inDocument(db, decision)->added, 0);  // no duplicates

        QList<int> progress;
        auto corpus = ner::Propagation::acrossCorpus(db, decision, [&](int done, int total) {
            progress << done << total;
            return true;
        });
        QVERIFY2(corpus.ok(), qPrintable(corpus.error()));
        QCOMPARE(corpus->added, 1);
        QCOMPARE(corpus->documents, 1);
        QCOMPARE(progress, (QList<int>{3, 3}));  // three documents are not reviewed
        stored = *annotations.forDocument(otherId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(spanText(other, stored.first()), u"الإمارات"_s);
        QCOMPARE(stored.first().start, int(other.indexOf(u"والإمارات"_s)) + 1);
        QVERIFY(annotations.forDocument(reviewedId)->isEmpty());
        QVERIFY(annotations.forDocument(unrelatedId)->isEmpty());
        QCOMPARE(annotations.forDocument(sourceId)->size(), 2);
        QCOMPARE(ner::Propagation::acrossCorpus(db, decision)->added, 0);
    }
};

QTEST_GUILESS_MAIN(TestPropagation)
#include "test_propagation.moc"
