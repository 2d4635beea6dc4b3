#pragma once
// What every command shares: its name, a one-line summary for `alam --help`, its options,
// and the database it works on (--db, default: the app's own database).
#include "result.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <memory>

namespace alam::cli {

struct CommandInfo {
    QString name;
    QString summary;
};

class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(alam::cli::CommandLine)
public:
    // Sets up --db and --help for `alam <name>` with the given positional syntax.
    CommandLine(const QString& name, const QString& description);
    QCommandLineParser& parser() { return m_parser; }

    // Parses; on --help prints usage and returns false with exitCode 0; on a bad option
    // prints the reason and returns false with exitCode UsageError.
    bool parse(const QStringList& arguments, int* exitCode);

    QString databasePath() const;
    // The --help text, its first line "Usage: alam <name> [options] ...".
    QString usageText() const;
    // Opens (and migrates) the database named by --db; prints the reason when it fails.
    std::unique_ptr<Database> openDatabase(int* exitCode) const;

private:
    QCommandLineParser m_parser;
    QString m_name;
};

}  // namespace alam::cli
