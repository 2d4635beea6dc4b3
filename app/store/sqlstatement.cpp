#include "sqlstatement.h"

namespace alam {

SqlStatement::SqlStatement(QSqlQuery* query, bool* inUse) : m_query(query), m_inUse(inUse)
{
    *m_inUse = true;
}

SqlStatement::SqlStatement(std::unique_ptr<QSqlQuery> owned)
    : m_owned(std::move(owned)), m_query(m_owned.get())
{
}

SqlStatement::SqlStatement(SqlStatement&& other) noexcept
    : m_owned(std::move(other.m_owned)), m_query(other.m_query), m_inUse(other.m_inUse)
{
    other.m_query = nullptr;
    other.m_inUse = nullptr;
}

SqlStatement::~SqlStatement()
{
    if (m_query)
        m_query->finish();
    if (m_inUse)
        *m_inUse = false;
}

}  // namespace alam
