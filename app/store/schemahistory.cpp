// Schema step 4: history rows for documents (status, reviewer), entities (and their aliases)
// and labels, beside those for annotations. `subject` says which; the row names its subject
// in annotation_id, document_id, entity_id or label, and the others stay NULL (or '').
#include "database.h"
#include "schemasteps.h"

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

const QString kIndexes[] = {
    u"CREATE INDEX history_entity ON history (entity_id, id)"_s,
    u"CREATE INDEX history_label ON history (label, id)"_s,
};

// PostgreSQL can drop NOT NULL in place.
Status alterInPlace(Database& db)
{
    return runSchema(db, {
        u"ALTER TABLE history ALTER COLUMN annotation_id DROP NOT NULL"_s,
        u"ALTER TABLE history ALTER COLUMN document_id DROP NOT NULL"_s,
        u"ALTER TABLE history ADD COLUMN subject TEXT NOT NULL DEFAULT 'annotation'"_s,
        u"ALTER TABLE history ADD COLUMN entity_id {BIGINT}"_s,
        u"ALTER TABLE history ADD COLUMN label TEXT NOT NULL DEFAULT ''"_s,
        kIndexes[0],
        kIndexes[1],
    });
}

// SQLite cannot: the table is rebuilt with the same ids (review_action_steps points at them)
// and the same AUTOINCREMENT counter, so an id is never handed out twice.
Status rebuild(Database& db)
{
    return runSchema(db, {
        u"CREATE TABLE history_v4 ("
        " id {ID},"
        " annotation_id {BIGINT},"
        " document_id {BIGINT} REFERENCES documents (id) ON DELETE CASCADE,"
        " action TEXT NOT NULL,"
        " before_json TEXT NOT NULL DEFAULT '',"
        " after_json TEXT NOT NULL DEFAULT '',"
        " annotator TEXT NOT NULL DEFAULT '',"
        " at TEXT NOT NULL,"
        " undone INTEGER NOT NULL DEFAULT 0,"
        " subject TEXT NOT NULL DEFAULT 'annotation',"
        " entity_id {BIGINT},"
        " label TEXT NOT NULL DEFAULT '')"_s,
        u"INSERT INTO history_v4 (id, annotation_id, document_id, action, before_json,"
        " after_json, annotator, at, undone)"
        " SELECT id, annotation_id, document_id, action, before_json, after_json, annotator,"
        " at, undone FROM history"_s,
        u"DELETE FROM sqlite_sequence WHERE name = 'history_v4'"_s,
        u"INSERT INTO sqlite_sequence (name, seq)"
        " SELECT 'history_v4', seq FROM sqlite_sequence WHERE name = 'history'"_s,
        u"DROP TABLE history"_s,
        u"ALTER TABLE history_v4 RENAME TO history"_s,
        u"CREATE INDEX history_document ON history (document_id, id)"_s,
        u"CREATE INDEX history_annotation ON history (annotation_id, id)"_s,
        kIndexes[0],
        kIndexes[1],
    });
}

}  // namespace

Status widenHistory(Database& db)
{
    return db.backend() == ConnectionOptions::Backend::SQLite ? rebuild(db) : alterInPlace(db);
}

}  // namespace alam
