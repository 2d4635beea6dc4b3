// The schema, as cumulative steps. A released step is never edited: a change is a new step.
#include "database.h"
#include "migrations.h"
#include "schemasteps.h"
#include "sqldialect.h"
#include "sqlstatement.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace alam {

Status runSchema(Database& db, const QStringList& statements)
{
    for (const QString& ddl : statements) {
        if (Result<SqlStatement> done = db.executeOnce(db.dialect().schema(ddl)); !done)
            return Error{done.error()};
    }
    return {};
}

// Version 1: documents, annotations, entities with aliases, labels (seeded), history.
Status createTables(Database& db)
{
    const QStringList statements = {
        u"CREATE TABLE labels ("
        " name TEXT PRIMARY KEY,"
        " colour TEXT NOT NULL,"
        " shortcut TEXT NOT NULL DEFAULT '',"
        " description TEXT NOT NULL DEFAULT '',"
        " sort_order INTEGER NOT NULL DEFAULT 0)"_s,
        // A shortcut key picks one label only.
        u"CREATE UNIQUE INDEX labels_shortcut ON labels (shortcut) WHERE shortcut <> ''"_s,

        u"CREATE TABLE documents ("
        " id {ID},"
        " title TEXT NOT NULL DEFAULT '',"
        " title_key TEXT NOT NULL DEFAULT '',"  // matching form, for title search
        " source_path TEXT NOT NULL DEFAULT '',"
        " content_hash TEXT NOT NULL UNIQUE,"
        " text TEXT NOT NULL,"
        " status TEXT NOT NULL DEFAULT 'new',"
        " reviewer TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL)"_s,
        u"CREATE INDEX documents_status ON documents (status)"_s,

        u"CREATE TABLE entities ("
        " id {ID},"
        " name TEXT NOT NULL,"
        " name_key TEXT NOT NULL,"  // matching form
        " label TEXT NOT NULL REFERENCES labels (name) ON UPDATE CASCADE,"
        " created_at TEXT NOT NULL)"_s,
        u"CREATE INDEX entities_key ON entities (name_key, label)"_s,

        u"CREATE TABLE entity_aliases ("
        " id {ID},"
        " entity_id {BIGINT} NOT NULL REFERENCES entities (id) ON DELETE CASCADE,"
        " alias TEXT NOT NULL,"
        " alias_key TEXT NOT NULL,"  // matching form
        " UNIQUE (entity_id, alias))"_s,
        u"CREATE INDEX entity_aliases_key ON entity_aliases (alias_key)"_s,

        u"CREATE TABLE annotations ("
        " id {ID},"
        " document_id {BIGINT} NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
        " start_offset INTEGER NOT NULL,"
        " end_offset INTEGER NOT NULL,"
        " label TEXT NOT NULL REFERENCES labels (name) ON UPDATE CASCADE,"
        " status TEXT NOT NULL,"
        " source TEXT NOT NULL,"
        " confidence {REAL} NOT NULL DEFAULT 1.0,"
        " annotator TEXT NOT NULL DEFAULT '',"
        " entity_id {BIGINT} REFERENCES entities (id) ON DELETE SET NULL,"
        " version INTEGER NOT NULL DEFAULT 1,"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " CHECK (start_offset >= 0 AND end_offset > start_offset))"_s,
        u"CREATE INDEX annotations_document ON annotations (document_id, start_offset)"_s,
        u"CREATE INDEX annotations_status ON annotations (status, document_id)"_s,
        u"CREATE INDEX annotations_entity ON annotations (entity_id)"_s,

        // annotation_id has no foreign key: the history of a deleted annotation stays.
        u"CREATE TABLE history ("
        " id {ID},"
        " annotation_id {BIGINT} NOT NULL,"
        " document_id {BIGINT} NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
        " action TEXT NOT NULL,"
        " before_json TEXT NOT NULL DEFAULT '',"
        " after_json TEXT NOT NULL DEFAULT '',"
        " annotator TEXT NOT NULL DEFAULT '',"
        " at TEXT NOT NULL,"
        " undone INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX history_document ON history (document_id, id)"_s,
        u"CREATE INDEX history_annotation ON history (annotation_id, id)"_s,
    };
    if (Status created = runSchema(db, statements); !created)
        return created;

    struct DefaultLabel {
        QString name, colour, shortcut, description;
    };
    const QList<DefaultLabel> defaults = {
        {u"PERS"_s, u"#e6194b"_s, u"1"_s, u"Person"_s},
        {u"LOC"_s, u"#3cb44b"_s, u"2"_s, u"Location"_s},
        {u"ORG"_s, u"#4363d8"_s, u"3"_s, u"Organisation"_s},
        {u"MISC"_s, u"#f58231"_s, u"4"_s, u"Miscellaneous"_s},
    };
    int order = 0;
    for (const DefaultLabel& label : defaults) {
        Result<SqlStatement> done = db.executeOnce(
            u"INSERT INTO labels (name, colour, shortcut, description, sort_order) "
            "VALUES (?, ?, ?, ?, ?)"_s,
            {label.name, label.colour, label.shortcut, label.description, ++order});
        if (!done)
            return Error{done.error()};
    }
    return {};
}

Status createAppState(Database& db)
{
    if (Status created = runSchema(db, {u"CREATE TABLE app_state ("
                                        " name TEXT PRIMARY KEY,"
                                        " value TEXT NOT NULL)"_s});
        !created)
        return created;
    // A database that already holds documents was started before: no samples for it.
    Result<SqlStatement> done = db.executeOnce(
        u"INSERT INTO app_state (name, value)"
        " SELECT 'samples_offered', '1' WHERE EXISTS (SELECT 1 FROM documents)"_s);
    return done ? Status() : Status(Error{done.error()});
}

const QList<Migration>& schemaMigrations()
{
    static const QList<Migration> steps = {
        {1, QCoreApplication::translate("alam::Migrations",
                                        "documents, annotations, entities, labels, history"),
         createTables},
        {2, QCoreApplication::translate("alam::Migrations", "undo of review actions"),
         createReviewActions},
        {3, QCoreApplication::translate("alam::Migrations", "corpus search index"),
         createSearchIndex},
        {4, QCoreApplication::translate("alam::Migrations",
                                        "history of documents, entities and labels"),
         widenHistory},
        {5, QCoreApplication::translate("alam::Migrations", "app state"), createAppState},
        {6, QCoreApplication::translate("alam::Migrations", "documents learned from"),
         createLearnedDocuments},
    };
    return steps;
}

int latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

}  // namespace alam
