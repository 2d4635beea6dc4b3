#include "ner/encodedcorpus.h"

#include "ner/hashing.h"
#include "text/clitics.h"
#include "text/matchingform.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <unordered_map>

namespace alam::ner {

namespace {

// The messages' translation context.
class TrainerMessages final {
    Q_DECLARE_TR_FUNCTIONS(alam::ner::Trainer)
};

struct TextHash {
    size_t operator()(const QString& text) const { return size_t(hashText(text)); }
};

void dropRare(EncodedCorpus& corpus, const std::vector<int>& counts, int minFeatureCount)
{
    std::vector<int> remap(corpus.keys.size(), -1);
    std::vector<quint64> kept;
    for (size_t id = 0; id < corpus.keys.size(); ++id)
        if (counts[id] >= minFeatureCount) {
            remap[id] = int(kept.size());
            kept.push_back(corpus.keys[id]);
        }
    std::vector<int> ids;
    std::vector<int> tokenBegin{0};
    for (size_t t = 0; t + 1 < corpus.tokenBegin.size(); ++t) {
        for (int k = corpus.tokenBegin[t]; k < corpus.tokenBegin[t + 1]; ++k)
            if (remap[corpus.ids[k]] >= 0)
                ids.push_back(remap[corpus.ids[k]]);
        tokenBegin.push_back(int(ids.size()));
    }
    corpus.ids = std::move(ids);
    corpus.tokenBegin = std::move(tokenBegin);
    corpus.keys = std::move(kept);
}

// Feature key → dense id, numbered in the order first seen. Open addressing with linear
// probing: the keys are hashes already, and std::unordered_map's node per key made encoding
// a fifth of the training time.
class KeyIds final {
public:
    // The key's id, and whether it was new (then it got id `next`).
    std::pair<int, bool> find(quint64 key, int next)
    {
        if (m_used * 2 >= m_slots.size())
            grow();
        for (size_t at = mix64(key) & (m_slots.size() - 1);; at = (at + 1) & (m_slots.size() - 1)) {
            Slot& slot = m_slots[at];
            if (slot.id < 0) {
                slot = {key, next};
                ++m_used;
                return {next, true};
            }
            if (slot.key == key)
                return {slot.id, false};
        }
    }

private:
    struct Slot {
        quint64 key = 0;
        int id = -1;
    };
    void grow()
    {
        std::vector<Slot> old(std::max<size_t>(1024, m_slots.size() * 2));
        old.swap(m_slots);
        for (const Slot& slot : old)
            if (slot.id >= 0)
                for (size_t at = mix64(slot.key) & (m_slots.size() - 1);; at = (at + 1) & (m_slots.size() - 1))
                    if (m_slots[at].id < 0) {
                        m_slots[at] = slot;
                        break;
                    }
    }
    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

}  // namespace

CorpusKeys corpusKeys(const QList<TaggedSentence>& sentences, const FeatureExtractor& features)
{
    CorpusKeys out;
    out.reserve(sentences.size());
    std::unordered_map<QString, WordFeatures, TextHash> words;
    for (const TaggedSentence& sentence : sentences) {
        QList<const WordFeatures*> pointers;
        for (const QString& token : sentence.tokens) {
            auto found = words.find(token);
            if (found == words.end())
                found = words.emplace(token, features.word(token)).first;
            pointers.append(&found->second);
        }
        out.append(features.allKeys(pointers.constData(), int(pointers.size())));
    }
    return out;
}

Result<EncodedCorpus> encodeCorpus(const QList<TaggedSentence>& sentences, const CorpusKeys& keys,
                                   const LabelSet& labels, int minFeatureCount,
                                   const DocumentKeys* extraKeys)
{
    EncodedCorpus corpus;
    KeyIds idOf;
    std::vector<int> counts;
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        const TaggedSentence& sentence = sentences.at(s);
        if (sentence.tokens.size() != sentence.labels.size())
            return Error{TrainerMessages::tr("Training sentence %1 has %2 tokens but %3 labels.")
                             .arg(s + 1).arg(sentence.tokens.size()).arg(sentence.labels.size())};
        const QStringList repaired = repairIob2(sentence.labels);
        for (qsizetype i = 0; i < sentence.tokens.size(); ++i) {
            const int tag = labels.tagOf(repaired.at(i));
            if (tag < 0)
                return Error{TrainerMessages::tr("Training sentence %1, token %2 («%3»): unknown label «%4».")
                                 .arg(s + 1).arg(i + 1).arg(sentence.tokens.at(i), sentence.labels.at(i))};
            corpus.tags.push_back(tag);
        }
        QList<QList<quint64>> sentenceKeys = keys.at(s);
        if (extraKeys && s < extraKeys->size()) {
            const ContextFeatures& extra = extraKeys->at(s);
            for (qsizetype i = 0; i + 1 < extra.begin.size() && i < sentenceKeys.size(); ++i)
                for (int k = extra.begin[i]; k < extra.begin[i + 1]; ++k)
                    sentenceKeys[i].append(extra.keys[k]);
        }
        for (const QList<quint64>& tokenKeys : sentenceKeys) {
            for (quint64 key : tokenKeys) {
                const auto [id, inserted] = idOf.find(key, int(corpus.keys.size()));
                if (inserted) {
                    corpus.keys.push_back(key);
                    counts.push_back(0);
                }
                ++counts[id];
                corpus.ids.push_back(id);
            }
            corpus.tokenBegin.push_back(int(corpus.ids.size()));
        }
        corpus.sentenceBegin.push_back(int(corpus.tags.size()));
    }
    if (minFeatureCount > 1)
        dropRare(corpus, counts, minFeatureCount);
    return corpus;
}

QList<quint64> nameForms(const QList<TaggedSentence>& sentences)
{
    QSet<QString> words;
    for (const TaggedSentence& sentence : sentences)
        for (qsizetype i = 0; i < sentence.tokens.size() && i < sentence.labels.size(); ++i)
            if (sentence.labels.at(i) != u"O")
                words.insert(sentence.tokens.at(i));
    QSet<quint64> forms;
    for (const QString& word : words)
        forms.insert(hashText(MatchingForm::normalise(word)));
    QList<quint64> names;
    for (const QString& word : words) {
        bool attached = false;
        for (const CliticReading& reading : Clitics::analyse(word, 0, int(word.size())))
            attached |= !reading.proclitics.isEmpty() && forms.contains(hashText(reading.stem));
        if (!attached)
            names.append(hashText(MatchingForm::normalise(word)));
    }
    return names;
}

}  // namespace alam::ner
