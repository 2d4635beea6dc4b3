#pragma once
// Spans on word bounds: a selection becomes the name it covers (whole words, without attached
// proclitics or edge punctuation: selecting «وواشنطن» gives «واشنطن»; «للحكومة» is ل + الحكومة
// with the alef elided, so the span starts after the first ل), and bounds grow or shrink by a word or by a character (a grapheme: a letter
// with its diacritics).
#include "tokenindex.h"

#include <QString>
#include <functional>
#include <optional>

namespace alam {

struct TextSpan {
    int start = 0;
    int end = 0;  // exclusive
    bool operator==(const TextSpan&) const = default;
};

// Whether a word (in the matching form, e.g. «واشنطن») is a known name: an entity in the
// database, a gazetteer entry. Optional evidence for stripping a conjunction.
using KnownName = std::function<bool(const QString& matchingForm)>;

enum class SpanEdge { Start, End };
enum class SpanUnit { Word, Character };

class WordSnap final {
public:
    explicit WordSnap(const TokenIndex& index, KnownName known = {});

    // The name inside [start, end); nothing when the selection holds no word.
    std::optional<TextSpan> snap(int start, int end) const;
    // Where the name in token `token` begins: after proclitics the evidence says are attached
    // (a known name or a word of this document after them, an article after them, «وو…»).
    int nameStart(int token) const;
    // Moves one edge outwards (grow) or inwards (!grow) by a word or a character; nothing when
    // the span cannot change that way (it would be empty, or it reaches the text's edge).
    std::optional<TextSpan> resize(TextSpan span, SpanEdge edge, bool grow, SpanUnit unit) const;

private:
    bool isKnown(const QString& form) const;
    std::optional<TextSpan> resizeByWord(TextSpan span, SpanEdge edge, bool grow) const;
    std::optional<TextSpan> resizeByCharacter(TextSpan span, SpanEdge edge, bool grow) const;

    const TokenIndex& m_index;
    KnownName m_known;
};

}  // namespace alam
