#pragma once
// The schema's steps, for schema.cpp, which lists them in order. A released step is never
// edited: a change is a new step.
#include "result.h"

#include <QStringList>

namespace alam {

class Database;

// Runs schema statements ({ID}, {BIGINT}, {REAL} filled in by the dialect).
Status runSchema(Database& db, const QStringList& statements);

Status createTables(Database& db);         // 1: documents, annotations, entities, labels, history
Status createReviewActions(Database& db);  // 2: undo groups of the review's actions
Status createSearchIndex(Database& db);    // 3: the corpus search index (SQLite only)
Status widenHistory(Database& db);         // 4: history of documents, entities and labels too
Status createAppState(Database& db);       // 5: what the app has done once (sample articles)
Status createLearnedDocuments(Database& db);  // 6: reviewed documents the tagger learned from

}  // namespace alam
