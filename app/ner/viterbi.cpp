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

// The transition weights with illegal moves made impossible, in the rows of legalMoves (the
// last one 0 where a sentence may end). Written into `out`, which a caller keeps between
// sentences to spare an allocation each.
void masked(Transitions transitions, std::vector<float>& out)
{
    const std::vector<char>& legal = legalMoves(transitions);
    const size_t moves = size_t(transitions.tagCount + 1) * size_t(transitions.tagCount);
    out.resize(legal.size());
    for (size_t k = 0; k < legal.size(); ++k)
        out[k] = !legal[k] ? impossible : k < moves ? transitions.weights[k] : 0.0f;
}

// best[i][t]: best score of tags 0..i ending with t at i (emission at i included).
void forward(const float* emissions, int count, const std::vector<float>& moves, int tags, std::vector<float>& best,
             std::vector<int>* back)
{
    best.assign(size_t(count) * size_t(tags), impossible);
    if (back)
        back->assign(size_t(count) * size_t(tags), 0);
    for (int t = 0; t < tags; ++t)
        best[t] = moves[t] + emissions[t];
    for (int i = 1; i < count; ++i) {
        const float* previous = best.data() + size_t(i - 1) * tags;
        for (int t = 0; t < tags; ++t) {
            float top = impossible;
            int arg = 0;
            for (int p = 0; p < tags; ++p) {
                const float score = previous[p] + moves[size_t(p + 1) * tags + t];
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

QList<int> viterbi(const float* emissions, int count, Transitions transitions)
{
    QList<int> path(count, 0);
    if (count <= 0)
        return path;
    const int tags = transitions.tagCount;
    // Scratch kept per thread: the tagger decodes every sentence of a corpus.
    thread_local std::vector<float> moves, best;
    thread_local std::vector<int> back;
    masked(transitions, moves);
    forward(emissions, count, moves, tags, best, &back);
    int tag = 0;
    const float* last = best.data() + size_t(count - 1) * tags;
    const float* ending = moves.data() + size_t(tags + 1) * tags;
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
                         float scale, bool namesOnly)
{
    QList<float> out(count, 1.0f);
    if (count <= 0)
        return out;
    const int tags = transitions.tagCount;
    thread_local std::vector<float> moves, best;
    masked(transitions, moves);
    forward(emissions, count, moves, tags, best, nullptr);
    // after[i][t]: best score of tags i+1..end given t at i.
    QList<float> after(qsizetype(count) * tags, 0.0f);
    for (int t = 0; t < tags; ++t)
        after[qsizetype(count - 1) * tags + t] = moves[size_t(tags + 1) * tags + t];
    for (int i = count - 2; i >= 0; --i)
        for (int t = 0; t < tags; ++t) {
            float top = impossible;
            for (int n = 0; n < tags; ++n)
                top = std::max(top, moves[size_t(t + 1) * tags + n]
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
