#include "sqlvalues.h"

#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace alam::sqlvalues {

namespace {

// Writes `value` as `width` digits at `out` (the hot path of an import writes several
// timestamps per annotation; QDateTime::toString costs microseconds each).
void putDigits(char16_t* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

int readDigits(QStringView text, qsizetype from, int width, bool* ok)
{
    int value = 0;
    for (qsizetype i = from; i < from + width; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

}  // namespace

QDateTime now()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

QString timestamp(const QDateTime& at)
{
    if (!at.isValid())
        return QString::fromLatin1("", 0);
    using namespace std::chrono;
    const sys_time<milliseconds> time{milliseconds(at.toMSecsSinceEpoch())};
    const sys_days day = floor<days>(time);
    const year_month_day date{day};
    const hh_mm_ss clock{time - day};
    const int year = int(date.year());
    if (year < 0 || year > 9999)
        return at.toUTC().toString(Qt::ISODateWithMs);

    // 2024-05-01T09:30:00.123Z
    QString text(24, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    putDigits(out, year, 4);
    out[4] = u'-';
    putDigits(out + 5, int(unsigned(date.month())), 2);
    out[7] = u'-';
    putDigits(out + 8, int(unsigned(date.day())), 2);
    out[10] = u'T';
    putDigits(out + 11, int(clock.hours().count()), 2);
    out[13] = u':';
    putDigits(out + 14, int(clock.minutes().count()), 2);
    out[16] = u':';
    putDigits(out + 17, int(clock.seconds().count()), 2);
    out[19] = u'.';
    putDigits(out + 20, int(clock.subseconds().count()), 3);
    out[23] = u'Z';
    return text;
}

QDateTime parseTimestamp(const QString& text)
{
    // The form timestamp() writes, read directly; anything else through Qt's ISO parser.
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T'
        && text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.'
        && text.at(23) == u'Z') {
        bool ok = true;
        const QDate date(readDigits(text, 0, 4, &ok), readDigits(text, 5, 2, &ok),
                         readDigits(text, 8, 2, &ok));
        const QTime time(readDigits(text, 11, 2, &ok), readDigits(text, 14, 2, &ok),
                         readDigits(text, 17, 2, &ok), readDigits(text, 20, 3, &ok));
        if (ok && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString containsPattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'%', u"\\%"_s);
    escaped.replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

}  // namespace alam::sqlvalues
