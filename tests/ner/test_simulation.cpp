// The simulated analyst's action counts on hand-made suggestion/gold pairs, and a whole run on
// the tiny corpus where learning must not cost more actions than not learning.
#include "ner/simulation.h"
#include "nertestutil.h"

#include <QTest>

using namespace alam;
using namespace alam::nertest;

class TestSimulation final : public QObject {
    Q_OBJECT

private slots:
    void actionsOfOneSentence()
    {
        using S = ner::LabelledSpan;
        const QList<S> gold = {{0, 2, u"PERS"_s}, {3, 4, u"LOC"_s}, {5, 7, u"ORG"_s}, {8, 9, u"LOC"_s}};
        const QList<S> suggested = {
            {0, 2, u"PERS"_s},   // correct: accept
            {3, 4, u"ORG"_s},    // right bounds, wrong type: one fix
            {5, 6, u"LOC"_s},    // overlaps ORG: bounds and type, two fixes
            {10, 11, u"MISC"_s}, // nothing there: reject
        };
        const ner::ReviewActions actions = ner::reviewActions(suggested, gold);
        QCOMPARE(actions.goldEntities, 4);
        QCOMPARE(actions.accepted, 1);
        QCOMPARE(actions.fixedType, 2);
        QCOMPARE(actions.fixedBounds, 1);
        QCOMPARE(actions.rejected, 1);
        QCOMPARE(actions.added, 1);  // the LOC at 8 was missed
        QCOMPARE(actions.total(), 6);
        QCOMPARE(actions.per100(), 150.0);

        // Two suggestions over one gold span: one is fixed, the other rejected.
        const ner::ReviewActions split = ner::reviewActions({{0, 1, u"PERS"_s}, {1, 2, u"PERS"_s}}, {{0, 2, u"PERS"_s}});
        QCOMPARE(split.fixedBounds, 1);
        QCOMPARE(split.rejected, 1);
        QCOMPARE(split.added, 0);
        // Nothing suggested: every entity is added by hand, 100 actions per 100.
        QCOMPARE(ner::reviewActions({}, gold).per100(), 100.0);
    }

    void wholeRunInThirds()
    {
        auto tagger = tinyTagger(3);
        QVERIFY(tagger.has_value());
        QList<ner::TaggedSentence> gold = tinyCorpus();
        gold += tinyCorpus();
        gold += tinyCorpus();  // 24 sentences: 12 documents of two
        ner::SimulationOptions options;
        options.sentencesPerDocument = 2;
        const ner::SimulationReport off = ner::simulateReview(*tagger, gold, options);
        QCOMPARE(off.documents.size(), 12);
        QCOMPARE(off.thirdDocuments[0] + off.thirdDocuments[1] + off.thirdDocuments[2], 12);
        QCOMPARE(off.thirdDocuments[0], 4);
        int goldSpans = 0;
        for (const ner::TaggedSentence& s : gold)
            goldSpans += int(ner::spansOf(s.labels).size());
        QCOMPARE(off.total.goldEntities, goldSpans);
        QCOMPARE(off.learningSteps, 0);
        QCOMPARE(off.total.documents, 12);
        // "Accept all remaining" takes the correct suggestions of a document in one action.
        QVERIFY(off.total.documentsWithAccepts > 0);
        QCOMPARE(off.total.totalWithAcceptAll(),
                 off.total.total() - off.total.accepted + off.total.documentsWithAccepts);

        options.learn = true;
        const ner::SimulationReport on = ner::simulateReview(*tagger, gold, options);
        QCOMPARE(on.learningSteps, 24);
        // The last third repeats what was learned from: learning cannot make it worse here.
        QVERIFY2(on.thirds[2].total() <= off.thirds[2].total(),
                 qPrintable(u"%1 > %2"_s.arg(on.thirds[2].total()).arg(off.thirds[2].total())));
        QCOMPARE(on.thirds[2].accepted, on.thirds[2].goldEntities);
    }
};

QTEST_GUILESS_MAIN(TestSimulation)
#include "test_simulation.moc"
