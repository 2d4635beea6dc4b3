#pragma once
// Training sentences turned into feature ids once, for the learners (perceptron, CRF).
#include "ner/corpus.h"
#include "ner/document.h"
#include "ner/features.h"
#include "result.h"

#include <vector>

namespace alam::ner {

// Token t of the corpus has features ids[tokenBegin[t]] … ids[tokenBegin[t+1]−1] and gold tag
// tags[t]; sentence s has tokens sentenceBegin[s] … sentenceBegin[s+1]−1.
struct EncodedCorpus {
    std::vector<int> ids;
    std::vector<int> tokenBegin{0};
    std::vector<int> sentenceBegin{0};
    std::vector<int> tags;
    std::vector<quint8> edges;  // per token, WordFeatures::edges
    std::vector<quint64> keys;  // feature id → key
    size_t sentenceCount() const { return sentenceBegin.size() - 1; }
};

// Every token's feature keys (token i of sentence s → keys[s][i]): the word features of its window
// and its context; and its edge bits (edges[s][i]). Found once and shared by every pass that
// trains on the same sentences.
struct CorpusKeys {
    QList<QList<QList<quint64>>> keys;
    QList<QList<quint8>> edges;
    // Sentences [first, first + count) (count < 0: to the end), and two parts joined.
    CorpusKeys mid(qsizetype first, qsizetype count = -1) const { return {keys.mid(first, count), edges.mid(first, count)}; }
    CorpusKeys operator+(const CorpusKeys& other) const { return {keys + other.keys, edges + other.edges}; }
};
CorpusKeys corpusKeys(const QList<TaggedSentence>& sentences, const FeatureExtractor& features);

// `keys` are corpusKeys(sentences). Features seen fewer than `minFeatureCount` times are left
// out. Labels are repaired to IOB2. extraKeys[s], when given, are added to the tokens of
// sentence s (document evidence).
Result<EncodedCorpus> encodeCorpus(const QList<TaggedSentence>& sentences, const CorpusKeys& keys,
                                   const LabelSet& labels, int minFeatureCount,
                                   const DocumentKeys* extraKeys = nullptr);

// Matching-form hashes of the words inside entities, without those that are another entity word
// with proclitics attached (ANERcorp labels the whole token وإسرائيل; the name is إسرائيل).
QList<quint64> nameForms(const QList<TaggedSentence>& sentences);

}  // namespace alam::ner
