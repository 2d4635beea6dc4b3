#pragma once
#include "result.h"
#include "types.h"

#include <QCoreApplication>
#include <optional>

namespace alam {

class Database;

class HistoryStore final {
    Q_DECLARE_TR_FUNCTIONS(alam::HistoryStore)
public:
    explicit HistoryStore(Database& db) : m_db(db) {}

    // Oldest first, newest last. A document's history holds its annotations' rows and its own
    // (status and reviewer).
    Result<QList<HistoryEntry>> forDocument(qint64 documentId);
    Result<QList<HistoryEntry>> forAnnotation(qint64 annotationId);
    Result<QList<HistoryEntry>> forEntity(qint64 entityId);
    Result<QList<HistoryEntry>> forLabel(const QString& name);

    // Writes one entry (its id and, when invalid, its time are filled in). The stores call
    // this inside the transaction of the change it records.
    Result<qint64> record(const HistoryEntry& entry);
    // Records one change of a document (status, reviewer), an entity (with its aliases) or a
    // label, with the subject as it was (none for an add) and as it is now.
    Status recordChange(const QString& action, const Document& before, const Document& after,
                        const QString& annotator);
    Status recordChange(const QString& action, const std::optional<Entity>& before,
                        const Entity& after, const QString& annotator);
    Status recordChange(const QString& action, const std::optional<Label>& before,
                        const Label& after, const QString& annotator);
    // For undo/redo: marks an entry as undone (or redone).
    Status setUndone(qint64 entryId, bool undone);

    // The before/after JSON: every field of the annotation, so that undo can restore it.
    // Keys: id, document_id, start, end, label, status, source, confidence, annotator,
    // entity_id, version, created_at, updated_at.
    static QString toJson(const Annotation& annotation);
    static Result<Annotation> annotationFromJson(const QString& json);
    // Of a document: id, status, reviewer, updated_at (the text never changes).
    static QString toJson(const Document& document);
    // Of an entity: id, name, label, aliases.
    static QString toJson(const Entity& entity);
    // Of a label: name, colour, shortcut, description.
    static QString toJson(const Label& label);

private:
    Result<QList<HistoryEntry>> select(const QString& where, const QVariant& value,
                                       const QString& subjectName);
    Database& m_db;
};

}  // namespace alam
