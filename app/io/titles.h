#pragma once
#include <QString>
#include <QStringView>

namespace alam {

// A document title from its text: the first non-empty line, trimmed and cut at a word
// boundary to about maxLength characters (never inside a surrogate pair); `fallback` (usually
// the file name) when the text has no visible line.
QString titleFromText(QStringView text, const QString& fallback, int maxLength = 120);

}  // namespace alam
