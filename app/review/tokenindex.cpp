#include "tokenindex.h"

#include "text/matchingform.h"

#include <algorithm>

namespace alam {

TokenIndex::TokenIndex(QString text)
    : m_text(std::move(text))
    , m_tokens(Tokenizer::tokenize(m_text))
{
    m_forms.resize(m_tokens.size());
    m_readings.resize(m_tokens.size());
}

bool TokenIndex::isWord(int i) const
{
    const TokenKind kind = m_tokens.at(i).kind;
    return kind != TokenKind::Punctuation && kind != TokenKind::Symbol;
}

const QString& TokenIndex::form(int i) const
{
    std::optional<QString>& form = m_forms[i];
    if (!form)
        form = MatchingForm::normalise(m_tokens.at(i).in(m_text));
    return *form;
}

const QList<CliticReading>& TokenIndex::readings(int i) const
{
    std::optional<QList<CliticReading>>& readings = m_readings[i];
    if (!readings) {
        const Token& token = m_tokens.at(i);
        readings = Clitics::analyse(m_text, token.start, token.end);
    }
    return *readings;
}

bool TokenIndex::hasWordForm(const QString& form) const
{
    if (!m_wordForms) {
        m_wordForms.emplace();
        m_wordForms->reserve(m_tokens.size());
        for (int i = 0; i < size(); ++i) {
            if (isWord(i))
                m_wordForms->insert(this->form(i));
        }
    }
    return m_wordForms->contains(form);
}

int TokenIndex::tokenAtOrAfter(int offset) const
{
    // First token whose end is past the offset.
    const auto it = std::upper_bound(m_tokens.cbegin(), m_tokens.cend(), offset,
                                     [](int at, const Token& token) { return at < token.end; });
    return int(it - m_tokens.cbegin());
}

int TokenIndex::tokenBefore(int offset) const
{
    const auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), offset,
                                     [](const Token& token, int at) { return token.start < at; });
    return int(it - m_tokens.cbegin()) - 1;
}

}  // namespace alam
