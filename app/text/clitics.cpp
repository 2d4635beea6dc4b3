#include "clitics.h"

#include "matchingform.h"

namespace alam {
namespace {

constexpr QChar kWaw = u'\u0648';
constexpr QChar kFa = u'\u0641';
constexpr QChar kBa = u'\u0628';
constexpr QChar kLam = u'\u0644';
constexpr QChar kKaf = u'\u0643';
constexpr QChar kSeen = u'\u0633';
constexpr QChar kAlef = u'\u0627';
constexpr QChar kYa = u'\u064A';
constexpr QChar kTa = u'\u062A';
constexpr QChar kNoon = u'\u0646';

constexpr qsizetype kMinimumStem = 2;

bool isConjunction(QChar c) { return c == kWaw || c == kFa; }
bool isPreposition(QChar c) { return c == kBa || c == kLam || c == kKaf || c == kSeen; }
// The imperfect-tense prefixes (أ ي ت ن; أ is ا in the matching form): what follows future س.
bool startsLikeVerb(QStringView stem)
{
    return !stem.isEmpty()
            && (stem[0] == kYa || stem[0] == kTa || stem[0] == kNoon || stem[0] == kAlef);
}

bool startsWithArticle(QStringView form)
{
    return form.size() >= 2 && form[0] == kAlef && form[1] == kLam;
}

class ReadingBuilder final {
public:
    ReadingBuilder(QStringView text, int tokenStart, int tokenEnd)
        : m_form(MatchingForm::of(text.sliced(tokenStart, tokenEnd - tokenStart)))
        , m_tokenStart(tokenStart)
        , m_tokenEnd(tokenEnd)
    {
    }

    const QString& form() const { return m_form.text(); }

    // The reading with the first `prefixLength` letters of the matching form as proclitics.
    // `elidedArticle`: the stem starts with the ل of an article whose alef ل + ال dropped.
    void offer(qsizetype prefixLength, bool elidedArticle, bool articleAllowed = true)
    {
        const QStringView rest = QStringView(form()).sliced(prefixLength);
        CliticReading reading;
        if (elidedArticle) {
            reading.stem = QString(kAlef) + rest;
            reading.bareStem = rest.sliced(1).toString();
            reading.hasArticle = true;
        } else {
            reading.stem = rest.toString();
            reading.hasArticle = startsWithArticle(rest) && rest.size() - 2 >= kMinimumStem;
            reading.bareStem = reading.hasArticle ? rest.sliced(2).toString() : reading.stem;
        }
        if (reading.bareStem.size() < kMinimumStem || reading.stem.size() < kMinimumStem)
            return;
        if (reading.hasArticle && !articleAllowed)
            return;
        reading.stemStart = m_tokenStart + m_form.originalOffset(int(prefixLength));
        if (prefixLength > 0 && reading.stemStart == m_tokenStart)
            return;  // the prefix is inside a ligature (ﻻ): no span can start after it
        reading.stemEnd = m_tokenEnd;
        reading.proclitics = form().left(prefixLength);
        m_readings.append(std::move(reading));
    }

    // The reading after a preposition, and for ل + ل also the one with the elided article.
    void offerAfterPreposition(qsizetype prefixLength)
    {
        const QChar preposition = form()[prefixLength - 1];
        const QStringView rest = QStringView(form()).sliced(prefixLength);
        if (preposition == kSeen) {  // future: only before an imperfect verb, never an article
            if (startsLikeVerb(rest))
                offer(prefixLength, false, false);
            return;
        }
        if (preposition == kLam && !rest.isEmpty() && rest[0] == kLam)
            offer(prefixLength, true);  // للحكومة = ل + الحكومة, the common case first
        offer(prefixLength, false);     // لليبيا = ل + ليبيا
    }

    QList<CliticReading> take() { return std::move(m_readings); }

private:
    MatchingForm m_form;
    int m_tokenStart;
    int m_tokenEnd;
    QList<CliticReading> m_readings;
};

}  // namespace

QList<CliticReading> Clitics::analyse(QStringView text, int tokenStart, int tokenEnd)
{
    tokenStart = qBound(0, tokenStart, int(text.size()));
    tokenEnd = qBound(tokenStart, tokenEnd, int(text.size()));
    ReadingBuilder builder(text, tokenStart, tokenEnd);
    const QString& form = builder.form();
    const qsizetype n = form.size();

    builder.offer(0, false);
    const bool conjunction = n > 0 && isConjunction(form[0]);
    if (conjunction)
        builder.offer(1, false);
    if (n > 0 && isPreposition(form[0]))
        builder.offerAfterPreposition(1);
    if (conjunction && n > 1 && isPreposition(form[1]))
        builder.offerAfterPreposition(2);
    return builder.take();
}

bool Clitics::isStandaloneProclitic(QStringView token)
{
    const QString form = MatchingForm::normalise(token);
    const qsizetype n = form.size();
    qsizetype k = 0;
    if (k < n && isConjunction(form[k]))
        ++k;
    QChar preposition;
    if (k < n && isPreposition(form[k]))
        preposition = form[k++];
    const QStringView rest = QStringView(form).sliced(k);
    if (preposition != kSeen && rest.size() == 2 && startsWithArticle(rest))
        k += 2;  // والـ, بالـ
    else if (preposition == kLam && rest.size() == 1 && rest[0] == kLam)
        k += 1;  // للـ
    return n > 0 && k == n;
}

}  // namespace alam
