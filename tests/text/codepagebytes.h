#pragma once
// Test helper: Arabic text encoded in a legacy code page with ICU, as a Windows or old Unix
// editor would have written it.
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

// Two paragraphs of news-style Arabic, with ، ؛ ؟, a shadda, a fathatan and آ: every
// character exists in both Windows-1256 and ISO-8859-6.
inline QString arabicParagraphs()
{
    return QStringLiteral(
            "أعلنت وزارة الخارجية في بغداد، صباح يوم الخميس، أن الوفد الحكومي سيتوجه إلى "
            "القاهرة لبحث قضايا التعاون الاقتصادي والتجاري بين البلدين. وقال المتحدث باسم "
            "الوزارة إن الزيارة تأتي في إطار تعزيز العلاقات الثنائية وفتح آفاق جديدة للشراكة "
            "في مجالات الطاقة والنقل والزراعة؛ فهل تنجح هذه المساعي؟\n"
            "وفي سياق متصل، ذكرت مصادر مطلعة أن رئيس الوزراء سيلتقي غداً بوفد من رجال الأعمال "
            "الذين قدموا من عمّان ودمشق وبيروت، لمناقشة مشاريع إعادة الإعمار وتطوير البنية "
            "التحتية في المحافظات الشمالية والغربية.\n");
}

}  // namespace alam::test
