#include "database.h"
#include "logging.h"
#include "migrations.h"
#include "sqlstatement.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

Status storeVersion(Database& db, int version)
{
    // Created by the first step's transaction, so an empty database that fails its first
    // step stays empty. (Not IF NOT EXISTS: PostgreSQL prints a notice for every step.)
    QStringList statements = {u"DELETE FROM schema_version"_s};
    if (!db.connection().tables().contains(u"schema_version"_s))
        statements.prepend(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s);
    for (const QString& sql : statements) {
        if (Result<SqlStatement> done = db.executeOnce(sql); !done)
            return Error{done.error()};
    }
    Result<SqlStatement> done =
        db.executeOnce(u"INSERT INTO schema_version (version) VALUES (?)"_s, {version});
    if (!done)
        return Error{done.error()};
    return {};
}

}  // namespace

Result<int> storedSchemaVersion(Database& db)
{
    if (!db.connection().tables().contains(u"schema_version"_s))
        return 0;
    Result<SqlStatement> done = db.executeOnce(u"SELECT MAX(version) FROM schema_version"_s);
    if (!done)
        return Error{QCoreApplication::translate("alam::Migrations",
                                                 "Cannot read the schema version of the "
                                                 "database %1: %2")
                         .arg(db.displayName(), done.error())};
    return done->next() ? done->integer(0) : 0;
}

Status runMigrations(Database& db, const QList<Migration>& steps)
{
    const int target = steps.isEmpty() ? 0 : steps.constLast().version;
    Result<int> stored = storedSchemaVersion(db);
    if (!stored)
        return Error{stored.error()};
    if (*stored > target)
        return Error{QCoreApplication::translate(
                         "alam::Migrations",
                         "The database %1 has schema version %2, but this version of Alam knows "
                         "versions up to %3 only: it was written by a newer Alam. Update Alam to "
                         "open it; nothing was changed.")
                         .arg(db.displayName(), QString::number(*stored),
                              QString::number(target))};

    int current = *stored;
    for (const Migration& step : steps) {
        if (step.version <= current)
            continue;
        Status applied = db.transaction([&db, &step]() -> Status {
            if (Status done = step.apply(db); !done)
                return done;
            return storeVersion(db, step.version);
        });
        if (!applied)
            return Error{QCoreApplication::translate(
                             "alam::Migrations",
                             "Could not upgrade the database %1 to schema version %2 (%3): %4. It "
                             "stays at version %5.")
                             .arg(db.displayName(), QString::number(step.version),
                                  step.description, applied.error(), QString::number(current))};
        qCDebug(lcStore) << "Database" << db.displayName() << "upgraded to schema version"
                         << step.version;
        current = step.version;
    }
    return {};
}

}  // namespace alam
