#include "collation.h"

#include "reviewlog.h"

#include <unicode/ucol.h>
#include <unicode/utrans.h>

namespace alam {

namespace {

const UChar* utf16(QStringView text)
{
    return reinterpret_cast<const UChar*>(text.utf16());
}

}  // namespace

struct ArabicCollator::Handle {
    UCollator* collator = nullptr;
    ~Handle()
    {
        if (collator)
            ucol_close(collator);
    }
};

ArabicCollator::ArabicCollator()
    : m_handle(std::make_unique<Handle>())
{
    UErrorCode status = U_ZERO_ERROR;
    m_handle->collator = ucol_open("ar", &status);
    if (U_FAILURE(status)) {
        qCWarning(lcReview) << "No Arabic collation:" << u_errorName(status);
        m_handle->collator = nullptr;
    }
}

ArabicCollator::~ArabicCollator() = default;

int ArabicCollator::compare(QStringView a, QStringView b) const
{
    if (!m_handle->collator)
        return a.compare(b);
    return ucol_strcoll(m_handle->collator, utf16(a), int32_t(a.size()), utf16(b),
                        int32_t(b.size()));
}

struct LatinTransliterator::Handle {
    UTransliterator* transliterator = nullptr;
    ~Handle()
    {
        if (transliterator)
            utrans_close(transliterator);
    }
};

LatinTransliterator::LatinTransliterator()
    : m_handle(std::make_unique<Handle>())
{
    // Arabic-Latin alone gives scholarly marks (ālkāẓmy̱) that colleagues cannot type or search
    // for; Latin-ASCII folds them to plain letters (alkazmy).
    static const char16_t id[] = u"Arabic-Latin; Latin-ASCII";
    UErrorCode status = U_ZERO_ERROR;
    m_handle->transliterator = utrans_openU(reinterpret_cast<const UChar*>(id), -1,
                                            UTRANS_FORWARD, nullptr, 0, nullptr, &status);
    if (U_FAILURE(status)) {
        qCWarning(lcReview) << "No Arabic-Latin transliteration:" << u_errorName(status);
        m_handle->transliterator = nullptr;
    }
}

LatinTransliterator::~LatinTransliterator() = default;

bool LatinTransliterator::isValid() const
{
    return m_handle->transliterator != nullptr;
}

QString LatinTransliterator::toLatin(const QString& text) const
{
    if (!m_handle->transliterator || text.isEmpty())
        return text;
    // Transliteration may lengthen the text: give it room, and retry once with what it asks.
    QString buffer = text;
    int32_t capacity = int32_t(text.size()) * 4 + 16;
    for (int attempt = 0; attempt < 2; ++attempt) {
        buffer = text;
        buffer.resize(capacity);
        int32_t length = int32_t(text.size());
        int32_t limit = length;
        UErrorCode status = U_ZERO_ERROR;
        utrans_transUChars(m_handle->transliterator, reinterpret_cast<UChar*>(buffer.data()),
                           &length, capacity, 0, &limit, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            capacity = length + 16;
            continue;
        }
        if (U_FAILURE(status))
            return text;
        buffer.resize(length);
        // Latin-ASCII keeps the half rings of ʿayn and hamza (walʿraq); the apostrophe is how
        // they are written in plain Latin (wal'raq).
        for (QChar& c : buffer) {
            if (c.unicode() == 0x02BE || c.unicode() == 0x02BF)
                c = u'\'';
        }
        return buffer;
    }
    return text;
}

}  // namespace alam
