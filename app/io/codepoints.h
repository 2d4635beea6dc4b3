#pragma once
// UTF-16 (QString) offsets ↔ Unicode code point offsets (what Python, spaCy, doccano and brat
// count). Built once per text; each conversion is a binary search over the characters outside
// the BMP only, so a text without them costs nothing.
#include <QList>
#include <QStringView>
#include <optional>

namespace alam {

class CodePointMap final {
public:
    explicit CodePointMap(QStringView text);

    int utf16Length() const { return m_utf16Length; }
    int codePointLength() const { return m_utf16Length - int(m_astralUtf16.size()); }

    // An offset inside a surrogate pair maps to the code point that pair encodes.
    int toCodePoint(int utf16Offset) const;
    // nullopt when the offset lies outside [0, codePointLength()].
    std::optional<int> toUtf16(int codePointOffset) const;

private:
    int m_utf16Length = 0;
    QList<int> m_astralUtf16;      // UTF-16 offset of each high surrogate, ascending
    QList<int> m_astralCodePoint;  // the same characters as code point offsets
};

}  // namespace alam
