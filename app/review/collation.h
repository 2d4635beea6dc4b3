#pragma once
// Arabic alphabetical order (ICU collation for «ar») and a Latin transliteration (ICU's
// "Arabic-Latin; Latin-ASCII") for the entity panel. Each object owns its ICU handles: use one per thread.
#include <QString>
#include <QStringView>
#include <memory>

namespace alam {

class ArabicCollator final {
public:
    ArabicCollator();
    ~ArabicCollator();
    ArabicCollator(const ArabicCollator&) = delete;
    ArabicCollator& operator=(const ArabicCollator&) = delete;

    // <0, 0, >0 as a sorts before, with or after b; plain code-point order if ICU failed.
    int compare(QStringView a, QStringView b) const;
    bool operator()(QStringView a, QStringView b) const { return compare(a, b) < 0; }

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
};

class LatinTransliterator final {
public:
    LatinTransliterator();
    ~LatinTransliterator();
    LatinTransliterator(const LatinTransliterator&) = delete;
    LatinTransliterator& operator=(const LatinTransliterator&) = delete;

    bool isValid() const;
    // «مصطفى الكاظمي» → «mstfy alkazmy» (plain ASCII); the text itself when ICU failed.
    QString toLatin(const QString& text) const;

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
};

}  // namespace alam
