#include "cli.h"
#include "command.h"
#include "commands.h"
#include "console.h"
#include "store/corpusstats.h"

#include <QFileInfo>
#include <functional>

namespace alam::cli {
namespace {

class StatsCommand final {
    Q_DECLARE_TR_FUNCTIONS(alam::cli::StatsCommand)
public:
    static int run(const QStringList& arguments);
    static QString statusName(const QString& stored);
};

// A stored status name ("in_progress", "accepted") as the person reads it.
QString StatsCommand::statusName(const QString& stored)
{
    if (const auto review = reviewStatusFromString(stored)) {
        switch (*review) {
        case ReviewStatus::New: return tr("new");
        case ReviewStatus::InProgress: return tr("in progress");
        case ReviewStatus::Reviewed: return tr("reviewed");
        }
    }
    if (const auto status = annotationStatusFromString(stored)) {
        switch (*status) {
        case AnnotationStatus::Suggested: return tr("suggested");
        case AnnotationStatus::Accepted: return tr("accepted");
        case AnnotationStatus::Rejected: return tr("rejected");
        case AnnotationStatus::Edited: return tr("edited");
        case AnnotationStatus::Manual: return tr("manual");
        }
    }
    return stored;
}

QString countsLine(const QMap<QString, int>& counts,
                   const std::function<QString(const QString&)>& nameOf = {})
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << (nameOf ? nameOf(it.key()) : it.key()) + u' ' + QString::number(it.value());
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

// The database file with its write-ahead log, which holds the latest commits until SQLite
// copies them into the file.
qint64 databaseBytes(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
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
                 .arg(databaseBytes(file.absoluteFilePath()) / 1024)
                 .arg(db->schemaVersion()));
    printOut(tr("Documents:    %1 (%2)").arg(stats->documents).arg(countsLine(stats->documentsByStatus, statusName)));
    printOut(tr("Characters:   %1").arg(stats->textCharacters));
    printOut(tr("Annotations:  %1 (%2)").arg(stats->annotations).arg(countsLine(stats->annotationsByStatus, statusName)));
    printOut(tr("By label:     %1").arg(countsLine(stats->annotationsByLabel)));
    printOut(tr("Entities:     %1").arg(stats->entities));
    return Ok;
}

}  // namespace

int runStats(const QStringList& arguments) { return StatsCommand::run(arguments); }

}  // namespace alam::cli
