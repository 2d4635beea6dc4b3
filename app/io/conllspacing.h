#pragma once
// How CoNLL tokens are joined back into text: one space between tokens, none before closing
// punctuation or after opening punctuation, none around a clitic piece marked with "+"
// (Farasa/ATB convention: «و+ إسرائيل» is «وإسرائيل»). Straight quotes (" and ') open and
// close in turn; a prefix written with tatweel (لـ) stays joined to the opening punctuation
// after it: «لـ"العربي الجديد"».
#include <QString>
#include <QStringView>

namespace alam {

namespace ConllSpacing {

bool noSpaceBefore(QStringView token);
bool noSpaceAfter(QStringView token);

// Arabic letters (with their diacritics and tatweel), which may carry a "+" marker.
bool canCarryMarker(QStringView piece);
// «و+»: Arabic letters then "+", attached to the next token.
bool attachesToNext(QStringView token);
// «+ها»: "+" then Arabic letters, attached to the previous token.
bool attachesToPrevious(QStringView token);
// The token's text without its attachment marker.
QStringView withoutMarker(QStringView token);

// Joins the tokens of one document, in order; it remembers which straight quotes are open.
class Joiner final {
public:
    // Whether a space goes before `token`; call once per token. `firstOfLine`: the token
    // starts a sentence (line), so no space, but quotes stay paired across sentences.
    bool spaceBefore(QStringView token, bool firstOfLine);

private:
    QStringView m_previous;
    bool m_previousOpens = false;
    bool m_doubleQuoteOpen = false;
    bool m_singleQuoteOpen = false;
};

}  // namespace ConllSpacing

}  // namespace alam
