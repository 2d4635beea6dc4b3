#include "charclass.h"

#include <QChar>

#include <array>

namespace alam::charclass {
namespace {

bool isInvisibleControl(char32_t c)
{
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E)
            || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

bool joinsWord(char32_t c)
{
    return c == 0x0640 || c == 0x200C || c == 0x200D || c == 0x00AD || c == 0x2060;
}

CharClass compute(char32_t c)
{
    if (QChar::isSpace(c) || isInvisibleControl(c))
        return CharClass::Space;
    if (joinsWord(c))
        return CharClass::Mark;
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
        return QChar::script(c) == QChar::Script_Arabic ? CharClass::ArabicLetter
                                                        : CharClass::OtherLetter;
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return CharClass::Digit;
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return CharClass::Mark;
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
        return CharClass::Punctuation;
    default:  // symbols, controls, private use, unassigned
        return CharClass::Symbol;
    }
}

struct BmpTable {
    BmpTable()
    {
        for (char32_t c = 0; c < 0x10000; ++c) {
            if (c >= 0xD800 && c <= 0xDBFF)
                classes[c] = CharClass::HighSurrogate;
            else if (c >= 0xDC00 && c <= 0xDFFF)
                classes[c] = CharClass::LowSurrogate;
            else
                classes[c] = compute(c);
        }
    }
    std::array<CharClass, 0x10000> classes{};
};

}  // namespace

const CharClass* bmpClasses()
{
    static const BmpTable table;
    return table.classes.data();
}

CharClass classOf(char32_t codePoint)
{
    return codePoint < 0x10000 ? bmpClasses()[codePoint] : compute(codePoint);
}

}  // namespace alam::charclass
