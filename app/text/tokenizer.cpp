#include "tokenizer.h"

#include "charclass.h"

#include <QChar>

namespace alam {
namespace {

using charclass::CharClass;

bool isArabicBlock(char16_t c)
{
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F)
            || (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF)
            || (c >= 0xFE70 && c <= 0xFEFF);
}

// Inside a number: 3.5, 1,000, ٣٫٥, ١٬٠٠٠.
bool isNumberSeparator(char16_t c)
{
    return c == u'.' || c == u',' || c == 0x066B || c == 0x066C;
}

bool isRegionalIndicator(char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }
bool isSkinTone(char32_t c) { return c >= 0x1F3FB && c <= 0x1F3FF; }

// Walks the text by code point; a surrogate pair is one step of two units, a lone surrogate
// is a symbol of its own.
class Scanner final {
public:
    explicit Scanner(QStringView text)
        : m_s(text.utf16()), m_n(text.size()), m_classes(charclass::bmpClasses()) {}

    qsizetype size() const { return m_n; }

    struct Step {
        CharClass cls;
        int length;
        char32_t codePoint;
    };

    Step at(qsizetype i) const
    {
        const char16_t u = m_s[i];
        const CharClass cls = m_classes[u];
        if (cls == CharClass::HighSurrogate) {
            if (i + 1 < m_n && QChar::isLowSurrogate(m_s[i + 1])) {
                const char32_t cp = QChar::surrogateToUcs4(u, m_s[i + 1]);
                return {charclass::classOf(cp), 2, cp};
            }
            return {CharClass::Symbol, 1, u};
        }
        if (cls == CharClass::LowSurrogate)
            return {CharClass::Symbol, 1, u};
        return {cls, 1, u};
    }

    bool unitIsDigit(qsizetype i) const
    {
        return i >= 0 && i < m_n && m_classes[m_s[i]] == CharClass::Digit;
    }
    char16_t unit(qsizetype i) const { return m_s[i]; }

    // End of the symbol starting at i, with what modifies it: skin tones, variation
    // selectors and other marks, ZWJ sequences (👨‍👩‍👧), flag pairs (🇮🇶).
    qsizetype symbolEnd(qsizetype i) const
    {
        const Step first = at(i);
        qsizetype j = i + first.length;
        if (isRegionalIndicator(first.codePoint) && j < m_n && isRegionalIndicator(at(j).codePoint))
            j += at(j).length;
        while (j < m_n) {
            const Step next = at(j);
            if (next.codePoint == 0x200D && j + 1 < m_n && at(j + 1).cls == CharClass::Symbol)
                j += 1 + at(j + 1).length;
            else if (next.cls == CharClass::Mark || isSkinTone(next.codePoint))
                j += next.length;
            else
                break;
        }
        return j;
    }

    // End and kind of the word starting at i: letters, digits and marks of any script.
    qsizetype wordEnd(qsizetype i, TokenKind* kind) const
    {
        const qsizetype start = i;
        bool arabic = false, other = false, digit = false;
        while (i < m_n) {
            const Step step = at(i);
            if (step.cls == CharClass::ArabicLetter)
                arabic = true;
            else if (step.cls == CharClass::OtherLetter)
                other = true;
            else if (step.cls == CharClass::Digit)
                digit = true;
            else if (step.cls == CharClass::Punctuation && digit && !arabic && !other
                     && isNumberSeparator(m_s[i]) && unitIsDigit(i - 1) && unitIsDigit(i + 1))
                ;  // a decimal or thousands separator inside a number
            else if (step.cls != CharClass::Mark)
                break;
            i += step.length;
        }
        if (arabic && other)
            *kind = TokenKind::Mixed;
        else if (arabic)
            *kind = TokenKind::Arabic;
        else if (other)
            *kind = TokenKind::Latin;
        else if (digit)
            *kind = TokenKind::Number;
        else  // marks alone: a stray diacritic or a lone tatweel
            *kind = isArabicBlock(m_s[start]) ? TokenKind::Arabic : TokenKind::Symbol;
        return i;
    }

private:
    const char16_t* m_s;
    qsizetype m_n;
    const CharClass* m_classes;
};

bool isSentenceEnd(QStringView token)
{
    return token.size() == 1
            && (token[0] == u'.' || token[0] == u'!' || token[0] == u'?' || token[0] == u'\u061F'
                || token[0] == u'\u2026' || token[0] == u'\u06D4');
}

// What may directly follow a sentence end and still belong to the sentence: «قال: "نعم."».
bool closesSentence(QStringView token)
{
    if (isSentenceEnd(token))
        return true;
    if (token.size() != 1)
        return false;
    switch (token[0].unicode()) {
    case u'"': case u'\'': case u')': case u']': case u'}': case u'\u201D': case u'\u2019':
    case u'\u00BB': case u'\u203A':
        return true;
    default:
        return false;
    }
}

bool hasLineBreak(QStringView text, qsizetype from, qsizetype to)
{
    to = qMin(to, text.size());
    for (qsizetype i = qMax<qsizetype>(from, 0); i < to; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == 0x2028 || c == 0x2029)
            return true;
    }
    return false;
}

QStringView tokenText(QStringView text, const Token& token)
{
    if (token.start < 0 || token.end > text.size() || token.start > token.end)
        return {};
    return token.in(text);
}

}  // namespace

QList<Token> Tokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 5 + 8);
    const Scanner scanner(text);
    qsizetype i = 0;
    while (i < scanner.size()) {
        const Scanner::Step step = scanner.at(i);
        qsizetype end = i + step.length;
        TokenKind kind = TokenKind::Punctuation;
        switch (step.cls) {
        case CharClass::Space:
            i = end;
            continue;
        case CharClass::Punctuation:
            break;
        case CharClass::Symbol:
        case CharClass::HighSurrogate:
        case CharClass::LowSurrogate:
            kind = TokenKind::Symbol;
            end = scanner.symbolEnd(i);
            break;
        default:
            end = scanner.wordEnd(i, &kind);
            break;
        }
        tokens.append(Token{int(i), int(end), kind});
        i = end;
    }
    return tokens;
}

QList<SentenceRange> Tokenizer::sentences(QStringView text, const QList<Token>& tokens)
{
    QList<SentenceRange> ranges;
    int first = 0;
    const int count = int(tokens.size());
    for (int t = 0; t < count; ++t) {
        bool ends = t + 1 == count;
        if (tokens[t].kind == TokenKind::Punctuation && isSentenceEnd(tokenText(text, tokens[t]))) {
            while (t + 1 < count && tokens[t + 1].start == tokens[t].end
                   && closesSentence(tokenText(text, tokens[t + 1])))
                ++t;
            ends = true;
        } else if (!ends && hasLineBreak(text, tokens[t].end, tokens[t + 1].start)) {
            ends = true;
        }
        if (ends) {
            ranges.append(SentenceRange{first, t + 1});
            first = t + 1;
        }
    }
    return ranges;
}

}  // namespace alam
