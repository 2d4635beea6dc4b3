#pragma once
// Which canonical entity a mention belongs to: «الكاظمي» and «مصطفى الكاظمي» in one article
// are one person. Entities are found by name or alias in the matching form; within a
// document, a mention whose words are part of another linked mention's entity name joins it.
#include "result.h"
#include "store/types.h"

#include <QCoreApplication>
#include <QList>

namespace alam {

class Database;

class EntityLinker final {
    Q_DECLARE_TR_FUNCTIONS(alam::EntityLinker)
public:
    explicit EntityLinker(Database& db) : m_db(db) {}

    // The entity for a mention `surface` of `label`: one named so (or with that alias); else the
    // one entity among `nearby` (entities linked in the same document) whose name holds the
    // mention's words or is held by them; else a new entity. The mention becomes an alias
    // when it is not the entity's name.
    // `nearby` carry their names and aliases (the review keeps them; no query per entity).
    Result<qint64> resolve(const QString& surface, const QString& label,
                           const QList<Entity>& nearby);
    // A new entity named by the mention (to split a mention off the entity it was linked to).
    Result<qint64> create(const QString& surface, const QString& label);
    // Records `surface` as an alias of `entityId` unless it is the entity's name.
    Status addAlias(qint64 entityId, const QString& surface);

private:
    Database& m_db;
};

}  // namespace alam
