#pragma once
// How values look in the database: timestamps as ISO-8601 UTC text with milliseconds
// ("2024-05-01T09:30:00.123Z", which sorts as it reads), "no id" as NULL.
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace alam::sqlvalues {

QDateTime now();  // UTC, to the millisecond (what the database keeps)
QString timestamp(const QDateTime& at);
QDateTime parseTimestamp(const QString& text);

QVariant nullableId(qint64 id);  // 0 → NULL

// A LIKE pattern for "contains `text`"; \ escapes % and _ (use ESCAPE '\').
QString containsPattern(const QString& text);

}  // namespace alam::sqlvalues
