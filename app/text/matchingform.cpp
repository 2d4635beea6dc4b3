#include "matchingform.h"

#include <unicode/unorm2.h>

#include <array>

namespace alam {
namespace {

constexpr char16_t kAlef = 0x0627;
constexpr char16_t kYeh = 0x064A;
constexpr char16_t kHeh = 0x0647;
constexpr char16_t kKaf = 0x0643;

constexpr bool isRemoved(char16_t c)
{
    return (c >= 0x064B && c <= 0x0652) || c == 0x0670 || c == 0x0640;  // diacritics, tatweel
}

constexpr bool isPresentationForm(char16_t c)
{
    return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

constexpr char16_t mapLetter(char16_t c)
{
    switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671:  // آ أ إ ٱ
    case 0x0672: case 0x0673: case 0x0675:               // alef with wavy or high hamza
        return kAlef;
    case 0x0649: case 0x06CC:  // ى, and the Persian yeh that Persian keyboards type for it
        return kYeh;
    case 0x0629:  // ة
        return kHeh;
    case 0x06A9:  // Persian keheh, typed for ك
        return kKaf;
    default:
        return c;
    }
}

// The matching form of each presentation form (U+FB50–U+FDFF, U+FE70–U+FEFF), built once with
// ICU's NFKC: ﻻ → "لا", ﺓ → "ه", ﹰ (isolated fathatan, NFKC " ً") → "".
class PresentationForms final {
public:
    PresentationForms()
    {
        UErrorCode status = U_ZERO_ERROR;
        const UNormalizer2* nfkc = unorm2_getNFKCInstance(&status);
        for (char16_t c = 0xFB50; c <= 0xFEFF; ++c) {
            if (!isPresentationForm(c))
                continue;
            QString& form = m_forms[c - kFirst];
            std::array<UChar, 64> buffer{};
            UErrorCode err = status;
            const int32_t n = U_SUCCESS(err)
                    ? unorm2_normalize(nfkc, &c, 1, buffer.data(), buffer.size(), &err) : 0;
            if (U_FAILURE(err) || n <= 0) {
                form = QString(QChar(c));
                continue;
            }
            for (int32_t k = 0; k < n; ++k) {
                const char16_t m = buffer[k];
                const bool spacingMark = c >= 0xFE70 && c <= 0xFE7F && m == u' ';  // ﹰ → " ً"
                if (!spacingMark && !isRemoved(m))
                    form.append(QChar(mapLetter(m)));
            }
        }
    }
    QStringView of(char16_t c) const { return m_forms[c - kFirst]; }

private:
    static constexpr char16_t kFirst = 0xFB50;
    std::array<QString, 0xFEFF - kFirst + 1> m_forms;
};

const PresentationForms& presentationForms()
{
    static const PresentationForms forms;
    return forms;
}

// Calls put(matchingChar, originalIndex) for each character of the matching form. Surrogate
// halves pass through unchanged, so pairs stay whole and each half keeps its own offset.
template <typename Emit>
void forEachMatchingChar(QStringView original, Emit&& put)
{
    const char16_t* s = original.utf16();
    const qsizetype n = original.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x0622) {
            put(c, i);
        } else if (isRemoved(c)) {
            continue;
        } else if (isPresentationForm(c)) {
            for (const QChar m : presentationForms().of(c))
                put(m.unicode(), i);
        } else {
            put(mapLetter(c), i);
        }
    }
}

}  // namespace

MatchingForm MatchingForm::of(QStringView original)
{
    MatchingForm form;
    form.m_text.reserve(original.size());
    form.m_toOriginal.reserve(original.size() + 1);
    forEachMatchingChar(original, [&form](char16_t c, qsizetype i) {
        form.m_text.append(QChar(c));
        form.m_toOriginal.append(int(i));
    });
    form.m_toOriginal.append(int(original.size()));
    return form;
}

QString MatchingForm::normalise(QStringView original)
{
    // Writes through a raw pointer: this runs once per token over whole corpora.
    QString out(original.size(), Qt::Uninitialized);
    char16_t* p = reinterpret_cast<char16_t*>(out.data());
    qsizetype used = 0;
    forEachMatchingChar(original, [&](char16_t c, qsizetype) {
        if (used == out.size()) {  // a presentation form grew the text (ﷺ is 18 letters)
            out.resize(out.size() * 2 + 16);
            p = reinterpret_cast<char16_t*>(out.data());
        }
        p[used++] = c;
    });
    out.truncate(used);
    return out;
}

char16_t MatchingForm::lastChar(QStringView original)
{
    for (qsizetype i = original.size() - 1; i >= 0; --i) {
        const char16_t c = original.utf16()[i];
        if (c < 0x0622)
            return c;
        if (isRemoved(c))
            continue;
        if (isPresentationForm(c)) {
            const QStringView form = presentationForms().of(c);
            if (form.isEmpty())
                continue;
            return form.back().unicode();
        }
        return mapLetter(c);
    }
    return 0;
}

}  // namespace alam
