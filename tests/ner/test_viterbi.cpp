// Viterbi against brute force over every legal sequence of IOB2 or BIOES states, on small
// random cases, with and without edge weights; BIOES states to IOB2 tags and back.
#include "ner/features.h"
#include "ner/hashing.h"
#include "ner/labelset.h"
#include "ner/viterbi.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace alam::ner;

namespace {

float pathScore(const std::vector<float>& emissions, Transitions transitions, const QList<int>& path,
                const std::vector<quint8>& edges)
{
    float score = 0;
    for (int i = 0; i < path.size(); ++i)
        score += emissions[size_t(i) * transitions.tagCount + path[i]]
                 + transitions.at(i ? path[i - 1] : -1, path[i], edges[size_t(i)]);
    return score;
}

bool legal(const QList<int>& path, const StateSet& states)
{
    for (int i = 0; i < path.size(); ++i)
        if (i == 0 ? !states.allowedFirst(path[i]) : !states.allowed(path[i - 1], path[i]))
            return false;
    return path.isEmpty() || states.allowedLast(path.back());
}

}  // namespace

class TestNerViterbi final : public QObject {
    Q_OBJECT

private slots:
    void matchesBruteForce_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<bool>("withEdges");
        QTest::newRow("IOB2") << int(TagScheme::Iob2) << false;
        QTest::newRow("BIOES") << int(TagScheme::Bioes) << false;
        QTest::newRow("IOB2, edge weights") << int(TagScheme::Iob2) << true;
        QTest::newRow("BIOES, edge weights") << int(TagScheme::Bioes) << true;
    }

    void matchesBruteForce()
    {
        QFETCH(int, scheme);
        QFETCH(bool, withEdges);
        const int kinds = withEdges ? edgeKinds : 0;
        // Two types: O, B-PERS, I-PERS, B-LOC, I-LOC (and E-, S- in BIOES)
        const StateSet states(TagScheme(scheme), 2);
        const int tags = states.count();
        QCOMPARE(tags, scheme == int(TagScheme::Iob2) ? 5 : 9);
        SplitMix random(7);
        const auto uniform = [&random] { return float(double(random.next() >> 11) * 0x1p-53 * 4.0 - 2.0); };
        for (int trial = 0; trial < 200; ++trial) {
            const int count = 1 + trial % (tags > 5 ? 4 : 5);
            std::vector<float> emissions(size_t(count) * tags), weights(size_t(1 + kinds) * (tags + 1) * tags);
            std::vector<quint8> edges(size_t(count), 0);
            for (float& e : emissions)
                e = uniform();
            for (float& w : weights)
                w = uniform();
            if (withEdges)
                for (quint8& e : edges)
                    e = quint8(random.below(edgeCombinations));
            const Transitions transitions{weights.data(), tags, states.scheme(), kinds};
            // every sequence of tags, legal ones only
            float best = -std::numeric_limits<float>::infinity();
            QList<int> path(count, 0);
            int total = 1;
            for (int i = 0; i < count; ++i)
                total *= tags;
            for (int code = 0; code < total; ++code) {
                for (int i = 0, c = code; i < count; ++i, c /= tags)
                    path[i] = c % tags;
                if (legal(path, states))
                    best = std::max(best, pathScore(emissions, transitions, path, edges));
            }
            const QList<int> decoded = viterbi(emissions.data(), count, transitions, edges.data());
            QVERIFY(legal(decoded, states));
            QVERIFY2(std::fabs(pathScore(emissions, transitions, decoded, edges) - best) < 1e-4f,
                     qPrintable(u"trial %1"_s.arg(trial)));
            for (float confidence : confidences(emissions.data(), count, transitions, decoded, 1.0f, false, edges.data()))
                QVERIFY(confidence > 0.0f && confidence <= 1.0f);
        }
    }

    void neverInsideAfterOutside()
    {
        // I-PERS scores highest everywhere, yet it may only follow B-PERS.
        const int tags = LabelSet({u"PERS"_s}).tagCount();  // O, B-PERS, I-PERS
        const std::vector<float> emissions{0, 1, 5, 0, 1, 5, 0, 1, 5};
        const std::vector<float> weights(size_t(tags + 1) * tags, 0.0f);
        QCOMPARE(viterbi(emissions.data(), 3, {weights.data(), tags}), (QList<int>{1, 2, 2}));
    }

    void bioesEndsEveryName()
    {
        // B-PERS scores highest at the last token, yet a BIOES path cannot end inside a name.
        const StateSet states(TagScheme::Bioes, 1);  // O, B, I, E, S of PERS
        const std::vector<float> emissions{0, 0, 0, 0, 3, 2, 9, 0, 0, 1};
        const std::vector<float> weights(size_t(states.count() + 1) * states.count(), 0.0f);
        const QList<int> path = viterbi(emissions.data(), 2, {weights.data(), states.count(), TagScheme::Bioes});
        QCOMPARE(path, (QList<int>{4, 0}));  // S-PERS, O
        QCOMPARE(states.tagsOf(path), (QList<int>{LabelSet::beginTag(0), 0}));
    }

    void bioesStatesRoundTrip()
    {
        const LabelSet labels({u"PERS"_s, u"LOC"_s});
        QList<int> tags;
        for (const QString& name : {u"B-PERS"_s, u"I-PERS"_s, u"O"_s, u"B-LOC"_s, u"B-LOC"_s, u"I-LOC"_s, u"I-LOC"_s,
                                    u"B-PERS"_s})
            tags.append(labels.tagOf(name));
        const StateSet states(TagScheme::Bioes, 2);
        // B-PERS E-PERS O S-LOC B-LOC I-LOC E-LOC S-PERS
        const QList<int> expected{1, 3, 0, 8, 5, 6, 7, 4};
        QCOMPARE(states.statesOf(tags), expected);
        QCOMPARE(states.tagsOf(expected), tags);
        const StateSet iob2(TagScheme::Iob2, 2);
        QCOMPARE(iob2.statesOf(tags), tags);
    }

    void confidenceFollowsTheMargin()
    {
        const int tags = LabelSet({u"PERS"_s}).tagCount();
        const std::vector<float> weights(size_t(tags + 1) * tags, 0.0f);
        const std::vector<float> clear{9, 0, 0};
        const std::vector<float> close{1, 0.9f, 0};
        const QList<int> path{0};
        QVERIFY(confidences(clear.data(), 1, {weights.data(), tags}, path).first() > 0.99f);
        const float unsure = confidences(close.data(), 1, {weights.data(), tags}, path).first();
        QVERIFY(unsure > 0.3f && unsure < 0.6f);
        // a larger scale flattens the confidence
        QVERIFY(confidences(clear.data(), 1, {weights.data(), tags}, path, 32.0f).first() < 0.7f);
    }

    void edgeWeightsSplitCoordinatedNames()
    {
        // O, B-PERS, I-PERS. The second token's emissions favour I-PERS a little; a و on it
        // (edge bit set) adds weight to I-PERS → B-PERS and takes it from I-PERS → I-PERS.
        const int tags = LabelSet({u"PERS"_s}).tagCount();
        const int block = (tags + 1) * tags;
        std::vector<float> weights(size_t(1 + edgeKinds) * block, 0.0f);
        weights[size_t(block) + (1 + 1) * tags + 1] = 2.0f;   // after B-PERS, into B-PERS
        weights[size_t(block) + (1 + 1) * tags + 2] = -2.0f;  // after B-PERS, into I-PERS
        const std::vector<float> emissions{0, 5, 0, 0, 2, 3};
        const Transitions transitions{weights.data(), tags, TagScheme::Iob2, edgeKinds};
        const std::vector<quint8> plain{0, 0}, coordinated{0, AfterAnd};
        QCOMPARE(viterbi(emissions.data(), 2, transitions, plain.data()), (QList<int>{1, 2}));
        QCOMPARE(viterbi(emissions.data(), 2, transitions, coordinated.data()), (QList<int>{1, 1}));
        QCOMPARE(viterbi(emissions.data(), 2, transitions), (QList<int>{1, 2}));  // no edges given
    }

    void emptySentence()
    {
        const std::vector<float> weights(3 * 3, 0.0f);
        QVERIFY(viterbi(nullptr, 0, {weights.data(), 3}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNerViterbi)
#include "test_viterbi.moc"
