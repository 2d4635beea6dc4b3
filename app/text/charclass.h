#pragma once
// Internal to the tokenizer: what each code point does to a token, from a table built once.
#include <QtGlobal>

namespace alam::charclass {

enum class CharClass : quint8 {
    Space,         // white space and invisible bidi controls (LRM, RLM, isolates, BOM): separate
    ArabicLetter,  // letters of the Arabic script, presentation forms included
    OtherLetter,   // letters of any other script
    Digit,         // decimal digits (ASCII, Arabic-Indic, Extended Arabic-Indic, …), other numbers
    Mark,          // stays inside its word: diacritics, tatweel, ZWJ/ZWNJ, soft hyphen
    Punctuation,   // each one its own token
    Symbol,        // each one its own token, with its modifiers (emoji skin tones, VS16)
    HighSurrogate,
    LowSurrogate,
};

// The class of every UTF-16 unit, indexed by the unit (65536 entries; surrogates have their own).
const CharClass* bmpClasses();
// The class of any code point, outside the BMP included.
CharClass classOf(char32_t codePoint);

}  // namespace alam::charclass
