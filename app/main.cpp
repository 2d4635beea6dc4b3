// One binary: with a command it runs headless; without one it opens the review window.
#include "cli/cli.h"
#include "cli/console.h"
#include "paths.h"
#include "store/database.h"
#include "store/samplecorpus.h"

#include <QCoreApplication>

namespace {

// Until the review window exists, opening the app prepares the default database (with the
// sample articles on first start) and shows what it holds.
int openDefaultDatabase(const QStringList& arguments)
{
    auto db = alam::Database::openSqlite(alam::defaultDatabasePath());
    if (!db) {
        alam::cli::printErr(db.error());
        return alam::cli::DatabaseError;
    }
    const auto added = alam::SampleCorpus::addIfEmpty(*db.value());
    if (!added) {
        alam::cli::printErr(added.error());
        return alam::cli::DatabaseError;
    }
    db.value().reset();
    return alam::cli::run({arguments.value(0), QStringLiteral("stats")});
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    alam::setApplicationIdentity();
    const QStringList arguments = QCoreApplication::arguments();
    if (alam::cli::wantsCommandLine(arguments))
        return alam::cli::run(arguments);
    return openDefaultDatabase(arguments);
}
