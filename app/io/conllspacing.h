#pragma once
// How CoNLL tokens are joined back into text: one space between tokens, none before closing
// punctuation or after opening punctuation, none around a clitic piece marked with "+"
// (Farasa/ATB convention: «و+ إسرائيل» is «وإسرائيل»).
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

}  // namespace ConllSpacing

}  // namespace alam
