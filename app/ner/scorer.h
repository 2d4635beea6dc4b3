#pragma once
// Emission scores of a model for sentences, fast: the summed weights of each word type's own
// features are cached per window offset, so a token costs a few additions per neighbour plus
// its context features. Thread-safe for scoring; learning clears the cache.
#include "ner/features.h"
#include "ner/model.h"

#include <QList>
#include <QStringList>
#include <memory>
#include <vector>

namespace alam::ner {

class Scorer final {
public:
    Scorer(std::shared_ptr<Model> model, const FeatureExtractor& features);
    ~Scorer();
    Q_DISABLE_COPY_MOVE(Scorer)

    const Model& model() const { return *m_model; }
    const FeatureExtractor& features() const { return m_features; }
    Model& model() { return *m_model; }

    // count × tagCount scores; `extraKeys` (optional) adds per-token keys such as document evidence.
    // `matches`, when given, gets the tokens' gazetteer matches; `words` the tokens' cached
    // features (without keys), so callers need not look the tokens up again. They stay valid
    // until forgetScores().
    // `context`, when given, carries a sentence's context features and gazetteer matches from one
    // scorer to the next: they depend on the words only, not on the model, so a second pass over
    // the same sentence need not find them again. Empty, it is filled; filled, it is used.
    using Words = std::vector<const WordFeatures*>;
    struct SharedContext {
        bool filled = false;
        ContextFeatures features;
        QList<GazetteerMatch> matches;
    };
    std::vector<float> emissions(const QStringList& tokens, const ContextFeatures* extraKeys = nullptr,
                                 QList<GazetteerMatch>* matches = nullptr, Words* words = nullptr,
                                 SharedContext* context = nullptr) const;
    // The matching forms (as hashes) of the tokens.
    QList<quint64> forms(const QStringList& tokens) const;
    // Call after the model's weights changed.
    void forgetScores();

private:
    struct Cache;
    std::shared_ptr<Model> m_model;
    const FeatureExtractor& m_features;
    std::unique_ptr<Cache> m_cache;
};

}  // namespace alam::ner
