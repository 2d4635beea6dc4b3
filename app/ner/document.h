#pragma once
// Second-pass evidence from the document: what the first pass said about the other mentions
// of the same word (by bare stem, so والعراق and العراق meet) in nearby sentences. A name
// recognised once helps find its other mentions, and a word the first pass keeps calling O
// elsewhere is less likely a name here. The first pass's own tags of the token and its
// neighbours (±2) as further keys made the second pass lean on them: CV 79.70 against 80.06
// (seed 20070101).
#include "ner/features.h"

#include <QList>
#include <QtGlobal>

namespace alam::ner {

// Sentences on each side that count as the same document when no bounds are known (CoNLL).
constexpr int documentWindow = 10;

struct DocumentSentence {
    QList<quint64> stems;   // per token, WordFeatures::stem
    QList<int> firstPass;   // per token, the first pass's tag
    int document = 0;       // sentences of one document share this number
    QList<quint32> classes; // per token, WordFeatures::gazetteerClasses
};

// Per sentence, the evidence keys of its tokens in one flat list (ContextFeatures: token i owns
// keys[begin[i]] … keys[begin[i+1]−1]), so a sentence costs no allocation per token. Mentions in
// sentences at most `window` away within the same document count (window < 0: the whole
// document).
// `topicClass`, when ≥ 0, is the gazetteer class of topic words (sport): with several of them
// nearby, a token's gazetteer classes get keys of their own (a city in a match report is a club).
using DocumentKeys = QList<ContextFeatures>;
DocumentKeys documentKeys(const QList<DocumentSentence>& sentences, int tagCount, int window = documentWindow,
                          int topicClass = -1);

}  // namespace alam::ner
