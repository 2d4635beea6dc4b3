#pragma once
// First-order Viterbi decoding over a model's states (tagscheme.h) with illegal transitions
// masked (in IOB2, I-X only after B-X or I-X), and max-marginal confidences.
#include "ner/tagscheme.h"

#include <QList>

namespace alam::ner {

// Edge kinds: properties of a token (WordFeatures::edges, one bit each) that add weights of
// their own to the moves into it from a name into a name, so a و before a word can tell two
// coordinated names (عنان وصبري) from one. The learners train no other edge weights (they stay
// 0). Mean CV over 3 seeds (bench_ner --cv 5): 80.11 without; the و on moves between names:
// 80.35 (80.45 / 80.17 / 80.43); on every move: 80.37 (80.34 / 80.35 / 80.42); on moves into
// PERS: 80.36. On every move with also «hunspell knows the word» and «a name list holds it»
// as kinds: 79.96; on moves between names with also «hunspell knows the word»: 80.33 (80.38 /
// 80.51 / 80.09).
constexpr int edgeKinds = 1;
constexpr int edgeCombinations = 1 << edgeKinds;
// Whether edge weights may weigh the move from → to (from −1: sentence start; state 0 is O).
constexpr bool edgeWeighted(int from, int to) { return from > 0 && to > 0; }

// The weights that make up the move from → to into a token with edge bits `edges`, as offsets
// into transition weights laid out as Transitions::weights (base block, then one per edge kind):
// the base move first, then the block of each kind the token has, where edgeWeighted allows.
// Decoding sums them and the learners change them, so both read the same rule from here.
template <typename Visit>
void forEachMoveWeight(int tagCount, int kinds, int from, int to, quint8 edges, Visit&& visit)
{
    const size_t block = size_t(tagCount + 1) * size_t(tagCount);
    const size_t move = size_t(from + 1) * size_t(tagCount) + size_t(to);
    visit(move);
    if (!edges || !edgeWeighted(from, to))
        return;
    for (int kind = 0; kind < kinds; ++kind)
        if (edges & (1u << kind))
            visit(size_t(kind + 1) * block + move);
}

struct Transitions {
    // (tagCount + 1) × tagCount, row 0 = sentence start; then `kinds` more blocks of that size,
    // the weights that edge kind k adds into tokens that have it.
    const float* weights = nullptr;
    int tagCount = 0;  // states
    TagScheme scheme = TagScheme::Iob2;
    int kinds = 0;
    int blockSize() const { return (tagCount + 1) * tagCount; }
    float at(int from, int to) const { return weights[(from + 1) * tagCount + to]; }
    // The move into a token whose edge bits are `edges`.
    float at(int from, int to, quint8 edges) const
    {
        float sum = 0;
        forEachMoveWeight(tagCount, kinds, from, to, edges, [&](size_t k) { sum += weights[k]; });
        return sum;
    }
    StateSet states() const { return StateSet::ofCount(scheme, tagCount); }
};

// emissions: count × tagCount scores, row-major; `edges` (count values, or none) the tokens'
// edge bits. Returns the best legal sequence of states.
// (Decoding the best legal path through the tokens' marginal probabilities instead, for the
// expected number of right tags: CV 80.00 against 80.06 at the default seed.)
QList<int> viterbi(const float* emissions, int count, Transitions transitions, const quint8* edges = nullptr);

// For each token, how much the best path beats paths that give the token another tag:
// softmax over the best score of a path through each tag, at the chosen tag.
// `scale` divides scores first (a temperature: perceptron scores are not log-probabilities).
// `namesOnly`: tokens the path tags O get 1 without computing (spans need only the others).
QList<float> confidences(const float* emissions, int count, Transitions transitions,
                         const QList<int>& path, float scale = 1.0f, bool namesOnly = false,
                         const quint8* edges = nullptr);

}  // namespace alam::ner
