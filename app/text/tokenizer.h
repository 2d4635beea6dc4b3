#pragma once
// Tokens with exact [start, end) UTF-16 offsets into the original text.
#include <QList>
#include <QString>
#include <QStringView>

namespace alam {

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
    // diacritics stay inside their word.
    static QList<Token> tokenize(QStringView text);
    // Sentence ends: . ! ? ؟ and line breaks; each range covers at least one token.
    static QList<SentenceRange> sentences(QStringView text, const QList<Token>& tokens);
};

}  // namespace alam
