#include "documentstore.h"

#include "database.h"
#include "historystore.h"
#include "sqldialect.h"
#include "sqlstatement.h"
#include "sqlvalues.h"
#include "text/matchingform.h"

#include <QCryptographicHash>
#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

Document readDocument(const SqlStatement& row)
{
    Document document;
    document.id = row.id(0);
    document.title = row.text(1);
    document.sourcePath = row.text(2);
    document.contentHash = row.text(3);
    document.text = row.text(4);
    document.status = reviewStatusFromString(row.text(5)).value_or(ReviewStatus::New);
    document.reviewer = row.text(6);
    document.createdAt = sqlvalues::parseTimestamp(row.text(7));
    document.updatedAt = sqlvalues::parseTimestamp(row.text(8));
    return document;
}

// How a document is named in messages: its title, else its file.
QString nameOf(const Document& document)
{
    if (!document.title.isEmpty())
        return document.title;
    if (!document.sourcePath.isEmpty())
        return document.sourcePath;
    return QString::number(document.id);
}

}  // namespace

QString DocumentStore::hashOf(const QString& text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<qint64> DocumentStore::add(const Document& document)
{
    const QString hash = document.contentHash.isEmpty() ? hashOf(document.text)
                                                        : document.contentHash;
    const QDateTime created = document.createdAt.isValid() ? document.createdAt
                                                           : sqlvalues::now();
    const QDateTime updated = document.updatedAt.isValid() ? document.updatedAt : created;
    Result<qint64> id = m_db.insert(
        u"INSERT INTO documents (title, title_key, source_path, content_hash, text, status, "
        "reviewer, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {document.title, MatchingForm::normalise(document.title), document.sourcePath, hash,
         document.text, toString(document.status), document.reviewer,
         sqlvalues::timestamp(created), sqlvalues::timestamp(updated)});
    if (id)
        return id;

    // The commonest reason, said plainly (the importer checks findByHash first).
    if (Result<std::optional<qint64>> same = findByHash(hash); same && same->has_value())
        return Error{tr("Could not add the document «%1»: the same text is already stored as "
                        "document %2.")
                         .arg(nameOf(document), QString::number(**same))};
    return Error{tr("Could not add the document «%1»: %2").arg(nameOf(document), id.error())};
}

Result<std::optional<qint64>> DocumentStore::findByHash(const QString& contentHash)
{
    Result<SqlStatement> found =
        m_db.execute(u"SELECT id FROM documents WHERE content_hash = ?"_s, {contentHash});
    if (!found)
        return Error{tr("Could not look up a document by its text: %1").arg(found.error())};
    if (!found->next())
        return std::optional<qint64>();
    return std::optional<qint64>(found->id(0));
}

Result<Document> DocumentStore::get(qint64 id)
{
    Result<SqlStatement> found = m_db.execute(
        u"SELECT id, title, source_path, content_hash, text, status, reviewer, created_at, "
        "updated_at FROM documents WHERE id = ?"_s,
        {id});
    if (!found)
        return Error{tr("Could not read document %1: %2").arg(QString::number(id), found.error())};
    if (!found->next())
        return Error{tr("There is no document %1.").arg(id)};
    return readDocument(*found);
}

Result<QList<DocumentSummary>> DocumentStore::list(const DocumentFilter& filter)
{
    // One query: the counts are correlated subselects over the (document_id, ...) indexes,
    // evaluated only for the rows of the page asked for.
    QString sql = u"SELECT d.id, d.title, d.status,"
                  " (SELECT COUNT(*) FROM annotations a"
                  "  WHERE a.document_id = d.id AND a.status = ?),"
                  " (SELECT COUNT(*) FROM annotations a"
                  "  WHERE a.document_id = d.id AND a.status IN (?, ?, ?))"
                  " FROM documents d WHERE 1 = 1"_s;
    QVariantList values = {toString(AnnotationStatus::Suggested),
                           toString(AnnotationStatus::Accepted),
                           toString(AnnotationStatus::Edited), toString(AnnotationStatus::Manual)};
    if (filter.status) {
        sql += u" AND d.status = ?"_s;
        values << toString(*filter.status);
    }
    if (!filter.text.isEmpty()) {
        sql += u" AND d.title_key "_s + m_db.dialect().likeOperator() + u" ? ESCAPE '\\'"_s;
        values << sqlvalues::containsPattern(MatchingForm::normalise(filter.text));
    }
    if (!filter.label.isEmpty()) {
        sql += u" AND EXISTS (SELECT 1 FROM annotations a"
               " WHERE a.document_id = d.id AND a.label = ? AND a.status <> ?)"_s;
        values << filter.label << toString(AnnotationStatus::Rejected);
    }
    sql += u" ORDER BY d.id LIMIT ? OFFSET ?"_s;
    values << (filter.limit < 0 ? std::numeric_limits<qint64>::max() : qint64(filter.limit))
           << qint64(std::max(filter.offset, 0));

    Result<SqlStatement> rows = m_db.execute(sql, values);
    if (!rows)
        return Error{tr("Could not list the documents: %1").arg(rows.error())};
    QList<DocumentSummary> summaries;
    while (rows->next()) {
        DocumentSummary summary;
        summary.id = rows->id(0);
        summary.title = rows->text(1);
        summary.status = reviewStatusFromString(rows->text(2)).value_or(ReviewStatus::New);
        summary.suggestedCount = rows->integer(3);
        summary.entityCount = rows->integer(4);
        summaries << summary;
    }
    return summaries;
}

Result<QList<qint64>> DocumentStore::ids(std::optional<ReviewStatus> status)
{
    Result<SqlStatement> rows =
        status ? m_db.execute(u"SELECT id FROM documents WHERE status = ? ORDER BY id"_s,
                              {toString(*status)})
               : m_db.execute(u"SELECT id FROM documents ORDER BY id"_s);
    if (!rows)
        return Error{tr("Could not list the documents: %1").arg(rows.error())};
    QList<qint64> result;
    while (rows->next())
        result << rows->id(0);
    return result;
}

Result<int> DocumentStore::count(std::optional<ReviewStatus> status)
{
    Result<SqlStatement> rows =
        status ? m_db.execute(u"SELECT COUNT(*) FROM documents WHERE status = ?"_s,
                              {toString(*status)})
               : m_db.execute(u"SELECT COUNT(*) FROM documents"_s);
    if (!rows)
        return Error{tr("Could not count the documents: %1").arg(rows.error())};
    return rows->next() ? rows->integer(0) : 0;
}

Status DocumentStore::setStatus(qint64 id, ReviewStatus status, const QString& reviewer)
{
    const auto failed = [&](const QString& why) {
        return Error{tr("Could not mark document %1 as %2: %3")
                         .arg(QString::number(id), toString(status), why)};
    };
    // The change and its history row in one transaction (joining the caller's, if any).
    return m_db.transaction([&]() -> Status {
        Document before;
        {
            Result<SqlStatement> row = m_db.execute(
                u"SELECT status, reviewer, updated_at FROM documents WHERE id = ?"_s, {id});
            if (!row)
                return failed(row.error());
            if (!row->next())
                return failed(tr("there is no such document."));
            before.id = id;
            before.status = reviewStatusFromString(row->text(0)).value_or(ReviewStatus::New);
            before.reviewer = row->text(1);
            before.updatedAt = sqlvalues::parseTimestamp(row->text(2));
        }
        Document after = before;
        after.status = status;
        after.reviewer = reviewer;
        after.updatedAt = sqlvalues::now();
        Result<SqlStatement> done = m_db.execute(
            u"UPDATE documents SET status = ?, reviewer = ?, updated_at = ? WHERE id = ?"_s,
            {toString(status), reviewer, sqlvalues::timestamp(after.updatedAt), id});
        if (!done)
            return failed(done.error());
        if (before.status == after.status && before.reviewer == after.reviewer)
            return {};  // nothing the history would show
        return HistoryStore(m_db).recordChange(u"set_status"_s, before, after, reviewer);
    });
}

Status DocumentStore::remove(qint64 id)
{
    // Annotations and history go with it (ON DELETE CASCADE).
    Result<SqlStatement> done = m_db.execute(u"DELETE FROM documents WHERE id = ?"_s, {id});
    if (!done)
        return Error{tr("Could not delete document %1: %2").arg(QString::number(id), done.error())};
    if (done->rowsAffected() == 0)
        return Error{tr("Could not delete document %1: there is no such document.").arg(id)};
    return {};
}

}  // namespace alam
