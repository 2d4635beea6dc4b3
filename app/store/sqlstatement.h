#pragma once
// One executed statement, for the store's own classes. It borrows a prepared query from the
// Database's cache and, when it goes out of scope, finishes it (so SQLite releases its read
// snapshot) and hands it back for the next call with the same SQL text.
#include <QSqlQuery>
#include <QVariant>
#include <memory>

namespace alam {

class SqlStatement final {
public:
    // `query` is borrowed from the cache (`inUse` is its busy flag) or owned by this statement.
    SqlStatement(QSqlQuery* query, bool* inUse);
    explicit SqlStatement(std::unique_ptr<QSqlQuery> owned);
    SqlStatement(SqlStatement&& other) noexcept;
    SqlStatement& operator=(SqlStatement&&) = delete;
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;
    ~SqlStatement();

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QString text(int column) const { return m_query->value(column).toString(); }
    qint64 id(int column) const { return m_query->value(column).toLongLong(); }  // NULL → 0
    int integer(int column) const { return m_query->value(column).toInt(); }
    int rowsAffected() const { return m_query->numRowsAffected(); }
    QSqlQuery& query() { return *m_query; }

private:
    std::unique_ptr<QSqlQuery> m_owned;
    QSqlQuery* m_query = nullptr;
    bool* m_inUse = nullptr;
};

}  // namespace alam
