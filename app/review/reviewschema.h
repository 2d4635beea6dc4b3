#pragma once
// The review's own tables beside the store's schema: undo groups (which history rows one
// analyst action wrote) and, on SQLite, the FTS5 search index over the matching form.
// The store has no migration hook for other areas, so these are created idempotently
// (CREATE ... IF NOT EXISTS) in one transaction; call ensure() once after opening.
#include "result.h"

#include <QCoreApplication>

namespace alam {

class Database;

class ReviewSchema final {
    Q_DECLARE_TR_FUNCTIONS(alam::ReviewSchema)
public:
    static Status ensure(Database& db);
    // Whether corpus search has its FTS5 index here (SQLite only).
    static bool hasSearchIndex(const Database& db);
};

}  // namespace alam
