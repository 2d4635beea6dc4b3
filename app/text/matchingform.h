#pragma once
// The matching form: alef variants → ا, ى → ي, ة → ه, no diacritics, no tatweel, NFKC for
// presentation forms. For matching, search and features only; never displayed or stored as
// the document. Keeps a map back to the original offsets. Also folds the Persian ی → ي and
// ک → ك that Persian keyboards type in Arabic text. Surrogate pairs pass through unchanged.
#include <QList>
#include <QString>
#include <QStringView>

namespace alam {

class MatchingForm final {
public:
    static MatchingForm of(QStringView original);
    // The form alone, without the offset map (fast path for features and search keys).
    static QString normalise(QStringView original);
    // The last character of normalise(original), or 0 when that is empty; reads from the end,
    // so a search can skip words that cannot end like the one it looks for.
    static char16_t lastChar(QStringView original);

    const QString& text() const { return m_text; }
    // Original offset of the character at matching-form index i (i == text().size() gives the
    // original length), so [originalOffset(s), originalOffset(e)) covers a matched range.
    int originalOffset(int i) const { return m_toOriginal.at(i); }

private:
    QString m_text;
    QList<int> m_toOriginal;  // size m_text.size() + 1
};

}  // namespace alam
