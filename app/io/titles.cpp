#include "titles.h"

namespace alam {

QString titleFromText(QStringView text, const QString& fallback, int maxLength)
{
    for (QStringView line : text.tokenize(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.size() <= maxLength)
            return line.toString();
        int cut = maxLength;
        const auto space = line.first(maxLength + 1).lastIndexOf(u' ');
        if (space > maxLength / 2)
            cut = int(space);
        else if (line[cut].isLowSurrogate())
            --cut;
        return line.first(cut).trimmed().toString() + QChar(0x2026);  // …
    }
    return fallback;
}

}  // namespace alam
