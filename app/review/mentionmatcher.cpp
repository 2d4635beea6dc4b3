#include "mentionmatcher.h"

#include "text/matchingform.h"
#include "text/tokenizer.h"

using namespace Qt::Literals::StringLiterals;

namespace alam {

MentionMatcher::MentionMatcher(QStringView phrase)
{
    const QList<Token> tokens = Tokenizer::tokenize(phrase);
    qsizetype first = 0;
    qsizetype last = tokens.size();
    const auto isWord = [&](qsizetype i) {
        return tokens.at(i).kind != TokenKind::Punctuation && tokens.at(i).kind != TokenKind::Symbol;
    };
    while (first < last && !isWord(first))
        ++first;
    while (last > first && !isWord(last - 1))
        --last;
    for (qsizetype i = first; i < last; ++i)
        m_words << MatchingForm::normalise(tokens.at(i).in(phrase));
}

int MentionMatcher::firstWordStart(const TokenIndex& index, int token) const
{
    const QString& wanted = m_words.constFirst();
    // Every way of matching below needs the token's form to end like the word: most tokens
    // fail that at their last letter, before their form is made.
    if (!wanted.isEmpty() && MatchingForm::lastChar(index.at(token).in(index.text())) != wanted.back().unicode())
        return -1;
    const QString& form = index.form(token);
    if (form == wanted)
        return index.at(token).start;
    // A stem is a suffix of the token (or, after ل + ال, the suffix with the alef restored).
    const bool couldBeStem = form.size() > wanted.size() && form.endsWith(wanted);
    const bool couldBeElided = wanted.startsWith(u"\u0627\u0644"_s)
                               && form.endsWith(QStringView(wanted).sliced(1));
    if (!couldBeStem && !couldBeElided)
        return -1;
    const QList<CliticReading>& readings = index.readings(token);
    for (qsizetype i = 1; i < readings.size(); ++i) {
        if (readings.at(i).stem == wanted)
            return readings.at(i).stemStart;
    }
    return -1;
}

std::optional<TextSpan> MentionMatcher::matchAt(const TokenIndex& index, int token) const
{
    if (m_words.isEmpty() || token + m_words.size() > index.size())
        return std::nullopt;
    const int start = firstWordStart(index, token);
    if (start < 0)
        return std::nullopt;
    for (qsizetype k = 1; k < m_words.size(); ++k) {
        if (index.form(token + int(k)) != m_words.at(k))
            return std::nullopt;
    }
    return TextSpan{start, index.at(token + int(m_words.size()) - 1).end};
}

QList<TextSpan> MentionMatcher::findIn(const TokenIndex& index) const
{
    QList<TextSpan> found;
    if (m_words.isEmpty())
        return found;
    for (int i = 0; i < index.size(); ++i) {
        if (std::optional<TextSpan> span = matchAt(index, i)) {
            found << *span;
            i += int(m_words.size()) - 1;
        }
    }
    return found;
}

}  // namespace alam
