#pragma once
// What kinds of mistakes a tagger makes: a token-level confusion matrix over entity types and
// span-level categories (missed, spurious, wrong type, wrong bounds), with the most frequent
// missed and spurious names.
#include "ner/corpus.h"

#include <QMap>
#include <QString>

namespace alam::ner {

struct ErrorSummary {
    int correct = 0;
    int missed = 0;        // gold span that no guess overlaps
    int spurious = 0;      // guessed span that no gold span overlaps
    int wrongType = 0;     // same bounds, other type
    int wrongBounds = 0;   // overlapping, same type, other bounds
    int wrongBoth = 0;     // overlapping, other type and bounds
    // tokens[gold type][guessed type], "O" for outside
    QMap<QString, QMap<QString, int>> tokens;
    QMap<QString, int> missedNames;    // "PERS «…»" → count
    QMap<QString, int> spuriousNames;  // "LOC «…»" → count
    QMap<QString, int> typeSwaps;      // "ORG→LOC" → count (wrong type, any bounds)

    QString report(int top = 12) const;
};

ErrorSummary summariseErrors(const QList<TaggedSentence>& gold, const QList<TaggedSentence>& guessed);

}  // namespace alam::ner
