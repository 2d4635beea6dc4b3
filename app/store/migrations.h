#pragma once
// Schema versions. The database stores its version in the table schema_version; opening it
// applies the missing steps in order, each in one transaction, so a failing step leaves the
// database at the version before it. A database newer than this build is refused.
#include "result.h"

#include <QList>
#include <QString>
#include <functional>

namespace alam {

class Database;

struct Migration {
    int version = 0;       // the version the database is at once this step is applied
    QString description;   // for messages
    std::function<Status(Database&)> apply;  // runs inside the step's transaction
};

// The schema's steps, oldest first; the last one's version is the current schema version.
const QList<Migration>& schemaMigrations();
int latestSchemaVersion();

// The version stored in `db` (0 for an empty database).
Result<int> storedSchemaVersion(Database& db);

// Brings `db` from its stored version to the last of `steps` (which must be in ascending
// order). Refuses a database whose version is newer than the last step.
Status runMigrations(Database& db, const QList<Migration>& steps);

}  // namespace alam
