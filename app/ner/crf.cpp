#include "ner/hashing.h"
#include "ner/learners.h"
#include "ner/viterbi.h"

#include <algorithm>
#include <cmath>

namespace alam::ner {

namespace {

// Weights kept as scale × values, so the L2 decay of every weight is one multiplication.
struct ScaledWeights {
    std::vector<double> values;
    double scale = 1.0;
    double at(size_t i) const { return scale * values[i]; }
    void decay(double factor)
    {
        scale *= factor;
        if (scale < 1e-9) {
            for (double& v : values)
                v *= scale;
            scale = 1.0;
        }
    }
    void add(size_t i, double delta) { values[i] += delta / scale; }
};

// Marginals of one sentence under the current weights: per token and tag, and per token and
// (previous tag, tag) pair; illegal transitions and endings have probability 0. The moves into
// token i are the base transitions plus the blocks of the edge kinds of edges[i] (viterbi.h).
class Marginals final {
public:
    void compute(const std::vector<double>& emissions, int count, const StateSet& states,
                 const ScaledWeights& transitions, const quint8* edges)
    {
        const int tags = states.count();
        const size_t block = size_t(tags + 1) * tags;
        m_count = count;
        m_tags = tags;
        // exp of the moves (row 0 = start) per combination of edge bits in the sentence, 0 where illegal
        bool ready[edgeCombinations] = {};
        m_into.resize(size_t(count));
        for (int i = 0; i < count; ++i) {
            const int combination = edges[i];
            std::vector<double>& moves = m_byCombination[combination];
            if (!ready[combination]) {
                ready[combination] = true;
                moves.assign(block, 0.0);
                for (int from = -1; from < tags; ++from)
                    for (int to = 0; to < tags; ++to) {
                        const bool legal = from < 0 ? states.allowedFirst(to) : states.allowed(from, to);
                        if (!legal)
                            continue;
                        double weight = 0;
                        forEachMoveWeight(tags, edgeKinds, from, to, quint8(combination),
                                          [&](size_t k) { weight += transitions.at(k); });
                        moves[size_t(from + 1) * tags + to] = std::exp(weight);
                    }
            }
            m_into[size_t(i)] = moves.data();
        }
        // exp of emissions, shifted per token by their maximum (marginals do not change)
        m_emissions.resize(size_t(count) * tags);
        for (int i = 0; i < count; ++i) {
            const double* row = emissions.data() + size_t(i) * tags;
            const double top = *std::max_element(row, row + tags);
            for (int t = 0; t < tags; ++t)
                m_emissions[size_t(i) * tags + t] = std::exp(row[t] - top);
        }
        m_forward.assign(size_t(count) * tags, 0.0);
        m_backward.assign(size_t(count) * tags, 0.0);
        for (int t = 0; t < tags; ++t)
            m_forward[t] = m_into[0][t] * m_emissions[t];
        normalise(m_forward.data());
        for (int i = 1; i < count; ++i) {
            const double* into = m_into[size_t(i)];
            for (int b = 0; b < tags; ++b) {
                double sum = 0;
                for (int a = 0; a < tags; ++a)
                    sum += m_forward[size_t(i - 1) * tags + a] * into[size_t(a + 1) * tags + b];
                m_forward[size_t(i) * tags + b] = sum * m_emissions[size_t(i) * tags + b];
            }
            normalise(m_forward.data() + size_t(i) * tags);
        }
        for (int t = 0; t < tags; ++t)
            m_backward[size_t(count - 1) * tags + t] = states.allowedLast(t) ? 1.0 : 0.0;
        for (int i = count - 2; i >= 0; --i) {
            const double* into = m_into[size_t(i + 1)];
            for (int a = 0; a < tags; ++a) {
                double sum = 0;
                for (int b = 0; b < tags; ++b)
                    sum += into[size_t(a + 1) * tags + b] * m_emissions[size_t(i + 1) * tags + b]
                           * m_backward[size_t(i + 1) * tags + b];
                m_backward[size_t(i) * tags + a] = sum;
            }
            normalise(m_backward.data() + size_t(i) * tags);
        }
    }

    // p(tag at i), normalised per token
    void token(int i, double* out) const
    {
        for (int t = 0; t < m_tags; ++t)
            out[t] = m_forward[size_t(i) * m_tags + t] * m_backward[size_t(i) * m_tags + t];
        normalise(out);
    }

    // p(previous tag a, tag b at i) for i ≥ 1, as a tags × tags table
    void pair(int i, double* out) const
    {
        double sum = 0;
        const double* into = m_into[size_t(i)];
        for (int a = 0; a < m_tags; ++a)
            for (int b = 0; b < m_tags; ++b) {
                const double p = m_forward[size_t(i - 1) * m_tags + a] * into[size_t(a + 1) * m_tags + b]
                                 * m_emissions[size_t(i) * m_tags + b] * m_backward[size_t(i) * m_tags + b];
                out[a * m_tags + b] = p;
                sum += p;
            }
        for (int k = 0; k < m_tags * m_tags; ++k)
            out[k] = sum > 0 ? out[k] / sum : 0;
    }

private:
    void normalise(double* row) const
    {
        double sum = 0;
        for (int t = 0; t < m_tags; ++t)
            sum += row[t];
        if (sum > 0)
            for (int t = 0; t < m_tags; ++t)
                row[t] /= sum;
    }

    int m_count = 0;
    int m_tags = 0;
    std::vector<double> m_byCombination[edgeCombinations];
    std::vector<const double*> m_into;  // per token, the exp of the moves into it
    std::vector<double> m_emissions, m_forward, m_backward;
};

constexpr int prefetchAhead = 12;

}  // namespace

bool learnCrf(const EncodedCorpus& corpus, const StateSet& states, const TrainOptions& options,
              std::vector<float>& weightsOut, std::vector<float>& transitionsOut)
{
    const int tags = states.count();
    const size_t sentenceCount = corpus.sentenceCount();
    ScaledWeights weights, transitions;
    weights.values.assign(corpus.keys.size() * size_t(tags), 0.0);
    transitions.values.assign((1 + edgeKinds) * size_t(tags + 1) * tags, 0.0);
    std::vector<int> order(sentenceCount);
    for (size_t s = 0; s < sentenceCount; ++s)
        order[s] = int(s);
    SplitMix random(options.seed);
    Marginals marginals;
    std::vector<char> keep;  // per feature of the sentence: seen in this step
    std::vector<double> emissions, tokenMarginal(tags), pairMarginal(size_t(tags) * tags);
    std::vector<double> rowChange(tags);
    const double perSentenceL2 = options.l2 / double(std::max<size_t>(1, sentenceCount));
    double step = 0;
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        for (size_t s = sentenceCount; s > 1; --s)
            std::swap(order[s - 1], order[random.below(s)]);
        for (size_t n = 0; n < sentenceCount; ++n) {
            const int s = order[n];
            step = options.learningRate / (1.0 + (double(epoch) + double(n) / double(sentenceCount)));
            const int first = corpus.sentenceBegin[s];
            const int count = corpus.sentenceBegin[s + 1] - first;
            emissions.assign(size_t(count) * tags, 0.0);
            // Dropout: this step sees each feature with probability 1 − dropout, so the model
            // does not lean on one word's identity when its neighbours and affixes also tell.
            const int firstKey = corpus.tokenBegin[first], endKey = corpus.tokenBegin[first + count];
            keep.assign(size_t(endKey - firstKey), 1);
            if (options.dropout > 0)
                for (char& kept : keep)
                    kept = double(random.next() >> 11) * 0x1.0p-53 >= options.dropout;
            // The token's row of emissions aliases no weight (__restrict), so the compiler keeps
            // the tags in vector registers instead of storing and reloading each one per feature.
            const double scale = weights.scale;
            for (int i = 0; i < count; ++i) {
                double* __restrict sum = emissions.data() + size_t(i) * tags;
                for (int k = corpus.tokenBegin[first + i]; k < corpus.tokenBegin[first + i + 1]; ++k) {
                    // The rows are scattered over a table larger than the cache: ask for the
                    // ones a few features ahead while this one is summed.
                    if (k + prefetchAhead < endKey)
                        __builtin_prefetch(weights.values.data() + size_t(corpus.ids[k + prefetchAhead]) * tags);
                    if (!keep[size_t(k - firstKey)])
                        continue;
                    const double* __restrict row = weights.values.data() + size_t(corpus.ids[k]) * tags;
                    for (int t = 0; t < tags; ++t)
                        sum[t] += scale * row[t];
                }
            }
            const quint8* edges = corpus.edges.data() + first;
            marginals.compute(emissions, count, states, transitions, edges);
            weights.decay(1.0 - step * perSentenceL2);
            transitions.decay(1.0 - step * perSentenceL2);
            const int* gold = corpus.tags.data() + first;
            for (int i = 0; i < count; ++i) {
                marginals.token(i, tokenMarginal.data());
                // Every feature of the token gets the same change, stored divided by the scale
                // (ScaledWeights::add): divided once here, not once per feature.
                double* __restrict change = rowChange.data();
                for (int t = 0; t < tags; ++t)
                    change[t] = step * ((t == gold[i]) - tokenMarginal[t]) / weights.scale;
                for (int k = corpus.tokenBegin[first + i]; k < corpus.tokenBegin[first + i + 1]; ++k) {
                    if (!keep[size_t(k - firstKey)])
                        continue;
                    double* __restrict row = weights.values.data() + size_t(corpus.ids[k]) * tags;
                    for (int t = 0; t < tags; ++t)
                        row[t] += change[t];
                }
                // The move into the token: the base block and the blocks of its edge kinds.
                const auto addMove = [&](int from, int to, double change) {
                    forEachMoveWeight(tags, edgeKinds, from, to, edges[i],
                                      [&](size_t k) { transitions.add(k, change); });
                };
                if (i == 0) {
                    for (int t = 0; t < tags; ++t)
                        addMove(-1, t, step * ((t == gold[0]) - tokenMarginal[t]));
                    continue;
                }
                marginals.pair(i, pairMarginal.data());
                for (int a = 0; a < tags; ++a)
                    for (int b = 0; b < tags; ++b)
                        addMove(a, b, step * ((a == gold[i - 1] && b == gold[i]) - pairMarginal[size_t(a) * tags + b]));
            }
        }
        if (options.progress && !options.progress(epoch + 1, options.epochs))
            return false;
    }
    weightsOut.resize(weights.values.size());
    for (size_t i = 0; i < weights.values.size(); ++i)
        weightsOut[i] = float(weights.at(i));
    transitionsOut.resize(transitions.values.size());
    for (size_t i = 0; i < transitions.values.size(); ++i)
        transitionsOut[i] = float(transitions.at(i));
    return true;
}

}  // namespace alam::ner
