#include "entitydirectory.h"

#include "store/database.h"
#include "store/sqlstatement.h"
#include "store/types.h"
#include "text/matchingform.h"

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

// A LIKE pattern that finds `key` anywhere, with its own % and _ taken literally.
QString containing(const QString& key)
{
    QString escaped;
    for (QChar c : key) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

}  // namespace

Result<QList<EntityChoice>> EntityDirectory::withLabel(const QString& label, const QString& query,
                                                       int limit)
{
    const QString pattern = containing(MatchingForm::normalise(query.trimmed()));
    Result<SqlStatement> rows = m_db.execute(
        u"SELECT e.id, e.name, e.label,"
        " (SELECT COUNT(*) FROM annotations a WHERE a.entity_id = e.id AND a.status <> ?) AS n"
        " FROM entities e WHERE e.label = ? AND (e.name_key LIKE ? ESCAPE '\\'"
        " OR EXISTS (SELECT 1 FROM entity_aliases x WHERE x.entity_id = e.id"
        " AND x.alias_key LIKE ? ESCAPE '\\'))"
        " ORDER BY n DESC, e.id LIMIT ?"_s,
        {toString(AnnotationStatus::Rejected), label, pattern, pattern, limit});
    if (!rows)
        return Error{tr("Could not list the %1 entities: %2").arg(label, rows.error())};
    QList<EntityChoice> choices;
    while (rows->next())
        choices << EntityChoice{rows->id(0), rows->text(1), rows->text(2), rows->integer(3)};
    return choices;
}

}  // namespace alam
