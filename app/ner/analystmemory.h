#pragma once
// What the tagger learns from the analyst's reviews: one small row of weights per word (by its
// matching form), kept as rows of their own in the model's weight table, so the learned model
// file keeps them with no format change, and added to the model's scores at tagging.
// The trained weights, the bias and the transitions are never changed online: the averaged
// weights are about 1/T of the raw perceptron sums, so a raw ±1 step on every feature was huge
// and moved every token (one document's missed places pushed all words towards B-LOC).
#include "ner/scorer.h"

#include <QList>
#include <QStringList>
#include <vector>

namespace alam::ner {

// Adds the memory's weights of every token's word (`words`: the tokens' features, as
// Scorer::emissions gives them) to `emissions` (tokens × tags).
void addAnalystMemory(const Scorer& scorer, const Scorer::Words& words, std::vector<float>& emissions);

class AnalystMemory final {
public:
    explicit AnalystMemory(Scorer& scorer) : m_scorer(scorer) {}

    // One sentence: for each token whose guess differs from gold, the analyst's tag of its word
    // gains on the guessed tag a step in the scale of the model's scores (stepShare × the
    // confidence scale, times the rate), plus `repeatShare` of what the memory already gave it:
    // a correction repeated for the same word grows, so it wins in the end. Measured on
    // ANERcorp's held-out sixth (alam simulate), steps that close the model's whole score gap at
    // once, larger steps or faster growth cost more actions than they save, because one review's
    // label of a word is only evidence about its other mentions. Returns the number of wrong
    // tokens. The scorer's cache is not cleared: the memory rows are no features of its words.
    int learn(const QStringList& tokens, const QList<int>& gold, const QList<int>& guess, float rate);

    static constexpr float stepShare = 0.25f;
    static constexpr float repeatShare = 0.25f;

private:
    Scorer& m_scorer;
};

}  // namespace alam::ner
