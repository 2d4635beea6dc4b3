#pragma once
#include <QString>

namespace alam {

// The app's own SQLite database in the user's data folder (QStandardPaths::AppDataLocation).
// Requires QCoreApplication's organisation and application names to be set (see main.cpp).
QString defaultDatabasePath();

// Sets the names that decide the data folder; called by main() and by tests that use it.
void setApplicationIdentity();

}  // namespace alam
