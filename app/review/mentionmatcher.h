#pragma once
// Finds the occurrences of a name in a text, in the matching form (أ/إ/ا, ة/ه, ى/ي and
// diacritics match each other) and clitic-aware: «الكاظمي» is found in «والكاظمي» and
// «للكاظمي», and the span found starts after the proclitics. Used to propagate a decision to
// the other mentions in a document and to find search hits.
#include "tokenindex.h"
#include "wordsnap.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace alam {

class MentionMatcher final {
public:
    // `phrase` as written (a mention's text or a search query); edge punctuation is ignored.
    explicit MentionMatcher(QStringView phrase);

    bool isEmpty() const { return m_words.isEmpty(); }
    const QStringList& words() const { return m_words; }  // matching forms, in order

    // Every occurrence, in text order, not overlapping each other.
    QList<TextSpan> findIn(const TokenIndex& index) const;
    // The occurrence starting in token `token`, if one does.
    std::optional<TextSpan> matchAt(const TokenIndex& index, int token) const;

private:
    // Where the first word starts inside token `token` (-1 when it does not match there).
    int firstWordStart(const TokenIndex& index, int token) const;

    QStringList m_words;
};

}  // namespace alam
