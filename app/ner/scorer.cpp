#include "ner/scorer.h"

#include "ner/hashing.h"

#include <shared_mutex>
#include <unordered_map>

namespace alam::ner {

namespace {

struct TextHash {
    size_t operator()(const QString& text) const { return size_t(hashText(text)); }
};

// A word type's features (without keys) and the summed weights of its word features at each
// window offset.
struct CachedWord {
    WordFeatures features;
    std::vector<float> scores;  // windowSize × tags
};

}  // namespace

struct Scorer::Cache {
    mutable std::shared_mutex mutex;
    std::unordered_map<QString, CachedWord, TextHash> words;
    CachedWord before;
    CachedWord after;
};

namespace {

CachedWord cacheWord(const Model& model, const WordFeatures& word)
{
    const int tags = model.tagCount();
    CachedWord cached{word, std::vector<float>(size_t(windowSize) * tags, 0.0f)};
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

Scorer::Scorer(std::shared_ptr<Model> model, const FeatureExtractor& features)
    : m_model(std::move(model)), m_features(features), m_cache(std::make_unique<Cache>())
{
    forgetScores();
}

Scorer::~Scorer() = default;

void Scorer::forgetScores()
{
    std::unique_lock lock(m_cache->mutex);
    m_cache->words.clear();
    m_cache->before = cacheWord(*m_model, m_features.beforeSentence());
    m_cache->after = cacheWord(*m_model, m_features.afterSentence());
}

std::vector<float> Scorer::emissions(const QStringList& tokens, const QList<QList<quint64>>* extraKeys,
                                     QList<GazetteerMatch>* matches, Words* wordsOut) const
{
    const int tags = m_model->tagCount();
    const int count = int(tokens.size());
    // Look every token up, analysing the word types not seen before outside the lock.
    std::vector<const CachedWord*> cached(count, nullptr);
    QList<int> missing;
    {
        std::shared_lock lock(m_cache->mutex);
        for (int i = 0; i < count; ++i) {
            const auto it = m_cache->words.find(tokens.at(i));
            if (it != m_cache->words.end())
                cached[i] = &it->second;
            else
                missing.append(i);
        }
    }
    if (!missing.isEmpty()) {
        std::vector<std::pair<QString, CachedWord>> fresh;
        for (int i : missing)
            fresh.emplace_back(tokens.at(i), cacheWord(*m_model, m_features.word(tokens.at(i))));
        std::unique_lock lock(m_cache->mutex);
        for (auto& [text, word] : fresh)
            m_cache->words.try_emplace(text, std::move(word));
        for (int i : missing)
            cached[i] = &m_cache->words.find(tokens.at(i))->second;
    }

    std::vector<const WordFeatures*> words(count);
    for (int i = 0; i < count; ++i)
        words[i] = &cached[i]->features;
    std::vector<float> out(size_t(count) * tags, 0.0f);
    const auto addKey = [this, tags](float* row, quint64 key) {
        if (const float* w = m_model->weights(key))
            for (int t = 0; t < tags; ++t)
                row[t] += w[t];
    };
    for (int i = 0; i < count; ++i) {
        float* row = out.data() + size_t(i) * tags;
        for (int d = -windowRadius; d <= windowRadius; ++d) {
            const int j = i + d;
            const CachedWord& word = j < 0 ? m_cache->before : j >= count ? m_cache->after : *cached[j];
            const float* scores = word.scores.data() + size_t(d + windowRadius) * tags;
            for (int t = 0; t < tags; ++t)
                row[t] += scores[t];
        }
        if (extraKeys)
            for (quint64 key : extraKeys->value(i))
                addKey(row, key);
    }
    const ContextFeatures context = m_features.context(words.data(), count, matches);
    if (wordsOut)
        *wordsOut = words;
    for (int i = 0; i < count; ++i)
        for (int k = context.begin[i]; k < context.begin[i + 1]; ++k)
            addKey(out.data() + size_t(i) * tags, context.keys[k]);
    return out;
}

QList<quint64> Scorer::forms(const QStringList& tokens) const
{
    QList<quint64> out;
    out.reserve(tokens.size());
    std::shared_lock lock(m_cache->mutex);
    for (const QString& token : tokens) {
        const auto it = m_cache->words.find(token);
        out.append(it != m_cache->words.end() ? it->second.features.form : m_features.word(token).form);
    }
    return out;
}

}  // namespace alam::ner
