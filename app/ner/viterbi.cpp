#include "ner/viterbi.h"

#include <algorithm>
#include <cmath>
#include <vector>
#include <limits>

namespace alam::ner {

namespace {

constexpr float impossible = -std::numeric_limits<float>::infinity();

// Which moves are legal for a set of states: row 0 = sentence start, rows 1…tags = from each
// state, and a last row for the states a sentence may end in. Found once per thread and set of
// states, not for every sentence the tagger decodes.
const std::vector<char>& legalMoves(Transitions transitions)
{
    thread_local TagScheme scheme = TagScheme::Iob2;
    thread_local int tags = -1;
    thread_local std::vector<char> legal;
    if (tags == transitions.tagCount && scheme == transitions.scheme)
        return legal;
    tags = transitions.tagCount;
    scheme = transitions.scheme;
    const StateSet states = transitions.states();
    legal.resize(size_t(tags + 2) * tags);
    for (int from = -1; from < tags; ++from)
        for (int to = 0; to < tags; ++to)
            legal[size_t(from + 1) * tags + to] = from < 0 ? states.allowedFirst(to) : states.allowed(from, to);
    for (int last = 0; last < tags; ++last)
        legal[size_t(tags + 1) * tags + last] = states.allowedLast(last);
    return legal;
}

// The transition weights into a token with edge bits `combination`, illegal moves made
// impossible, in the rows of legalMoves (the last one 0 where a sentence may end).
void masked(Transitions transitions, quint8 combination, std::vector<float>& out)
{
    const std::vector<char>& legal = legalMoves(transitions);
    const int tags = transitions.tagCount;
    out.resize(legal.size());
    for (int from = -1; from < tags; ++from)
        for (int to = 0; to < tags; ++to) {
            const size_t k = size_t(from + 1) * tags + to;
            out[k] = legal[k] ? transitions.at(from, to, combination) : impossible;
        }
    for (size_t k = size_t(transitions.blockSize()); k < legal.size(); ++k)
        out[k] = legal[k] ? 0.0f : impossible;
}

// Per token (count ≥ 1), the masked moves into it (masked() of its edge bits), each combination
// found once per sentence. The pointers stay valid until the next call on the thread.
const std::vector<const float*>& movesOf(Transitions transitions, const quint8* edges, int count)
{
    thread_local std::vector<float> byCombination[edgeCombinations];
    thread_local std::vector<const float*> rows;
    bool ready[edgeCombinations] = {};
    rows.resize(size_t(count));
    const int mask = (1 << transitions.kinds) - 1;
    for (int i = 0; i < count; ++i) {
        const quint8 combination = edges ? quint8(edges[i] & mask) : 0;
        if (!ready[combination]) {
            masked(transitions, combination, byCombination[combination]);
            ready[combination] = true;
        }
        rows[size_t(i)] = byCombination[combination].data();
    }
    return rows;
}

// best[i][t]: best score of tags 0..i ending with t at i (emission at i included); moves[i]
// are the moves into token i.
void forward(const float* emissions, int count, const std::vector<const float*>& moves, int tags,
             std::vector<float>& best, std::vector<int>* back)
{
    best.assign(size_t(count) * size_t(tags), impossible);
    if (back)
        back->assign(size_t(count) * size_t(tags), 0);
    for (int t = 0; t < tags; ++t)
        best[t] = moves[0][t] + emissions[t];
    for (int i = 1; i < count; ++i) {
        const float* previous = best.data() + size_t(i - 1) * tags;
        const float* into = moves[size_t(i)];
        for (int t = 0; t < tags; ++t) {
            float top = impossible;
            int arg = 0;
            for (int p = 0; p < tags; ++p) {
                const float score = previous[p] + into[size_t(p + 1) * tags + t];
                if (score > top) {
                    top = score;
                    arg = p;
                }
            }
            best[size_t(i) * tags + t] = top + emissions[qsizetype(i) * tags + t];
            if (back)
                (*back)[size_t(i) * tags + t] = arg;
        }
    }
}

}  // namespace

QList<int> viterbi(const float* emissions, int count, Transitions transitions, const quint8* edges)
{
    QList<int> path(count, 0);
    if (count <= 0)
        return path;
    const int tags = transitions.tagCount;
    // Scratch kept per thread: the tagger decodes every sentence of a corpus.
    thread_local std::vector<float> best;
    thread_local std::vector<int> back;
    const std::vector<const float*>& moves = movesOf(transitions, edges, count);
    forward(emissions, count, moves, tags, best, &back);
    int tag = 0;
    const float* last = best.data() + size_t(count - 1) * tags;
    const float* ending = moves[0] + size_t(tags + 1) * tags;
    for (int t = 1; t < tags; ++t)
        if (last[t] + ending[t] > last[tag] + ending[tag])
            tag = t;
    for (int i = count - 1; i >= 0; --i) {
        path[i] = tag;
        tag = back[size_t(i) * tags + tag];
    }
    return path;
}

QList<float> confidences(const float* emissions, int count, Transitions transitions, const QList<int>& path,
                         float scale, bool namesOnly, const quint8* edges)
{
    QList<float> out(count, 1.0f);
    if (count <= 0)
        return out;
    const int tags = transitions.tagCount;
    thread_local std::vector<float> best;
    const std::vector<const float*>& moves = movesOf(transitions, edges, count);
    forward(emissions, count, moves, tags, best, nullptr);
    // after[i][t]: best score of tags i+1..end given t at i.
    QList<float> after(qsizetype(count) * tags, 0.0f);
    for (int t = 0; t < tags; ++t)
        after[qsizetype(count - 1) * tags + t] = moves[0][size_t(tags + 1) * tags + t];
    for (int i = count - 2; i >= 0; --i)
        for (int t = 0; t < tags; ++t) {
            float top = impossible;
            for (int n = 0; n < tags; ++n)
                top = std::max(top, moves[size_t(i + 1)][size_t(t + 1) * tags + n]
                                        + emissions[qsizetype(i + 1) * tags + n]
                                        + after[qsizetype(i + 1) * tags + n]);
            after[qsizetype(i) * tags + t] = top;
        }
    for (int i = 0; i < count; ++i) {
        if (namesOnly && path[i] == 0)
            continue;
        const qsizetype row = qsizetype(i) * tags;
        const float chosen = best[row + path[i]] + after[row + path[i]];
        const float inverse = 1.0f / std::max(scale, 1e-6f);
        float sum = 0;
        for (int t = 0; t < tags; ++t) {
            const float z = (best[row + t] + after[row + t] - chosen) * inverse;
            if (z > -30.0f)  // also skips impossible tags; exp(−30) does not change the sum
                sum += std::exp(z);
        }
        out[i] = sum > 0 ? 1.0f / sum : 1.0f;
    }
    return out;
}

}  // namespace alam::ner
