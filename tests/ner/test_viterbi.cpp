// Viterbi against brute force over every legal IOB2 sequence, on small random cases.
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

float pathScore(const std::vector<float>& emissions, Transitions transitions, const QList<int>& path)
{
    float score = 0;
    for (int i = 0; i < path.size(); ++i)
        score += emissions[size_t(i) * transitions.tagCount + path[i]] + transitions.at(i ? path[i - 1] : -1, path[i]);
    return score;
}

bool legal(const QList<int>& path)
{
    for (int i = 0; i < path.size(); ++i)
        if (i == 0 ? !LabelSet::allowedFirst(path[i]) : !LabelSet::allowed(path[i - 1], path[i]))
            return false;
    return true;
}

}  // namespace

class TestNerViterbi final : public QObject {
    Q_OBJECT

private slots:
    void matchesBruteForce()
    {
        const LabelSet labels({u"PERS"_s, u"LOC"_s});  // O, B-PERS, I-PERS, B-LOC, I-LOC
        const int tags = labels.tagCount();
        SplitMix random(7);
        const auto uniform = [&random] { return float(double(random.next() >> 11) * 0x1p-53 * 4.0 - 2.0); };
        for (int trial = 0; trial < 200; ++trial) {
            const int count = 1 + trial % 5;
            std::vector<float> emissions(size_t(count) * tags), weights(size_t(tags + 1) * tags);
            for (float& e : emissions)
                e = uniform();
            for (float& w : weights)
                w = uniform();
            const Transitions transitions{weights.data(), tags};
            // every sequence of tags, legal ones only
            float best = -std::numeric_limits<float>::infinity();
            QList<int> path(count, 0);
            int total = 1;
            for (int i = 0; i < count; ++i)
                total *= tags;
            for (int code = 0; code < total; ++code) {
                for (int i = 0, c = code; i < count; ++i, c /= tags)
                    path[i] = c % tags;
                if (legal(path))
                    best = std::max(best, pathScore(emissions, transitions, path));
            }
            const QList<int> decoded = viterbi(emissions.data(), count, transitions);
            QVERIFY(legal(decoded));
            QVERIFY2(std::fabs(pathScore(emissions, transitions, decoded) - best) < 1e-4f,
                     qPrintable(u"trial %1"_s.arg(trial)));
            for (float confidence : confidences(emissions.data(), count, transitions, decoded))
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

    void emptySentence()
    {
        const std::vector<float> weights(3 * 3, 0.0f);
        QVERIFY(viterbi(nullptr, 0, {weights.data(), 3}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNerViterbi)
#include "test_viterbi.moc"
