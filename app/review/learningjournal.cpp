#include "learningjournal.h"

#include "store/database.h"
#include "store/sqlstatement.h"
#include "store/sqlvalues.h"

using namespace Qt::Literals::StringLiterals;

namespace alam {

Result<bool> LearningJournal::contains(qint64 documentId)
{
    Result<SqlStatement> row = m_db.execute(
        u"SELECT 1 FROM review_learned_documents WHERE document_id = ?"_s, {documentId});
    if (!row)
        return Error{row.error()};
    return row->next();
}

Status LearningJournal::record(qint64 documentId)
{
    Result<SqlStatement> done = m_db.execute(
        u"INSERT INTO review_learned_documents (document_id, learned_at) VALUES (?, ?)"
        " ON CONFLICT (document_id) DO NOTHING"_s,
        {documentId, sqlvalues::timestamp(sqlvalues::now())});
    if (!done)
        return Error{tr("Could not note that document %1 was learned from: %2")
                         .arg(QString::number(documentId), done.error())};
    return {};
}

Result<QList<qint64>> LearningJournal::documents()
{
    Result<SqlStatement> rows = m_db.execute(
        u"SELECT document_id FROM review_learned_documents ORDER BY learned_at, document_id"_s);
    if (!rows)
        return Error{rows.error()};
    QList<qint64> ids;
    while (rows->next())
        ids << rows->id(0);
    return ids;
}

Status LearningJournal::clear()
{
    Result<SqlStatement> done = m_db.execute(u"DELETE FROM review_learned_documents"_s);
    if (!done)
        return Error{done.error()};
    return {};
}

}  // namespace alam
