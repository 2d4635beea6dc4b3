#pragma once
// Which reviewed documents the tagger has learned from online (after mark reviewed), so a
// document marked reviewed again after an undo is not learned twice, and a full retrain can
// give the new model the same analyst memory back. Its table, review_learned_documents, is
// schema step 6 (store/schemareview.cpp).
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace alam {

class Database;

class LearningJournal final {
    Q_DECLARE_TR_FUNCTIONS(alam::LearningJournal)
public:
    explicit LearningJournal(Database& db) : m_db(db) {}

    Result<bool> contains(qint64 documentId);
    Status record(qint64 documentId);
    Result<QList<qint64>> documents();  // in the order they were learned
    Status clear();  // the learned model is gone: nothing has been learned

private:
    Database& m_db;
};

}  // namespace alam
