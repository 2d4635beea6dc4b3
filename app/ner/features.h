#pragma once
// Feature extraction. A token's features are hashed 64-bit keys of two kinds:
//  - word features: what one word type says about the token at distance d (−2…2) from it
//    (its form, stems after clitic analysis, affixes, shape, whether hunspell knows it);
//    computed once per word type, so a tagger can cache their summed weights per type;
//  - context features: what needs several words (bigrams, gazetteer matches over several
//    tokens, trigger words to the left, the dictionary flags of the neighbours together).
// Tried and left out (CV, mean of 3 seeds): where a token sits inside short quotation marks
// and the word before them (صحيفة « القدس »): 80.01 against 80.11, and 80.11 against 80.18
// with the GROUP list.
#include "ner/gazetteer.h"
#include "ner/lexicon.h"
#include "text/clitics.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <array>
#include <memory>
#include <vector>

namespace alam::ner {

constexpr int windowRadius = 2;
constexpr int windowSize = 2 * windowRadius + 1;
// Bumped whenever the features change; a model records the version it was trained with.
constexpr quint32 featureVersion = 4;

struct WordFeatures {
    quint64 form = 0;      // hash of the matching form
    quint64 stem = 0;      // hash of the bare stem (proclitics and article removed)
    bool known = false;    // hunspell knows the token
    quint32 gazetteerClasses = 0;  // classes of single-token entries (any clitic reading)
    quint8 edges = 0;      // edge bits (viterbi.h): the Edge values that hold for the word
    GazetteerKeys gazetteer;
    // keys[d + windowRadius]: the features this word gives the token at distance −d from it,
    // i.e. the token for which this word sits at offset d.
    std::array<QList<quint64>, windowSize> keys;
};

// The token properties that weigh the moves into a token (viterbi.h's edge kinds).
enum Edge : quint8 {
    AfterAnd = 1,  // a و proclitic may be attached: often a second name (عنان وصبري), not more of one
};

// The edge bits of a sentence's words, into `out` (which a caller keeps between sentences).
inline void edgesOf(const std::vector<const WordFeatures*>& words, std::vector<quint8>& out)
{
    out.resize(words.size());
    for (size_t i = 0; i < words.size(); ++i)
        out[i] = words[i]->edges;
}

// Keys of several tokens in one flat list: token t owns keys[begin[t]] … keys[begin[t+1]−1].
struct ContextFeatures {
    QList<quint64> keys;
    QList<int> begin;
};

class FeatureExtractor final {
public:
    explicit FeatureExtractor(std::shared_ptr<const Lexicon> lexicon);

    WordFeatures word(QStringView token) const;
    // Stand-ins for the words before the first and after the last token.
    const WordFeatures& beforeSentence() const { return m_before; }
    const WordFeatures& afterSentence() const { return m_after; }
    const WordFeatures& wordAt(const WordFeatures* const* words, int count, int index) const;

    // `matches`, when given, gets the gazetteer matches of the tokens (for decoding rules).
    ContextFeatures context(const WordFeatures* const* words, int count,
                            QList<GazetteerMatch>* matches = nullptr) const;

    // Every key of every token (word features of the window plus context), for training.
    QList<QList<quint64>> sentence(const QStringList& tokens) const;
    QList<QList<quint64>> allKeys(const WordFeatures* const* words, int count) const;

    const Lexicon& lexicon() const { return *m_lexicon; }

    // The clitic reading whose stem the features take as the word's stem: the most stripped
    // one that the gazetteers or the dictionary support (وبغداد → بغداد, not غداد).
    const CliticReading* preferredReading(QStringView token, const QList<CliticReading>& readings) const;

private:
    WordFeatures padding(QStringView marker) const;

    std::shared_ptr<const Lexicon> m_lexicon;
    WordFeatures m_before;
    WordFeatures m_after;
};

}  // namespace alam::ner
