#include "ner/scorer.h"

#include "ner/hashing.h"

#include <algorithm>
#include <deque>
#include <shared_mutex>

namespace alam::ner {

namespace {

// A word type's features (without keys) and the summed weights of its word features at each
// window offset.
struct CachedWord {
    WordFeatures features;
    std::vector<float> scores;  // windowSize × tags
    QString text;
    quint64 hash = 0;
};

}  // namespace

// Word types by the hash of their text, in open addressing: a sentence's tokens are hashed and
// their table fetched together before they are probed, so the cache misses of a sentence overlap
// (a node-based map costs three dependent misses a token). The words live in a deque, whose
// elements never move, so pointers handed out stay valid until clear().
struct Scorer::Cache {
    struct Slot {
        quint64 hash = 0;
        const CachedWord* word = nullptr;
    };
    mutable std::shared_mutex mutex;
    std::deque<CachedWord> store;
    std::vector<Slot> table = std::vector<Slot>(initialSlots);
    CachedWord before;
    CachedWord after;

    static constexpr size_t initialSlots = 1024;

    void prefetch(quint64 hash) const { __builtin_prefetch(table.data() + (hash & (table.size() - 1))); }
    // The word in the first slot with this hash, not yet checked against the text.
    const CachedWord* candidate(quint64 hash) const
    {
        const size_t mask = table.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot& slot = table[i];
            if (!slot.word || slot.hash == hash)
                return slot.word;
        }
    }
    const CachedWord* find(quint64 hash, const QString& text) const
    {
        const size_t mask = table.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot& slot = table[i];
            if (!slot.word)
                return nullptr;
            if (slot.hash == hash && slot.word->text == text)
                return slot.word;
        }
    }
    void place(const CachedWord* word)
    {
        const size_t mask = table.size() - 1;
        size_t i = word->hash & mask;
        while (table[i].word)
            i = (i + 1) & mask;
        table[i] = {word->hash, word};
    }
    void insert(CachedWord word)
    {
        if (find(word.hash, word.text))
            return;
        if ((store.size() + 1) * 2 > table.size()) {
            table.assign(table.size() * 2, Slot{});
            for (const CachedWord& w : store)
                place(&w);
        }
        store.push_back(std::move(word));
        place(&store.back());
    }
    void clear()
    {
        store.clear();
        table.assign(initialSlots, Slot{});
    }
    // Every token's cached word, analysing the word types not seen before (outside the lock).
    std::vector<const CachedWord*> lookUp(const QStringList& tokens, const Model& model,
                                          const FeatureExtractor& features);
};

namespace {

CachedWord cacheWord(const Model& model, const WordFeatures& word)
{
    const int tags = model.tagCount();
    CachedWord cached{word, std::vector<float>(size_t(windowSize) * tags, 0.0f), {}, 0};
    for (int d = 0; d < windowSize; ++d) {
        for (quint64 key : word.keys[d])
            if (const float* w = model.weights(key))
                for (int t = 0; t < tags; ++t)
                    cached.scores[size_t(d) * tags + t] += w[t];
        cached.features.keys[d] = {};
    }
    return cached;
}

}  // namespace

std::vector<const CachedWord*> Scorer::Cache::lookUp(const QStringList& tokens, const Model& model,
                                                    const FeatureExtractor& features)
{
    const int count = int(tokens.size());
    std::vector<quint64> hashes(count);
    for (int i = 0; i < count; ++i)
        hashes[i] = hashText(tokens.at(i));
    std::vector<const CachedWord*> cached(count, nullptr);
    QList<int> missing;
    {
        std::shared_lock lock(mutex);
        // Three sweeps, so that a sentence's cache misses overlap: fetch the slots, fetch the
        // words they point to, then check the words' texts.
        for (quint64 hash : hashes)
            prefetch(hash);
        for (int i = 0; i < count; ++i)
            if ((cached[i] = candidate(hashes[i]))) {
                __builtin_prefetch(cached[i]);
                __builtin_prefetch(cached[i]->text.constData());
            }
        for (int i = 0; i < count; ++i) {
            if (cached[i] && cached[i]->text != tokens.at(i))
                cached[i] = find(hashes[i], tokens.at(i));
            if (!cached[i])
                missing.append(i);
        }
    }
    if (missing.isEmpty())
        return cached;
    std::vector<CachedWord> fresh;
    for (int i : missing) {
        const auto same = [&](const CachedWord& w) { return w.hash == hashes[i] && w.text == tokens.at(i); };
        if (std::any_of(fresh.cbegin(), fresh.cend(), same))
            continue;  // a new word twice in the sentence is analysed once
        fresh.push_back(cacheWord(model, features.word(tokens.at(i))));
        fresh.back().text = tokens.at(i);
        fresh.back().hash = hashes[i];
    }
    std::unique_lock lock(mutex);
    for (CachedWord& word : fresh)
        insert(std::move(word));
    for (int i : missing)
        cached[i] = find(hashes[i], tokens.at(i));
    return cached;
}

Scorer::Scorer(std::shared_ptr<Model> model, const FeatureExtractor& features)
    : m_model(std::move(model)), m_features(features), m_cache(std::make_unique<Cache>())
{
    forgetScores();
}

Scorer::~Scorer() = default;

void Scorer::forgetScores()
{
    std::unique_lock lock(m_cache->mutex);
    m_cache->clear();
    m_cache->before = cacheWord(*m_model, m_features.beforeSentence());
    m_cache->after = cacheWord(*m_model, m_features.afterSentence());
}

std::vector<float> Scorer::emissions(const QStringList& tokens, const ContextFeatures* extraKeys,
                                     QList<GazetteerMatch>* matches, Words* wordsOut, SharedContext* shared) const
{
    const int tags = m_model->tagCount();
    const int count = int(tokens.size());
    const std::vector<const CachedWord*> cached = m_cache->lookUp(tokens, *m_model, m_features);
    std::vector<const WordFeatures*> words(count);
    for (int i = 0; i < count; ++i) {
        words[i] = &cached[i]->features;
        const float* scores = cached[i]->scores.data();
        for (size_t k = 0; k < cached[i]->scores.size(); k += 64 / sizeof(float))
            __builtin_prefetch(scores + k);
    }
    SharedContext own;
    SharedContext& found = shared ? *shared : own;
    if (!found.filled) {
        found.features = m_features.context(words.data(), count, &found.matches);
        found.filled = true;
    }
    const ContextFeatures& context = found.features;
    if (matches)
        *matches = found.matches;
    if (wordsOut)
        *wordsOut = words;

    // The sentence's context and evidence keys are looked up in three sweeps (fetch the table,
    // find the rows and fetch them, add them up) so that their cache misses overlap instead of
    // queueing one behind the other: this is most of the time a sentence takes.
    for (quint64 key : context.keys)
        m_model->prefetch(key);
    if (extraKeys)
        for (quint64 key : extraKeys->keys)
            m_model->prefetch(key);
    struct Hit {
        int token;
        const float* weights;
    };
    std::vector<Hit> hits;
    hits.reserve(size_t(context.keys.size()) + (extraKeys ? size_t(extraKeys->keys.size()) : 0));
    const auto find = [&](int token, quint64 key) {
        if (const float* w = m_model->weights(key)) {
            __builtin_prefetch(w);
            __builtin_prefetch(w + tags - 1);
            hits.push_back({token, w});
        }
    };
    for (int i = 0; i < count; ++i) {
        for (int k = context.begin[i]; k < context.begin[i + 1]; ++k)
            find(i, context.keys[k]);
        if (extraKeys && i + 1 < extraKeys->begin.size())
            for (int k = extraKeys->begin[i]; k < extraKeys->begin[i + 1]; ++k)
                find(i, extraKeys->keys[k]);
    }

    std::vector<float> out(size_t(count) * tags, 0.0f);
    for (int i = 0; i < count; ++i) {
        float* row = out.data() + size_t(i) * tags;
        for (int d = -windowRadius; d <= windowRadius; ++d) {
            const int j = i + d;
            const CachedWord& word = j < 0 ? m_cache->before : j >= count ? m_cache->after : *cached[j];
            const float* scores = word.scores.data() + size_t(d + windowRadius) * tags;
            for (int t = 0; t < tags; ++t)
                row[t] += scores[t];
        }
    }
    for (const Hit& hit : hits) {
        float* row = out.data() + size_t(hit.token) * tags;
        for (int t = 0; t < tags; ++t)
            row[t] += hit.weights[t];
    }
    return out;
}

QList<quint64> Scorer::forms(const QStringList& tokens) const
{
    QList<quint64> out;
    out.reserve(tokens.size());
    std::shared_lock lock(m_cache->mutex);
    for (const QString& token : tokens) {
        const CachedWord* word = m_cache->find(hashText(token), token);
        out.append(word ? word->features.form : m_features.word(token).form);
    }
    return out;
}

}  // namespace alam::ner
