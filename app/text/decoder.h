#pragma once
// Bytes → Unicode text, as stored: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and
// Windows-1256 / ISO-8859-6 detected with ICU's charset detector. Line ends become "\n".
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace alam {

struct DecodedText {
    QString text;      // line ends normalised; otherwise exactly the decoded characters
    QString encoding;  // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1256", "ISO-8859-6"
};

class TextDecoder final {
    Q_DECLARE_TR_FUNCTIONS(alam::TextDecoder)
public:
    // `name` is used in messages (usually the file path). Errors: empty, binary (NUL or many
    // control bytes), UTF-32, UTF-16 cut short, and bytes that are neither UTF-8 nor Arabic in
    // a code page, and a UTF-8 BOM followed by bytes that are not UTF-8 (the messages name the
    // byte offset of the first invalid UTF-8 sequence). Valid UTF-8 is always read as UTF-8.
    static Result<DecodedText> decode(const QByteArray& bytes, const QString& name);
    static Result<DecodedText> decodeFile(const QString& path);
    // "\r\n" and lone "\r" → "\n".
    static QString normaliseLineEnds(QString text);
};

}  // namespace alam
