#pragma once
// Annotations with their history: every add, change and delete writes a history row with the
// before/after JSON in the same transaction.
#include "result.h"
#include "types.h"

#include <QCoreApplication>

namespace alam {

class Database;

class AnnotationStore final {
    Q_DECLARE_TR_FUNCTIONS(alam::AnnotationStore)
public:
    explicit AnnotationStore(Database& db) : m_db(db) {}

    // Returns the new id; fills timestamps; records history (action "add").
    Result<qint64> add(const Annotation& annotation);
    // Adds many in one transaction (import, tagging); history rows are written too.
    Result<QList<qint64>> addAll(const QList<Annotation>& annotations);
    Result<Annotation> get(qint64 id);
    Result<QList<Annotation>> forDocument(qint64 documentId);
    // Annotations of the given statuses, in document then offset order.
    Result<QList<Annotation>> withStatus(const QList<AnnotationStatus>& statuses);
    // Writes label/bounds/status/entity of `changed`. Fails (and changes nothing) when the
    // stored row version is not changed.version (someone else changed it). Bumps the version.
    Result<Annotation> update(const Annotation& changed, const QString& annotator);
    Status remove(qint64 id, const QString& annotator);

private:
    Database& m_db;
};

}  // namespace alam
