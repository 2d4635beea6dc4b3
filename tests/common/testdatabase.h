#pragma once
// A real SQLite database for tests: opens (or creates) the file; prints the reason and returns
// null when that fails, so a test can QVERIFY the pointer.
#include "store/database.h"

#include <QDebug>
#include <memory>

namespace alam::test {

inline std::unique_ptr<Database> openDatabase(const QString& path, bool readOnly = false)
{
    ConnectionOptions options;
    options.path = path;
    options.readOnly = readOnly;
    Result<std::unique_ptr<Database>> db = Database::open(options);
    if (!db) {
        qWarning().noquote() << "open failed:" << db.error();
        return nullptr;
    }
    return std::move(*db);
}

}  // namespace alam::test
