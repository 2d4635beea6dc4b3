#include "searchindex.h"

#include "reviewschema.h"
#include "store/database.h"
#include "store/sqlstatement.h"
#include "text/clitics.h"
#include "text/matchingform.h"
#include "text/tokenizer.h"

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

struct Indexed {
    qint64 id = 0;
    QString body;
    QString stems;
};

}  // namespace

QString SearchIndex::bodyOf(const QString& text)
{
    return MatchingForm::normalise(text);
}

QString SearchIndex::stemsOf(const QString& text)
{
    QString stems;
    for (const Token& token : Tokenizer::tokenize(text)) {
        if (token.kind != TokenKind::Arabic && token.kind != TokenKind::Mixed)
            continue;
        const QList<CliticReading> readings = Clitics::analyse(text, token.start, token.end);
        for (qsizetype i = 1; i < readings.size(); ++i)
            stems += readings.at(i).stem + u' ';
    }
    return stems;
}

Result<qint64> SearchIndex::indexedUpTo()
{
    Result<SqlStatement> row =
        m_db.execute(u"SELECT indexed_up_to FROM review_search_state WHERE id = 1"_s);
    if (!row)
        return Error{tr("Could not read the search index: %1").arg(row.error())};
    return row->next() ? row->id(0) : qint64(0);
}

Result<int> SearchIndex::pendingCount()
{
    if (!ReviewSchema::hasSearchIndex(m_db))
        return 0;
    Result<qint64> upTo = indexedUpTo();
    if (!upTo)
        return Error{upTo.error()};
    Result<SqlStatement> row =
        m_db.execute(u"SELECT COUNT(*) FROM documents WHERE id > ?"_s, {*upTo});
    if (!row)
        return Error{tr("Could not count the documents to index: %1").arg(row.error())};
    return row->next() ? row->integer(0) : 0;
}

Result<int> SearchIndex::update(const StepProgress& progress, int documentsPerTransaction)
{
    if (!ReviewSchema::hasSearchIndex(m_db))
        return 0;
    Result<int> pending = pendingCount();
    if (!pending)
        return Error{pending.error()};
    Result<qint64> upTo = indexedUpTo();
    if (!upTo)
        return Error{upTo.error()};
    qint64 last = *upTo;
    int done = 0;
    while (done < *pending) {
        if (progress && !progress(done, *pending))
            break;
        // Read and normalise outside the transaction; write briefly.
        QList<Indexed> batch;
        {
            Result<SqlStatement> rows = m_db.execute(
                u"SELECT id, text FROM documents WHERE id > ? ORDER BY id LIMIT ?"_s,
                {last, documentsPerTransaction});
            if (!rows)
                return Error{tr("Could not read documents to index: %1").arg(rows.error())};
            while (rows->next()) {
                const QString text = rows->text(1);
                batch << Indexed{rows->id(0), bodyOf(text), stemsOf(text)};
            }
        }
        if (batch.isEmpty())
            break;
        Status written = m_db.transaction([&]() -> Status {
            for (const Indexed& document : std::as_const(batch)) {
                Result<SqlStatement> inserted = m_db.execute(
                    u"INSERT INTO review_search (rowid, body, stems) VALUES (?, ?, ?)"_s,
                    {document.id, document.body, document.stems});
                if (!inserted)
                    return Error{inserted.error()};
            }
            Result<SqlStatement> state = m_db.execute(
                u"INSERT INTO review_search_state (id, indexed_up_to) VALUES (1, ?)"
                " ON CONFLICT (id) DO UPDATE SET indexed_up_to = excluded.indexed_up_to"_s,
                {batch.constLast().id});
            return state ? Status() : Status(Error{state.error()});
        });
        if (!written)
            return Error{tr("Could not update the search index: %1").arg(written.error())};
        last = batch.constLast().id;
        done += int(batch.size());
    }
    if (progress)
        progress(done, *pending);
    return done;
}

}  // namespace alam
