#pragma once
// Tokens with exact [start, end) UTF-16 offsets into the original text.
#include <QList>
#include <QString>
#include <QStringView>

namespace alam {

// Arabic: Arabic letters (digits may be attached: و۱۴۰۰); Latin: letters of any other script
// (digits may be attached: G20); Number: digits with inner separators (3.5, ٣٫٥, 1,000);
// Punctuation: one character; Symbol: one symbol with its modifiers (😀, 👍🏽, $, +);
// Mixed: Arabic and other letters in one word (الـBBC).
enum class TokenKind { Arabic, Latin, Number, Punctuation, Symbol, Mixed };

struct Token {
    int start = 0;
    int end = 0;  // exclusive
    TokenKind kind = TokenKind::Arabic;
    int length() const { return end - start; }
    QStringView in(QStringView text) const { return text.mid(start, end - start); }
};

struct SentenceRange {
    int firstToken = 0;
    int lastToken = 0;  // exclusive
};

class Tokenizer final {
public:
    // Splits on white space; punctuation (، ؛ ؟ . , ! : ; quotes “ ” « » " ' and brackets) becomes
    // its own token; Latin words and digit runs (ASCII and Arabic-Indic) stay whole; tatweel and
    // diacritics stay inside their word. Invisible bidi controls (LRM, RLM, isolates) separate
    // like spaces; ZWJ/ZWNJ stay inside. A surrogate pair is never split.
    static QList<Token> tokenize(QStringView text);
    // Sentence ends: . ! ? ؟ … and line breaks; each range covers at least one token, the
    // ranges follow each other and cover every token. Closing quotes and brackets right after
    // the end mark stay in the sentence: «قال: "نعم."».
    static QList<SentenceRange> sentences(QStringView text, const QList<Token>& tokens);
};

}  // namespace alam
