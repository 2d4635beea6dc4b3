#include "corpusstats.h"

#include "database.h"
#include "sqlstatement.h"

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace alam {
namespace {

// Runs a statement through the database layer and hands each row to `row`.
Status eachRow(Database& db, const QString& sql, const QVariantList& values,
               const std::function<void(const SqlStatement&)>& row)
{
    Result<SqlStatement> rows = db.execute(sql, values);
    if (!rows)
        return Error{CorpusStatsQuery::tr("Cannot count the corpus: %1").arg(rows.error())};
    while (rows->next())
        row(*rows);
    return {};
}

}  // namespace

Result<CorpusStats> CorpusStatsQuery::run(Database& db)
{
    CorpusStats stats;
    Status status = eachRow(
        db, u"SELECT status, COUNT(*), COALESCE(SUM(LENGTH(text)), 0) FROM documents GROUP BY status"_s,
        {}, [&](const SqlStatement& q) {
            const int n = q.integer(1);
            stats.documentsByStatus.insert(q.text(0), n);
            stats.documents += n;
            stats.textCharacters += q.id(2);
        });
    if (!status)
        return Error{status.error()};
    status = eachRow(db, u"SELECT status, COUNT(*) FROM annotations GROUP BY status"_s, {},
                     [&](const SqlStatement& q) {
                         const int n = q.integer(1);
                         stats.annotationsByStatus.insert(q.text(0), n);
                         stats.annotations += n;
                     });
    if (!status)
        return Error{status.error()};
    status = eachRow(db, u"SELECT label, COUNT(*) FROM annotations WHERE status <> ? GROUP BY label"_s,
                     {toString(AnnotationStatus::Rejected)}, [&](const SqlStatement& q) {
                         stats.annotationsByLabel.insert(q.text(0), q.integer(1));
                     });
    if (!status)
        return Error{status.error()};
    status = eachRow(db, u"SELECT COUNT(*) FROM entities"_s, {},
                     [&](const SqlStatement& q) { stats.entities = q.integer(0); });
    if (!status)
        return Error{status.error()};
    return stats;
}

}  // namespace alam
