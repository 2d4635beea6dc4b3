#pragma once
// Offsets into a text as written (raw UTF-16) → offsets into the text as stored, whose line
// ends are normalised ("\r\n" → "\n"; a lone "\r" becomes "\n" in place) and, optionally,
// whose leading BOM is dropped. brat and JSONL count offsets on the text as written.
#include <QList>
#include <QStringView>

namespace alam {

class LineEndMap final {
public:
    enum class Bom { Keep, Drop };
    explicit LineEndMap(QStringView raw, Bom bom = Bom::Keep);

    int map(int raw) const;  // an offset on a removed character maps to the one after it

private:
    QList<int> m_removed;  // raw offsets of the removed characters, ascending
};

}  // namespace alam
