#include "ner/analystmemory.h"

#include "ner/hashing.h"

#include <algorithm>

namespace alam::ner {

namespace {

// Seeds the matching-form hash into a key that no feature template gives.
constexpr quint64 memorySeed = 0x616e616c7973744dULL;

quint64 memoryKey(quint64 form) { return combine(memorySeed, form); }

}  // namespace

void addAnalystMemory(const Scorer& scorer, const Scorer::Words& words, std::vector<float>& emissions)
{
    const Model& model = scorer.model();
    const int tags = model.tagCount();
    // Almost every word has no row: fetching all slots first lets those misses overlap.
    for (const WordFeatures* word : words)
        model.prefetch(memoryKey(word->form));
    for (size_t i = 0; i < words.size(); ++i)
        if (const float* w = model.weights(memoryKey(words[i]->form)))
            for (int t = 0; t < tags; ++t)
                emissions[size_t(i) * tags + t] += w[t];
}

int AnalystMemory::learn(const QStringList& tokens, const QList<int>& goldTags, const QList<int>& guessTags,
                        float rate)
{
    Model& model = m_scorer.model();
    // The memory's rows hold one weight per state of the model.
    const QList<int> gold = model.states().statesOf(goldTags), guess = model.states().statesOf(guessTags);
    const float base = rate * stepShare * model.confidenceScale;
    const QList<quint64> forms = m_scorer.forms(tokens);
    int wrong = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (gold[i] == guess[i])
            continue;
        ++wrong;
        float* w = model.weightsForUpdate(memoryKey(forms[i]));
        const float told = std::max(0.0f, w[gold[i]] - w[guess[i]]);
        // Half on each tag: gold gains the whole step over the guess.
        const float step = 0.5f * (base + repeatShare * told);
        w[gold[i]] += step;
        w[guess[i]] -= step;
    }
    return wrong;
}

}  // namespace alam::ner
