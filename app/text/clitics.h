#pragma once
// Arabic proclitics: conjunctions و ف, prepositions ب ل ك, future س, and the article ال.
// For ل + ال the alef is elided: للحكومة = ل + الحكومة, so a name span starts after the first ل.
#include <QList>
#include <QString>
#include <QStringView>

namespace alam {

struct CliticReading {
    int stemStart = 0;    // original offset where the span may start (after the proclitics)
    int stemEnd = 0;      // original offset of the token's end
    QString proclitics;   // the stripped prefix letters as written, e.g. "و", "وب", "" for none
    QString stem;         // matching form of the word after the proclitics, with an elided
                          // article restored: للحكومة → "الحكومه"
    QString bareStem;     // matching form without the article: "حكومه"
    bool hasArticle = false;
};

class Clitics final {
public:
    // All plausible readings of the token text[tokenStart, tokenEnd), the reading without
    // proclitics first, then by growing prefix. Stems shorter than two letters are not offered.
    // Offsets outside the text are clamped. A token that is only proclitics (لـ, و) has no
    // reading: see isStandaloneProclitic.
    static QList<CliticReading> analyse(QStringView text, int tokenStart, int tokenEnd);

    // True when the whole token is proclitics written apart from their word, with or without
    // tatweel or diacritics: و ف ب لـ كـ وبـ فلـ الـ والـ بالـ للـ. In «لـ"العربي الجديد"» the
    // token لـ attaches to the name that follows; callers keep it out of the span.
    static bool isStandaloneProclitic(QStringView token);
};

}  // namespace alam
