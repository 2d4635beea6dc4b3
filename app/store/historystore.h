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

    // Oldest first, newest last.
    Result<QList<HistoryEntry>> forDocument(qint64 documentId);
    Result<QList<HistoryEntry>> forAnnotation(qint64 annotationId);

    // Writes one entry (its id and, when invalid, its time are filled in). AnnotationStore
    // calls this inside the transaction of the change it records.
    Result<qint64> record(const HistoryEntry& entry);
    // For undo/redo: marks an entry as undone (or redone).
    Status setUndone(qint64 entryId, bool undone);

    // The before/after JSON: every field of the annotation, so that undo can restore it.
    // Keys: id, document_id, start, end, label, status, source, confidence, annotator,
    // entity_id, version, created_at, updated_at.
    static QString toJson(const Annotation& annotation);
    static Result<Annotation> annotationFromJson(const QString& json);

private:
    Database& m_db;
};

}  // namespace alam
