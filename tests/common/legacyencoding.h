#pragma once
// Test helper: text encoded in a legacy code page with ICU, as a Windows or old Unix editor
// would have written it.
#include <QByteArray>
#include <QString>

#include <unicode/ucnv.h>

#include <memory>

namespace alam::test {

inline QByteArray encodeWithIcu(const QString& text, const char* codePage)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(codePage, &status),
                                                                 &ucnv_close);
    // Fail loudly rather than write substitution bytes for characters the code page lacks.
    ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                          &status);
    if (U_FAILURE(status))
        return {};
    QByteArray bytes(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t length = ucnv_fromUChars(converter.get(), bytes.data(), int32_t(bytes.size()),
                                           reinterpret_cast<const UChar*>(text.utf16()),
                                           int32_t(text.size()), &status);
    if (U_FAILURE(status))
        return {};
    bytes.truncate(length);
    return bytes;
}

}  // namespace alam::test
