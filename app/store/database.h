#pragma once
// The one database layer. Callers never see which backend is behind it: SQLite (default, one
// file, WAL, foreign keys, busy timeout) or PostgreSQL (teams). Values always reach the
// database as bound values of prepared statements, never inside the SQL text.
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace alam {

class SqlDialect;
class SqlStatement;
struct Migration;

struct ConnectionOptions {
    enum class Backend { SQLite, PostgreSQL };
    Backend backend = Backend::SQLite;
    QString path;  // SQLite file
    QString host, databaseName, user, password;  // PostgreSQL
    int port = 5432;
    bool readOnly = false;
};

class Database final {
    Q_DECLARE_TR_FUNCTIONS(alam::Database)
    Q_DISABLE_COPY_MOVE(Database)
public:
    // Opens (creating the file and folder for SQLite) and migrates to the current schema.
    static Result<std::unique_ptr<Database>> open(const ConnectionOptions& options);
    // Migrates to the last of `steps` only: tests make a database as an older Alam left it.
    static Result<std::unique_ptr<Database>> open(const ConnectionOptions& options,
                                                  const QList<Migration>& steps);
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path);
    ~Database();

    const ConnectionOptions& options() const { return m_options; }
    ConnectionOptions::Backend backend() const { return m_options.backend; }
    QSqlDatabase connection() const;  // owned by the thread that opened this Database
    int schemaVersion();              // as stored in the database; 0 when unreadable
    // The file path (SQLite) or user@host:port/name (PostgreSQL), for messages.
    QString displayName() const;

    // Runs `work` in one transaction: commits when it returns ok, rolls back otherwise (and on
    // a failed commit). Nested calls join the outer transaction; when a nested call fails, the
    // whole transaction is rolled back even if the outer work goes on and returns ok.
    Status transaction(const std::function<Status()>& work);
    bool inTransaction() const { return m_depth > 0; }
    // Whether the last transaction (or, outside one, a statement since the last transaction)
    // failed because the database refused to store anything: BEGIN or COMMIT failed, or a
    // statement met a read-only file or session, a full disk, an I/O error, a lock held too
    // long or a lost connection. Then the next write would fail the same way, whatever its
    // data; an import stops instead of failing every file.
    bool storageFailed() const;

    // --- For the store's own classes (sqlstatement.h, sqldialect.h); the rest of the app uses
    // the stores. Values are bound to the ? placeholders in order; SQL never holds values.
    const SqlDialect& dialect() const;
    // Prepared once per Database and kept, keyed by the SQL text (the hot path: imports).
    Result<SqlStatement> execute(const QString& sql, const QVariantList& values = {});
    // Prepared for this one call (schema changes, pragmas, statements that run once); without
    // values, PostgreSQL runs it unprepared (it cannot prepare schema statements).
    Result<SqlStatement> executeOnce(const QString& sql, const QVariantList& values = {});
    // Runs an INSERT (cached) and returns the new row's id.
    Result<qint64> insert(const QString& sql, const QVariantList& values);

private:
    explicit Database(ConnectionOptions options, QString connectionName);
    Status connect();
    Status bind(QSqlQuery& query, const QVariantList& values);
    Result<SqlStatement> control(const QString& sql);  // BEGIN, COMMIT, ROLLBACK
    Error failed(const QSqlError& error);  // notes the failure for the transaction
    QString describe(const QSqlError& error) const;

    struct Internals;
    ConnectionOptions m_options;
    QString m_connectionName;
    int m_depth = 0;
    std::unique_ptr<Internals> m_internals;
};

}  // namespace alam
