#pragma once
// The one database layer. Callers never see which backend is behind it: SQLite (default, one
// file, WAL, foreign keys, busy timeout) or PostgreSQL (teams). Every statement is prepared.
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

namespace alam {

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
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path);
    ~Database();

    const ConnectionOptions& options() const { return m_options; }
    ConnectionOptions::Backend backend() const { return m_options.backend; }
    QSqlDatabase connection() const;  // owned by the thread that opened this Database
    int schemaVersion() const;

    // Runs `work` in one transaction: commits when it returns ok, rolls back otherwise (and on
    // a failed commit). Nested calls join the outer transaction.
    Status transaction(const std::function<Status()>& work);

private:
    explicit Database(ConnectionOptions options, QString connectionName);
    ConnectionOptions m_options;
    QString m_connectionName;
    int m_depth = 0;
};

}  // namespace alam
