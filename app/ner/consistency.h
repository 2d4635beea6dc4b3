#pragma once
// Label consistency after decoding: a name the tagger found in a document is also a name where
// it recurs nearby and was missed (same bare stem for the first token, so وواشنطن meets واشنطن;
// the same matching form for the others). Longest names first; only tokens tagged O change.
// A one-word name that the dictionary knows as a common word is not propagated: cross-validated
// on ANERcorp, it turned the word's other uses into names (على → علي, أسد) more often than it
// found missed mentions (78.71 → 79.13 micro F1; no propagation at all: 79.10). A word that a
// name list holds (بوتين, جعجع) is a name to it even though the dictionary knows it (tagger.cpp).
#include "ner/labelset.h"

#include <QList>

namespace alam::ner {

struct ConsistencySentence {
    QList<quint64> stems;  // per token, WordFeatures::stem
    QList<quint64> forms;  // per token, WordFeatures::form
    QList<bool> tooShort;    // per token: under three letters (له must not become الله's mention)
    QList<bool> known;       // per token: a common word (the dictionary knows it, no name list has it;
                             // never propagated alone)
    int document = 0;
};

// tags[s] are the tags of sentence s, changed in place. Names count within `window` sentences
// of the same document. Returns the number of mentions added.
int propagateNames(const QList<ConsistencySentence>& sentences, QList<QList<int>>& tags, int window);

}  // namespace alam::ner
