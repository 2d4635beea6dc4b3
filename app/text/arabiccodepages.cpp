#include "arabiccodepages.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <QStringList>

#include <memory>

namespace alam::arabiccodepages {
namespace {

constexpr QStringView kWindows1256 = u"windows-1256";
constexpr QStringView kIso88596 = u"ISO-8859-6";

// The detector sees at most this much: enough for its statistics, and fast on 20 MB articles.
constexpr qsizetype kDetectorSample = 64 * 1024;

// Candidate code pages in the detector's order of confidence, then the two we always try
// (Windows-1256 first: Arabic files from Windows are the common case and the detector often
// names another single-byte code page for them).
QStringList candidates(const QByteArray& bytes)
{
    QStringList names;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                        &ucsdet_close);
    if (U_SUCCESS(status)) {
        ucsdet_setText(detector.get(), bytes.constData(),
                       int32_t(qMin(bytes.size(), kDetectorSample)), &status);
        int32_t count = 0;
        const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
        for (int32_t k = 0; U_SUCCESS(status) && k < count; ++k) {
            const QString name = QString::fromLatin1(ucsdet_getName(matches[k], &status));
            if (name.compare(kWindows1256, Qt::CaseInsensitive) == 0)
                names.append(kWindows1256.toString());
            else if (name.startsWith(kIso88596, Qt::CaseInsensitive))  // also "-I" and "-E"
                names.append(kIso88596.toString());
        }
    }
    names << kWindows1256.toString() << kIso88596.toString();
    names.removeDuplicates();
    return names;
}

// Strict conversion: nothing when a byte has no character in the code page.
std::optional<QString> convert(const QByteArray& bytes, const QString& codePage)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(
            ucnv_open(codePage.toLatin1().constData(), &status), &ucnv_close);
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    if (U_FAILURE(status))
        return std::nullopt;
    QString text(bytes.size(), Qt::Uninitialized);  // single-byte: one unit per byte
    const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar*>(text.data()),
                                         int32_t(text.size()), bytes.constData(),
                                         int32_t(bytes.size()), &status);
    if (U_FAILURE(status) || length > text.size())
        return std::nullopt;
    text.truncate(length);
    return text;
}

bool isArabicLetter(char16_t c) { return c >= 0x0621 && c <= 0x064A; }
bool isArabicMark(char16_t c) { return (c >= 0x064B && c <= 0x0652) || c == 0x0640; }

// How well the decoded text reads as Arabic: the share of its non-ASCII characters that are
// Arabic (letters, marks, ، ؛ ؟). 0 unless it holds at least one word of two Arabic letters:
// "\xC3\x28" in Latin text would decode to a lone «أ», which is no reason to call it Arabic.
double arabicScore(const QString& text)
{
    qsizetype nonAscii = 0, arabic = 0, lettersInWords = 0, run = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x80)
            ++nonAscii;
        if (c >= 0x0600 && c <= 0x06FF)
            ++arabic;
        if (isArabicLetter(c)) {
            ++run;
            lettersInWords += run == 2 ? 2 : (run > 2 ? 1 : 0);
        } else if (!isArabicMark(c)) {
            run = 0;
        }
    }
    if (lettersInWords < 2 || nonAscii == 0)
        return 0;
    return double(arabic) / double(nonAscii);
}

constexpr double kMinimumScore = 0.8;

}  // namespace

std::optional<Decoded> decode(const QByteArray& bytes)
{
    std::optional<Decoded> best;
    double bestScore = kMinimumScore;
    for (const QString& codePage : candidates(bytes)) {
        std::optional<QString> text = convert(bytes, codePage);
        if (!text)
            continue;
        const double score = arabicScore(*text);
        if (score > bestScore || (!best && score >= bestScore)) {
            best = Decoded{std::move(*text), codePage};
            bestScore = score;
        }
    }
    return best;
}

}  // namespace alam::arabiccodepages
