#pragma once
// Tags the documents of a database that are not reviewed yet and stores the spans as
// suggestions (status suggested, source model, the tagger's confidence), following
// ner/suggestionplan.h: decisions are never touched and re-running adds no duplicates.
// Documents are tagged in parallel on the global thread pool while the calling thread (the one
// that owns the Database connection) writes the previous batch in one transaction.
#include "ner/tagger.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

namespace alam {
class Database;
}

namespace alam::ner {

struct DatabaseTagOptions {
    QList<qint64> documents;  // empty: every document whose status is not reviewed
    bool replaceStale = true; // see planSuggestions
    int batchDocuments = 256; // documents per transaction
    // Called after each batch is written with (documents done, documents); false cancels
    // (batches already written stay).
    std::function<bool(int, int)> progress;
};

struct DatabaseTagReport {
    int documents = 0;      // documents tagged and written
    qint64 characters = 0;  // of their text
    int added = 0;          // new suggestions
    int removed = 0;        // stale suggestions of an earlier run
    int kept = 0;           // suggestions proposed again and left as they were
    int blocked = 0;        // spans not suggested: an annotation or decision is in the way
    int unknownLabel = 0;   // spans of a type the database has no label for
    bool cancelled = false;
};

class DatabaseTagger final {
    Q_DECLARE_TR_FUNCTIONS(alam::ner::DatabaseTagger)
public:
    DatabaseTagger(Database& db, const Tagger& tagger) : m_db(db), m_tagger(tagger) {}

    Result<DatabaseTagReport> run(const DatabaseTagOptions& options = {});

private:
    Database& m_db;
    const Tagger& m_tagger;
};

}  // namespace alam::ner
