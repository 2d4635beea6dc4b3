#pragma once
// The throwaway PostgreSQL server that scripts/test.sh starts, as the environment names it
// (ALAM_TEST_PG_HOST, _PORT, _USER, _PASSWORD, _DATABASE). An empty host: no server to test on.
#include "store/database.h"

#include <QtGlobal>

namespace alam::test {

inline ConnectionOptions postgresOptions()
{
    ConnectionOptions options;
    options.backend = ConnectionOptions::Backend::PostgreSQL;
    options.host = qEnvironmentVariable("ALAM_TEST_PG_HOST");
    options.port = qEnvironmentVariableIntValue("ALAM_TEST_PG_PORT");
    if (options.port == 0)
        options.port = 5432;
    options.user = qEnvironmentVariable("ALAM_TEST_PG_USER", QStringLiteral("postgres"));
    options.password = qEnvironmentVariable("ALAM_TEST_PG_PASSWORD");
    options.databaseName = qEnvironmentVariable("ALAM_TEST_PG_DATABASE");
    return options;
}

}  // namespace alam::test
