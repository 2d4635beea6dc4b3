#pragma once
// The tokens of one document with what matching needs of each: its matching form and its
// clitic readings, computed on first use and kept (a document is opened once, matched often).
#include "text/clitics.h"
#include "text/tokenizer.h"

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace alam {

class TokenIndex final {
public:
    explicit TokenIndex(QString text);

    const QString& text() const { return m_text; }
    const QList<Token>& tokens() const { return m_tokens; }
    int size() const { return int(m_tokens.size()); }
    const Token& at(int i) const { return m_tokens.at(i); }

    // Punctuation and symbols are not words (they never start or end a name).
    bool isWord(int i) const;
    const QString& form(int i) const;                    // matching form of token i
    const QList<CliticReading>& readings(int i) const;  // Clitics::analyse of token i

    // Whether some token of the text has this matching form as a whole word.
    bool hasWordForm(const QString& form) const;

    // The token holding `offset` (start <= offset < end), else the first token after it
    // (size() when none).
    int tokenAtOrAfter(int offset) const;
    // The last token that starts before `offset` (-1 when none).
    int tokenBefore(int offset) const;

private:
    QString m_text;
    QList<Token> m_tokens;
    mutable QList<std::optional<QString>> m_forms;
    mutable QList<std::optional<QList<CliticReading>>> m_readings;
    mutable std::optional<QSet<QString>> m_wordForms;
};

}  // namespace alam
