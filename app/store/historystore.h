#pragma once
#include "result.h"
#include "types.h"

#include <QCoreApplication>

namespace alam {

class Database;

class HistoryStore final {
    Q_DECLARE_TR_FUNCTIONS(alam::HistoryStore)
public:
    explicit HistoryStore(Database& db) : m_db(db) {}

    Result<QList<HistoryEntry>> forDocument(qint64 documentId);
    Result<QList<HistoryEntry>> forAnnotation(qint64 annotationId);

private:
    Database& m_db;
};

}  // namespace alam
