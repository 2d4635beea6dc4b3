#pragma once
// Counts over the whole corpus, for `alam stats` and the status bar.
#include "result.h"
#include "types.h"

#include <QCoreApplication>
#include <QMap>

namespace alam {

class Database;

struct CorpusStats {
    int documents = 0;
    QMap<QString, int> documentsByStatus;    // "new", "in_progress", "reviewed"
    int annotations = 0;
    QMap<QString, int> annotationsByStatus;  // "suggested", "accepted", ...
    QMap<QString, int> annotationsByLabel;   // decisions that stand (not rejected) by label
    int entities = 0;
    qint64 textCharacters = 0;               // characters of all document text
};

class CorpusStatsQuery final {
    Q_DECLARE_TR_FUNCTIONS(alam::CorpusStatsQuery)
public:
    static Result<CorpusStats> run(Database& db);
};

}  // namespace alam
