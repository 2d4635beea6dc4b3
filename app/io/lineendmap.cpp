#include "lineendmap.h"

#include <algorithm>

namespace alam {

LineEndMap::LineEndMap(QStringView raw, Bom bom)
{
    if (bom == Bom::Drop && raw.startsWith(QChar(0xFEFF)))
        m_removed.append(0);
    for (int i = 0; i + 1 < raw.size(); ++i)
        if (raw[i] == u'\r' && raw[i + 1] == u'\n')
            m_removed.append(i);
}

int LineEndMap::map(int raw) const
{
    return raw - int(std::lower_bound(m_removed.cbegin(), m_removed.cend(), raw)
                     - m_removed.cbegin());
}

}  // namespace alam
