#pragma once
// Internal to the decoder: Arabic text in the single-byte code pages Windows-1256 and
// ISO-8859-6, recognised with ICU's charset detector and decoded with ICU's converters.
#include <QByteArray>
#include <QString>

#include <optional>

namespace alam::arabiccodepages {

struct Decoded {
    QString text;
    QString encoding;  // "windows-1256" or "ISO-8859-6"
};

// The bytes decoded from the code page they most plausibly are in, or nothing when they do
// not read as Arabic text in either (every byte must convert, and the text must hold Arabic
// words rather than a stray letter or two).
std::optional<Decoded> decode(const QByteArray& bytes);

}  // namespace alam::arabiccodepages
