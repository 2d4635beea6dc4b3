#pragma once
// What differs between SQLite and PostgreSQL, kept in one place so that the stores write one
// SQL text for both: column types in the schema, how a new row's id comes back, how a
// transaction starts, the per-connection settings.
#include "database.h"

#include <QString>
#include <QStringList>

class QSqlError;

namespace alam {

class SqlDialect final {
public:
    explicit SqlDialect(ConnectionOptions::Backend backend) : m_backend(backend) {}

    ConnectionOptions::Backend backend() const { return m_backend; }
    QString driverName() const;  // QSQLITE or QPSQL

    // Schema text: replaces {ID} (an auto-numbered primary key that never reuses a number,
    // so history keeps pointing at the right annotation), {BIGINT} and {REAL}.
    QString schema(const QString& ddl) const;

    // Takes the write lock at once on SQLite (BEGIN IMMEDIATE), so a transaction never fails
    // half way because another connection wrote first.
    QString beginTransaction() const;

    // PostgreSQL returns the new id with INSERT ... RETURNING id; SQLite reports lastInsertId.
    bool insertReturnsId() const { return m_backend == ConnectionOptions::Backend::PostgreSQL; }

    // PostgreSQL prepares only SELECT/INSERT/UPDATE/DELETE/VALUES: transaction control and
    // schema statements (which never carry values) run unprepared there.
    bool preparesControlStatements() const
    {
        return m_backend == ConnectionOptions::Backend::SQLite;
    }

    // After a failed statement PostgreSQL refuses everything up to ROLLBACK; SQLite undoes
    // only that statement.
    bool failedStatementAbortsTransaction() const
    {
        return m_backend == ConnectionOptions::Backend::PostgreSQL;
    }

    // Whether `error` is the database refusing to store anything (a read-only file, folder or
    // session, a full disk, an I/O error, a lock held too long, a lost connection) rather
    // than something wrong with the data of one statement.
    bool isStorageFault(const QSqlError& error) const;

    // Case-insensitive LIKE (SQLite's LIKE already ignores ASCII case; PostgreSQL has ILIKE).
    QString likeOperator() const;

    // Statements run on every new connection (SQLite pragmas; on PostgreSQL only the
    // read-only session setting).
    QStringList sessionSetup(bool readOnly) const;

    static constexpr int busyTimeoutMs = 5000;

private:
    ConnectionOptions::Backend m_backend;
};

}  // namespace alam
