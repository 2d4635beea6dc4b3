#pragma once
// The review's own tables beside the store's: undo groups (review_actions, which history rows
// one analyst action wrote) and, on SQLite, the FTS5 search index over the matching form.
// They are versioned steps of the store's schema (app/store/schemareview.cpp), so every opened
// Database has them.
namespace alam {

class Database;

class ReviewSchema final {
public:
    // Whether corpus search has its FTS5 index here (SQLite only).
    static bool hasSearchIndex(const Database& db);
};

}  // namespace alam
