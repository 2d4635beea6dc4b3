// Schema steps 2, 3 and 6: the review's own tables. Alam builds before these steps created the
// same tables outside the versioned schema (CREATE ... IF NOT EXISTS when the review opened),
// so a database at version 1 may hold them already: the steps keep what is there.
#include "database.h"
#include "schemasteps.h"

using namespace Qt::Literals::StringLiterals;

namespace alam {

Status createReviewActions(Database& db)
{
    return runSchema(db, {
        // One row per analyst action; state: done, undone (redo possible), dropped (a new
        // action replaced the redo stack, or undo found the annotation changed meanwhile).
        u"CREATE TABLE IF NOT EXISTS review_actions ("
        " id {ID},"
        " document_id {BIGINT} NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
        " kind TEXT NOT NULL,"
        " annotator TEXT NOT NULL DEFAULT '',"
        " focus_annotation {BIGINT} NOT NULL DEFAULT 0,"
        " status_before TEXT NOT NULL DEFAULT '',"
        " status_after TEXT NOT NULL DEFAULT '',"
        " state TEXT NOT NULL DEFAULT 'done',"
        " at TEXT NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS review_actions_annotator"
        " ON review_actions (annotator, state, id)"_s,
        // The history rows an action wrote, in the order it wrote them.
        u"CREATE TABLE IF NOT EXISTS review_action_steps ("
        " action_id {BIGINT} NOT NULL REFERENCES review_actions (id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " history_id {BIGINT} NOT NULL,"
        " PRIMARY KEY (action_id, position))"_s,
    });
}

Status createSearchIndex(Database& db)
{
    // FTS5 is SQLite's; on PostgreSQL corpus search scans the documents instead.
    if (db.backend() != ConnectionOptions::Backend::SQLite)
        return {};
    return runSchema(db, {
        // Contentless: the text stays in documents; rowid is the document id. `body` holds the
        // matching form of every token, `stems` the stems after proclitics (وواشنطن → واشنطن).
        u"CREATE VIRTUAL TABLE IF NOT EXISTS review_search USING fts5("
        "body, stems, content='', tokenize='unicode61 remove_diacritics 0')"_s,
        u"CREATE TABLE IF NOT EXISTS review_search_state ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " indexed_up_to INTEGER NOT NULL)"_s,
    });
}

Status createLearnedDocuments(Database& db)
{
    // Online learning takes each reviewed document once; a retrain replays them in order.
    return runSchema(db, {
        u"CREATE TABLE IF NOT EXISTS review_learned_documents ("
        " document_id {BIGINT} PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,"
        " learned_at TEXT NOT NULL)"_s,
    });
}

}  // namespace alam
