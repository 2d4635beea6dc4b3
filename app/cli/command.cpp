#include "command.h"

#include "cli.h"
#include "console.h"
#include "paths.h"


namespace alam::cli {

CommandLine::CommandLine(const QString& name, const QString& description) : m_name(name)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption({QStringLiteral("db"),
                        tr("The SQLite database to use (default: %1).").arg(defaultDatabasePath()),
                        tr("FILE")});
}

bool CommandLine::parse(const QStringList& arguments, int* exitCode)
{
    // arguments: program, command, options...; the parser wants "program options...".
    QStringList forParser = arguments;
    if (forParser.size() > 1)
        forParser.removeAt(1);
    if (!m_parser.parse(forParser)) {
        printErr(tr("alam %1: %2").arg(m_name, m_parser.errorText()));
        printErr(tr("Try 'alam %1 --help'.").arg(m_name));
        *exitCode = UsageError;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        printOut(usageText());
        *exitCode = Ok;
        return false;
    }
    return true;
}

QString CommandLine::usageText() const
{
    // QCommandLineParser's first line is "Usage: <argv[0]> [options] ...", naming the program
    // as it was started (a path, perhaps); name it as people type it, with the command.
    QString help = m_parser.helpText().trimmed();
    const qsizetype lineEnd = help.indexOf(u'\n');
    QString usage = help.left(lineEnd);
    const QString program = QCoreApplication::arguments().value(0);
    if (const qsizetype at = program.isEmpty() ? -1 : usage.indexOf(program); at >= 0)
        usage.replace(at, program.size(), QStringLiteral("alam ") + m_name);
    return lineEnd < 0 ? usage : usage + help.mid(lineEnd);
}

QString CommandLine::databasePath() const
{
    const QString given = m_parser.value(QStringLiteral("db"));
    return given.isEmpty() ? defaultDatabasePath() : given;
}

std::unique_ptr<Database> CommandLine::openDatabase(int* exitCode) const
{
    auto opened = Database::openSqlite(databasePath());
    if (!opened) {
        printErr(tr("alam %1: cannot open the database %2: %3")
                     .arg(m_name, databasePath(), opened.error()));
        *exitCode = DatabaseError;
        return nullptr;
    }
    return std::move(opened.value());
}

}  // namespace alam::cli
