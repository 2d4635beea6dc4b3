#pragma once
// A trained tagger model: one weight per (feature key, state), state-to-state transition weights
// and the edge weights that token properties add to them (viterbi.h), the label set and its
// states (tagscheme.h), and the names seen in training (to trim clitics off span starts).
// Saved as little-endian binary with a versioned header; weights quantised to 16 bits.
#include "ner/keyindex.h"
#include "ner/labelset.h"
#include "ner/viterbi.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace alam::ner {

class Model final {
    Q_DECLARE_TR_FUNCTIONS(alam::ner::Model)
public:
    static constexpr quint32 formatVersion = 4;

    Model() = default;
    explicit Model(LabelSet labels, TagScheme scheme = TagScheme::Iob2);

    const LabelSet& labels() const { return m_labels; }
    const StateSet& states() const { return m_states; }
    int tagCount() const { return m_tagCount; }  // states scored (weights per feature)
    int featureCount() const { return int(m_index.size()); }

    // The weights of a feature for every tag, or nullptr when the model does not know it.
    const float* weights(quint64 key) const;
    // Asks the processor to fetch the key's slot: a sentence's context keys are fetched together
    // before they are looked up, so their cache misses overlap.
    void prefetch(quint64 key) const { m_index.prefetch(key); }
    // Adds a feature (zero weights) when new; returns its row for changing.
    float* weightsForUpdate(quint64 key);
    // transition(−1, t) is the weight of starting a sentence with t.
    float transition(int from, int to) const { return m_transitions[(from + 1) * m_tagCount + to]; }
    float& transition(int from, int to) { return m_transitions[(from + 1) * m_tagCount + to]; }
    // All transition weights at once, laid out as Transitions::weights (the base block, then one
    // per edge kind), as the learners give them.
    void setTransitions(const std::vector<float>& weights);
    Transitions transitions() const
    {
        return {m_transitions.constData(), m_tagCount, m_states.scheme(), edgeKinds};
    }

    // Matching-form hashes of the words inside training entities (for span trimming).
    const QList<quint64>& names() const { return m_names; }
    void setNames(QList<quint64> names);
    bool isName(quint64 formHash) const;

    // With two passes: the model of the first pass, whose tags give the document evidence
    // (document.h) that this model's features include.
    std::shared_ptr<Model> firstPass;

    quint32 featureVersion = 0;
    // Scores are divided by this before the softmax that gives confidences.
    float confidenceScale = 1.0f;
    quint64 gazetteerFingerprint = 0;
    QString description;  // how it was trained (options, corpus size), for people

    QByteArray toBytes() const;
    static Result<Model> fromBytes(const QByteArray& bytes, const QString& name);
    Status save(const QString& path) const;
    static Result<Model> load(const QString& path);
    static QString defaultPath() { return QStringLiteral(":/ner/model.bin"); }
    static Result<Model> loadDefault() { return load(defaultPath()); }

    // Drops features whose weights are all below `threshold` in magnitude.
    void prune(float threshold);

private:

    LabelSet m_labels;
    StateSet m_states;
    int m_tagCount = 1;
    KeyIndex m_index;            // feature key → row
    QList<float> m_weights;      // m_index.size() × m_tagCount
    // (m_tagCount + 1) × m_tagCount, row 0 = sentence start; then one such block per edge kind
    QList<float> m_transitions;
    QList<quint64> m_names;      // sorted
};

}  // namespace alam::ner
