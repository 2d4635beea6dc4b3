#include "cli.h"
#include "command.h"
#include "commands.h"
#include "console.h"
#include "store/corpusstats.h"
#include "store/samplecorpus.h"

#include <QFileInfo>

namespace alam::cli {
namespace {

class StatsCommand final {
    Q_DECLARE_TR_FUNCTIONS(alam::cli::StatsCommand)
public:
    static int run(const QStringList& arguments);
};

QString countsLine(const QMap<QString, int>& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << it.key() + u' ' + QString::number(it.value());
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

int StatsCommand::run(const QStringList& arguments)
{
    CommandLine command(QStringLiteral("stats"), tr("Print what the database holds."));
    int exitCode = Ok;
    if (!command.parse(arguments, &exitCode))
        return exitCode;
    auto db = command.openDatabase(&exitCode);
    if (!db)
        return exitCode;

    const auto stats = CorpusStatsQuery::run(*db);
    if (!stats) {
        printErr(stats.error());
        return DatabaseError;
    }
    const QFileInfo file(command.databasePath());
    printOut(tr("Database:     %1 (%2 KB, schema version %3)")
                 .arg(file.absoluteFilePath())
                 .arg(file.size() / 1024)
                 .arg(db->schemaVersion()));
    printOut(tr("Documents:    %1 (%2)").arg(stats->documents).arg(countsLine(stats->documentsByStatus)));
    printOut(tr("Characters:   %1").arg(stats->textCharacters));
    printOut(tr("Annotations:  %1 (%2)").arg(stats->annotations).arg(countsLine(stats->annotationsByStatus)));
    printOut(tr("By label:     %1").arg(countsLine(stats->annotationsByLabel)));
    printOut(tr("Entities:     %1").arg(stats->entities));
    return Ok;
}

}  // namespace

int runStats(const QStringList& arguments) { return StatsCommand::run(arguments); }

}  // namespace alam::cli
