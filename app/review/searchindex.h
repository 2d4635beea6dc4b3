#pragma once
// The corpus search index (SQLite FTS5, see reviewschema.h): for each document the matching
// form of its text (so أ/إ/ا, ة/ه, ى/ي and diacritics find each other) and the stems of its
// words after proclitics (so «واشنطن» finds «وواشنطن», «الحكومة» finds «للحكومة»). A document's
// text never changes, so the index only grows: documents newer than the last one indexed are
// added in short transactions (the window keeps writing meanwhile). Run update() on a
// background thread with its own Database.
#include "result.h"
#include "tagging.h"

#include <QCoreApplication>
#include <QString>

namespace alam {

class Database;

class SearchIndex final {
    Q_DECLARE_TR_FUNCTIONS(alam::SearchIndex)
public:
    explicit SearchIndex(Database& db) : m_db(db) {}

    // Documents stored but not indexed yet.
    Result<int> pendingCount();
    // The id of the newest indexed document (0 when none).
    Result<qint64> indexedUpTo();
    // Indexes every pending document; returns how many it indexed.
    Result<int> update(const StepProgress& progress = {}, int documentsPerTransaction = 32);

    // What is indexed for a text, column by column.
    static QString bodyOf(const QString& text);
    static QString stemsOf(const QString& text);

private:
    Database& m_db;
};

}  // namespace alam
