#include "decoder.h"

#include "arabiccodepages.h"

#include <unicode/utf8.h>

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <type_traits>

using namespace Qt::Literals::StringLiterals;

namespace alam {
namespace {

// QString holds at most 2^30 units on 64-bit Qt 6; stay well clear of every int limit.
constexpr qsizetype kMaximumBytes = qsizetype(1) << 30;

constexpr QByteArrayView kUtf32LeBom("\xFF\xFE\0\0", 4);
constexpr QByteArrayView kUtf32BeBom("\0\0\xFE\xFF", 4);

// C0 controls that are not white space. A few (a stray ESC) are tolerated; many mean binary.
template <typename Unit>
bool looksBinary(const Unit* units, qsizetype size)
{
    qsizetype controls = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char32_t u = static_cast<std::make_unsigned_t<Unit>>(units[i]);
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\v' && u != u'\f' && u != u'\r')
            ++controls;
    }
    return controls > 0 && controls * 100 >= size;  // 1% or more
}

Error binaryError(const QString& name)
{
    return Error{QCoreApplication::translate("alam::TextDecoder",
                                             "%1 looks like a binary file (it contains NUL or "
                                             "control bytes), not text.")
                         .arg(name)};
}

// Byte offset of the first sequence that is not UTF-8 (ICU's strict reading), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = int32_t(bytes.size());
    int32_t i = 0;
    while (i < length) {
        const int32_t at = i;
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0)
            return at;
    }
    return -1;
}

Result<DecodedText> decodeUtf16(QByteArrayView bytes, QStringConverter::Encoding encoding,
                                const QString& encodingName, const QString& name)
{
    if (bytes.size() % 2 != 0)
        return Error{QCoreApplication::translate("alam::TextDecoder",
                                                 "%1 is %2 with an odd number of bytes; the "
                                                 "file looks cut short.")
                             .arg(name, encodingName)};
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError() || !QStringView(text).isValidUtf16())
        return Error{QCoreApplication::translate("alam::TextDecoder",
                                                 "%1 is not valid %2 (it holds an unpaired "
                                                 "surrogate).")
                             .arg(name, encodingName)};
    if (looksBinary(text.utf16(), text.size()))
        return binaryError(name);
    return DecodedText{TextDecoder::normaliseLineEnds(std::move(text)), encodingName};
}

}  // namespace

Result<DecodedText> TextDecoder::decode(const QByteArray& bytes, const QString& name)
{
    if (bytes.isEmpty())
        return Error{tr("%1 is empty.").arg(name)};
    if (bytes.size() > kMaximumBytes)
        return Error{tr("%1 is too large to open as one document (%2 MB).")
                             .arg(name, QString::number(bytes.size() >> 20))};

    const QByteArrayView view(bytes);
    if (view.startsWith(kUtf32LeBom) || view.startsWith(kUtf32BeBom))
        return Error{tr("%1 is in UTF-32, which Alam does not read; save it as UTF-8.")
                             .arg(name)};
    if (view.startsWith("\xFF\xFE"))
        return decodeUtf16(view.sliced(2), QStringConverter::Utf16LE, u"UTF-16LE"_s, name);
    if (view.startsWith("\xFE\xFF"))
        return decodeUtf16(view.sliced(2), QStringConverter::Utf16BE, u"UTF-16BE"_s, name);

    const bool utf8Bom = view.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = utf8Bom ? view.sliced(3) : view;
    if (looksBinary(body.data(), body.size()))
        return binaryError(name);

    // Valid UTF-8 is always UTF-8; only other bytes go to the code-page detector.
    QStringDecoder utf8(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError())  // Qt's decoder is strict: overlongs, surrogates, cut sequences
        return DecodedText{normaliseLineEnds(std::move(text)), u"UTF-8"_s};

    const qsizetype offset = qMax<qsizetype>(firstInvalidUtf8(view), 0);
    // The BOM says UTF-8: bytes that are not are damage, not another code page.
    if (utf8Bom)
        return Error{tr("%1 starts with a UTF-8 byte order mark but is not valid UTF-8 (invalid "
                        "byte sequence at byte offset %2).")
                             .arg(name, QString::number(offset))};
    if (auto legacy = arabiccodepages::decode(bytes))
        return DecodedText{normaliseLineEnds(std::move(legacy->text)), legacy->encoding};

    return Error{tr("%1 is not valid UTF-8 (invalid byte sequence at byte offset %2) and does "
                    "not read as Arabic in Windows-1256 or ISO-8859-6.")
                         .arg(name, QString::number(offset))};
}

Result<DecodedText> TextDecoder::decodeFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("%1 does not exist.").arg(path)};
    if (info.isDir())
        return Error{tr("%1 is a folder, not a text file.").arg(path)};
    if (info.size() > kMaximumBytes)
        return Error{tr("%1 is too large to open as one document (%2 MB).")
                             .arg(path, QString::number(info.size() >> 20))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be read: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{tr("%1 cannot be read: %2").arg(path, file.errorString())};
    return decode(bytes, path);
}

QString TextDecoder::normaliseLineEnds(QString text)
{
    if (!text.contains(u'\r'))
        return text;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

}  // namespace alam
