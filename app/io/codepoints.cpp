#include "codepoints.h"

#include <algorithm>

namespace alam {

CodePointMap::CodePointMap(QStringView text)
    : m_utf16Length(int(text.size()))
{
    for (int i = 0; i + 1 < m_utf16Length; ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_astralCodePoint.append(i - int(m_astralUtf16.size()));
            m_astralUtf16.append(i);
            ++i;
        }
    }
}

int CodePointMap::toCodePoint(int utf16Offset) const
{
    // Every pair that starts before the offset counts one code point less than its length.
    const auto before = std::lower_bound(m_astralUtf16.cbegin(), m_astralUtf16.cend(), utf16Offset);
    return utf16Offset - int(before - m_astralUtf16.cbegin());
}

std::optional<int> CodePointMap::toUtf16(int codePointOffset) const
{
    if (codePointOffset < 0 || codePointOffset > codePointLength())
        return std::nullopt;
    const auto before =
        std::lower_bound(m_astralCodePoint.cbegin(), m_astralCodePoint.cend(), codePointOffset);
    return codePointOffset + int(before - m_astralCodePoint.cbegin());
}

}  // namespace alam
