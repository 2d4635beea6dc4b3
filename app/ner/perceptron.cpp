#include "ner/hashing.h"
#include "ner/learners.h"
#include "ner/viterbi.h"

namespace alam::ner {

namespace {

// Weights with the running sums that give their average: average = w − u / c, where u sums
// c × each change and c counts the sentences seen (Daumé's trick).
struct AveragedWeights {
    std::vector<float> current;
    std::vector<double> timed;
    void resize(size_t size) { current.assign(size, 0.0f); timed.assign(size, 0.0); }
    void add(size_t index, float delta, double clock)
    {
        current[index] += delta;
        timed[index] += clock * delta;
    }
    std::vector<float> averages(double clock) const
    {
        std::vector<float> out(current.size());
        for (size_t i = 0; i < current.size(); ++i)
            out[i] = float(current[i] - timed[i] / clock);
        return out;
    }
};

}  // namespace

bool learnPerceptron(const EncodedCorpus& corpus, const StateSet& states, const TrainOptions& options,
                     std::vector<float>& weightsOut, std::vector<float>& transitionsOut)
{
    const int tags = states.count();
    const size_t sentenceCount = corpus.sentenceCount();
    AveragedWeights weights, transitions;
    weights.resize(corpus.keys.size() * size_t(tags));
    transitions.resize((1 + edgeKinds) * size_t(tags + 1) * size_t(tags));
    std::vector<int> order(sentenceCount);
    for (size_t s = 0; s < sentenceCount; ++s)
        order[s] = int(s);
    SplitMix random(options.seed);
    std::vector<float> emissions;
    double clock = 1;
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        for (size_t s = sentenceCount; s > 1; --s)
            std::swap(order[s - 1], order[random.below(s)]);
        for (int s : order) {
            const int first = corpus.sentenceBegin[s];
            const int count = corpus.sentenceBegin[s + 1] - first;
            emissions.assign(size_t(count) * tags, 0.0f);
            for (int i = 0; i < count; ++i) {
                float* row = emissions.data() + size_t(i) * tags;
                for (int k = corpus.tokenBegin[first + i]; k < corpus.tokenBegin[first + i + 1]; ++k) {
                    const float* w = weights.current.data() + size_t(corpus.ids[k]) * tags;
                    for (int t = 0; t < tags; ++t)
                        row[t] += w[t];
                }
            }
            const quint8* edges = corpus.edges.data() + first;
            const QList<int> guess =
                viterbi(emissions.data(), count, {transitions.current.data(), tags, states.scheme(), edgeKinds}, edges);
            // A move into token i also changes the blocks of the token's edge kinds.
            const auto addMove = [&](int i, int from, int to, float delta) {
                forEachMoveWeight(tags, edgeKinds, from, to, edges[i],
                                  [&](size_t k) { transitions.add(k, delta, clock); });
            };
            const int* gold = corpus.tags.data() + first;
            for (int i = 0; i < count; ++i) {
                const int previousGold = i > 0 ? gold[i - 1] : -1;
                const int previousGuess = i > 0 ? guess[i - 1] : -1;
                if (gold[i] != guess[i] || previousGold != previousGuess) {
                    addMove(i, previousGold, gold[i], 1.0f);
                    addMove(i, previousGuess, guess[i], -1.0f);
                }
                if (gold[i] == guess[i])
                    continue;
                for (int k = corpus.tokenBegin[first + i]; k < corpus.tokenBegin[first + i + 1]; ++k) {
                    const size_t row = size_t(corpus.ids[k]) * tags;
                    weights.add(row + gold[i], 1.0f, clock);
                    weights.add(row + guess[i], -1.0f, clock);
                }
            }
            clock += 1;
        }
        if (options.progress && !options.progress(epoch + 1, options.epochs))
            return false;
    }
    weightsOut = weights.averages(clock);
    transitionsOut = transitions.averages(clock);
    return true;
}

}  // namespace alam::ner
