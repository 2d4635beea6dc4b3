#pragma once
// Test helper: Arabic text encoded in a legacy code page with ICU, as a Windows or old Unix
// editor would have written it.
#include <QByteArray>
#include <QString>

#include "common/legacyencoding.h"

namespace alam::test {

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
