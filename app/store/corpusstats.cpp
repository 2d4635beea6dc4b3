#include "corpusstats.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <functional>

namespace alam {
namespace {

// Runs a prepared query and hands each row to `row`; the message names what was counted.
Status eachRow(Database& db, const QString& sql, const std::function<void(const QSqlQuery&)>& row)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql) || !query.exec())
        return Error{CorpusStatsQuery::tr("Cannot count the corpus: %1").arg(query.lastError().text())};
    while (query.next())
        row(query);
    return {};
}

}  // namespace

Result<CorpusStats> CorpusStatsQuery::run(Database& db)
{
    CorpusStats stats;
    Status status = eachRow(db,
        QStringLiteral("SELECT status, COUNT(*), COALESCE(SUM(LENGTH(text)), 0) FROM documents GROUP BY status"),
        [&](const QSqlQuery& q) {
            const int n = q.value(1).toInt();
            stats.documentsByStatus.insert(q.value(0).toString(), n);
            stats.documents += n;
            stats.textCharacters += q.value(2).toLongLong();
        });
    if (!status)
        return Error{status.error()};
    status = eachRow(db, QStringLiteral("SELECT status, COUNT(*) FROM annotations GROUP BY status"),
        [&](const QSqlQuery& q) {
            const int n = q.value(1).toInt();
            stats.annotationsByStatus.insert(q.value(0).toString(), n);
            stats.annotations += n;
        });
    if (!status)
        return Error{status.error()};
    status = eachRow(db,
        QStringLiteral("SELECT label, COUNT(*) FROM annotations WHERE status <> 'rejected' GROUP BY label"),
        [&](const QSqlQuery& q) { stats.annotationsByLabel.insert(q.value(0).toString(), q.value(1).toInt()); });
    if (!status)
        return Error{status.error()};
    status = eachRow(db, QStringLiteral("SELECT COUNT(*) FROM entities"),
        [&](const QSqlQuery& q) { stats.entities = q.value(0).toInt(); });
    if (!status)
        return Error{status.error()};
    return stats;
}

}  // namespace alam
