#include "ner/encodedcorpus.h"

#include "ner/hashing.h"
#include "ner/keyindex.h"
#include "text/clitics.h"
#include "text/matchingform.h"

#include <QCoreApplication>
#include <QSet>
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

}  // namespace

CorpusKeys corpusKeys(const QList<TaggedSentence>& sentences, const FeatureExtractor& features)
{
    CorpusKeys out;
    out.keys.reserve(sentences.size());
    out.edges.reserve(sentences.size());
    std::unordered_map<QString, WordFeatures, TextHash> words;
    for (const TaggedSentence& sentence : sentences) {
        QList<const WordFeatures*> pointers;
        QList<quint8> edges;
        for (const QString& token : sentence.tokens) {
            auto found = words.find(token);
            if (found == words.end())
                found = words.emplace(token, features.word(token)).first;
            pointers.append(&found->second);
            edges.append(found->second.edges);
        }
        out.keys.append(features.allKeys(pointers.constData(), int(pointers.size())));
        out.edges.append(std::move(edges));
    }
    return out;
}

Result<EncodedCorpus> encodeCorpus(const QList<TaggedSentence>& sentences, const CorpusKeys& keys,
                                   const LabelSet& labels, int minFeatureCount,
                                   const DocumentKeys* extraKeys)
{
    EncodedCorpus corpus;
    KeyIndex idOf;  // numbers the keys as they come; its key list becomes corpus.keys
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
            corpus.edges.push_back(keys.edges.at(s).value(i));
        }
        QList<QList<quint64>> sentenceKeys = keys.keys.at(s);
        if (extraKeys && s < extraKeys->size()) {
            const ContextFeatures& extra = extraKeys->at(s);
            for (qsizetype i = 0; i + 1 < extra.begin.size() && i < sentenceKeys.size(); ++i)
                for (int k = extra.begin[i]; k < extra.begin[i + 1]; ++k)
                    sentenceKeys[i].append(extra.keys[k]);
        }
        for (const QList<quint64>& tokenKeys : sentenceKeys) {
            for (quint64 key : tokenKeys) {
                const auto [id, inserted] = idOf.insert(key);
                if (inserted)
                    counts.push_back(0);
                ++counts[id];
                corpus.ids.push_back(id);
            }
            corpus.tokenBegin.push_back(int(corpus.ids.size()));
        }
        corpus.sentenceBegin.push_back(int(corpus.tags.size()));
    }
    corpus.keys.assign(idOf.keys().cbegin(), idOf.keys().cend());
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
