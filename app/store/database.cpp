#include "database.h"

#include "logging.h"
#include "migrations.h"
#include "sqldialect.h"
#include "sqlstatement.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <unordered_map>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

// A prepared query kept for the life of its Database; `inUse` while a SqlStatement holds it.
struct CachedQuery {
    explicit CachedQuery(const QSqlDatabase& db) : query(db) {}
    QSqlQuery query;
    bool inUse = false;
};

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"alam-store-"_s + QString::number(counter.fetchAndAddOrdered(1) + 1);
}

}  // namespace

struct Database::Internals {
    explicit Internals(ConnectionOptions::Backend backend) : dialect(backend) {}
    SqlDialect dialect;
    QSqlDatabase connection;
    // Declared after the connection so that the queries go first.
    std::unordered_map<QString, std::unique_ptr<CachedQuery>> statements;
    bool rollbackOnly = false;  // a nested transaction failed
    bool storageFault = false;  // see storageFailed()
};

Database::Database(ConnectionOptions options, QString connectionName)
    : m_options(std::move(options)),
      m_connectionName(std::move(connectionName)),
      m_internals(std::make_unique<Internals>(m_options.backend))
{
}

Database::~Database()
{
    m_internals.reset();  // the cached queries and our connection handle
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path)
{
    ConnectionOptions options;
    options.path = path;
    return open(options);
}

Result<std::unique_ptr<Database>> Database::open(const ConnectionOptions& options)
{
    return open(options, schemaMigrations());
}

Result<std::unique_ptr<Database>> Database::open(const ConnectionOptions& options,
                                                 const QList<Migration>& steps)
{
    const SqlDialect dialect(options.backend);
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName())) {
        const QString package = options.backend == ConnectionOptions::Backend::SQLite
                                    ? u"libqt6sql6-sqlite"_s
                                    : u"libqt6sql6-psql"_s;
        return Error{tr("Cannot open the database: Qt's %1 driver is not installed "
                        "(Debian package %2).")
                         .arg(dialect.driverName(), package)};
    }
    if (options.backend == ConnectionOptions::Backend::SQLite) {
        if (options.path.isEmpty())
            return Error{tr("Cannot open the database: no file was given.")};
        const QFileInfo file(options.path);
        if (options.readOnly && !file.exists())
            return Error{tr("Cannot open the database %1 read-only: the file does not exist.")
                             .arg(QDir::toNativeSeparators(options.path))};
        const QString folder = file.absolutePath();
        if (!options.readOnly && !QDir(folder).exists() && !QDir().mkpath(folder))
            return Error{tr("Cannot create the folder %1 for the database.")
                             .arg(QDir::toNativeSeparators(folder))};
    }

    std::unique_ptr<Database> db(new Database(options, uniqueConnectionName()));
    if (Status connected = db->connect(); !connected)
        return Error{connected.error()};
    if (Status migrated = runMigrations(*db, steps); !migrated)
        return Error{migrated.error()};
    return Result<std::unique_ptr<Database>>(std::move(db));
}

Status Database::connect()
{
    const SqlDialect& dialect = m_internals->dialect;
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), m_connectionName);
    if (m_options.backend == ConnectionOptions::Backend::SQLite) {
        db.setDatabaseName(m_options.path);
        QString connectOptions = u"QSQLITE_BUSY_TIMEOUT="_s
                                 + QString::number(SqlDialect::busyTimeoutMs);
        if (m_options.readOnly)
            connectOptions += u";QSQLITE_OPEN_READONLY"_s;
        db.setConnectOptions(connectOptions);
    } else {
        db.setHostName(m_options.host);
        db.setPort(m_options.port);
        db.setDatabaseName(m_options.databaseName);
        db.setUserName(m_options.user);
        db.setPassword(m_options.password);
        db.setConnectOptions(u"connect_timeout=10"_s);
    }
    if (!db.open())
        return Error{tr("Cannot open the database %1: %2")
                         .arg(displayName(), db.lastError().text())};
    m_internals->connection = db;

    for (const QString& statement : dialect.sessionSetup(m_options.readOnly)) {
        if (Result<SqlStatement> done = executeOnce(statement); !done)
            return Error{tr("Cannot open the database %1: %2").arg(displayName(), done.error())};
    }
    if (m_options.backend == ConnectionOptions::Backend::SQLite && !m_options.readOnly) {
        // WAL lets readers (other threads, the CLI) go on while one connection writes.
        Result<SqlStatement> wal = executeOnce(u"PRAGMA journal_mode = WAL"_s);
        if (!wal)
            return Error{tr("Cannot open the database %1: %2").arg(displayName(), wal.error())};
        const QString mode = wal->next() ? wal->text(0) : QString();
        if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            qCWarning(lcStore) << "Database" << displayName() << "stays in journal mode" << mode;
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    return m_internals->connection;
}

int Database::schemaVersion()
{
    const Result<int> stored = storedSchemaVersion(*this);
    return stored ? *stored : 0;
}

bool Database::storageFailed() const
{
    return m_internals->storageFault;
}

QString Database::displayName() const
{
    if (m_options.backend == ConnectionOptions::Backend::SQLite)
        return QDir::toNativeSeparators(m_options.path);
    return m_options.user + u'@' + m_options.host + u':' + QString::number(m_options.port)
           + u'/' + m_options.databaseName;
}

const SqlDialect& Database::dialect() const
{
    return m_internals->dialect;
}

Error Database::failed(const QSqlError& error)
{
    // PostgreSQL aborts the whole transaction on a failed statement (and would answer a later
    // COMMIT with a silent rollback), so that transaction must not report success.
    if (m_depth > 0 && m_internals->dialect.failedStatementAbortsTransaction())
        m_internals->rollbackOnly = true;
    if (m_internals->dialect.isStorageFault(error))
        m_internals->storageFault = true;
    return Error{describe(error)};
}

QString Database::describe(const QSqlError& error) const
{
    QString text = error.text().trimmed();
    if (text.isEmpty())
        text = tr("unknown database error");
    if (m_options.readOnly)
        return tr("%1 (the database %2 is open read-only)").arg(text, displayName());
    // SQLITE_READONLY and its extended codes: the file or its folder cannot be written.
    constexpr int sqliteReadOnly = 8;
    if (m_options.backend == ConnectionOptions::Backend::SQLite
        && (error.nativeErrorCode().toInt() & 0xff) == sqliteReadOnly)
        return tr("%1 (the database file %2 or its folder cannot be written)")
            .arg(text, displayName());
    return text;
}

Status Database::bind(QSqlQuery& query, const QVariantList& values)
{
    // Qt binds a null QString as SQL NULL; text columns hold '' for "nothing" instead.
    static const QString empty = QString::fromLatin1("", 0);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        const bool nullText = value.metaType() == QMetaType::fromType<QString>()
                              && value.toString().isNull();
        query.bindValue(int(i), nullText ? QVariant(empty) : value);
    }
    if (!query.exec())
        return failed(query.lastError());
    return {};
}

Result<SqlStatement> Database::execute(const QString& sql, const QVariantList& values)
{
    auto& slot = m_internals->statements[sql];
    if (!slot) {
        auto cached = std::make_unique<CachedQuery>(m_internals->connection);
        cached->query.setForwardOnly(true);
        if (!cached->query.prepare(sql)) {
            Error error = failed(cached->query.lastError());
            m_internals->statements.erase(sql);
            return error;
        }
        slot = std::move(cached);
    }
    if (slot->inUse)  // the same statement is still being read further up the stack
        return executeOnce(sql, values);
    SqlStatement statement(&slot->query, &slot->inUse);
    if (Status done = bind(slot->query, values); !done)
        return Error{done.error()};
    return Result<SqlStatement>(std::move(statement));
}

Result<SqlStatement> Database::executeOnce(const QString& sql, const QVariantList& values)
{
    auto query = std::make_unique<QSqlQuery>(m_internals->connection);
    query->setForwardOnly(true);
    if (values.isEmpty() && !m_internals->dialect.preparesControlStatements()) {
        if (!query->exec(sql))
            return failed(query->lastError());
        return Result<SqlStatement>(SqlStatement(std::move(query)));
    }
    if (!query->prepare(sql))
        return failed(query->lastError());
    if (Status done = bind(*query, values); !done)
        return Error{done.error()};
    return Result<SqlStatement>(SqlStatement(std::move(query)));
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& values)
{
    if (m_internals->dialect.insertReturnsId()) {
        Result<SqlStatement> done = execute(sql + u" RETURNING id"_s, values);
        if (!done)
            return Error{done.error()};
        if (!done->next())
            return Error{tr("the database did not report the new row's id")};
        return done->id(0);
    }
    Result<SqlStatement> done = execute(sql, values);
    if (!done)
        return Error{done.error()};
    const QVariant id = done->query().lastInsertId();
    if (!id.isValid())
        return Error{tr("the database did not report the new row's id")};
    return id.toLongLong();
}

Result<SqlStatement> Database::control(const QString& sql)
{
    // Cached where the backend can prepare it (SQLite: BEGIN/COMMIT run for every action).
    return m_internals->dialect.preparesControlStatements() ? execute(sql) : executeOnce(sql);
}

Status Database::transaction(const std::function<Status()>& work)
{
    if (m_depth > 0) {
        ++m_depth;
        Status result = work();
        --m_depth;
        if (!result)
            m_internals->rollbackOnly = true;
        return result;
    }

    m_internals->storageFault = false;
    if (Result<SqlStatement> begun = control(m_internals->dialect.beginTransaction()); !begun) {
        m_internals->storageFault = true;
        return Error{tr("Could not start a transaction on the database %1: %2")
                         .arg(displayName(), begun.error())};
    }
    m_depth = 1;
    m_internals->rollbackOnly = false;
    Status result = work();
    m_depth = 0;

    if (result && m_internals->rollbackOnly)
        result = Error{tr("A step inside the transaction failed; nothing was saved.")};
    if (result) {
        Result<SqlStatement> committed = control(u"COMMIT"_s);
        if (committed)
            return {};
        m_internals->storageFault = true;
        result = Error{tr("Could not save the changes to the database %1: %2. Nothing was "
                          "saved.")
                           .arg(displayName(), committed.error())};
    }
    if (Result<SqlStatement> rolledBack = control(u"ROLLBACK"_s); !rolledBack)
        qCWarning(lcStore) << "Rollback failed on" << displayName() << rolledBack.error();
    m_internals->rollbackOnly = false;
    return result;
}

}  // namespace alam
