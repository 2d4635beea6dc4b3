#pragma once
#include "result.h"
#include "types.h"

#include <QCoreApplication>
#include <optional>

namespace alam {

class Database;

class EntityStore final {
    Q_DECLARE_TR_FUNCTIONS(alam::EntityStore)
public:
    explicit EntityStore(Database& db) : m_db(db) {}

    // Each change writes a history row (with `annotator`) in the change's transaction.
    Result<qint64> add(const Entity& entity, const QString& annotator = {});
    Result<Entity> get(qint64 id);
    // By canonical name or alias, compared in the matching form, within a label.
    Result<std::optional<Entity>> find(const QString& name, const QString& label);
    // An alias the entity already has is not added again (and not recorded).
    Status addAlias(qint64 id, const QString& alias, const QString& annotator = {});
    Result<QList<Entity>> all();

private:
    Result<bool> insertAlias(qint64 id, const QString& alias);  // false: it was there
    Database& m_db;
};

class LabelStore final {
    Q_DECLARE_TR_FUNCTIONS(alam::LabelStore)
public:
    explicit LabelStore(Database& db) : m_db(db) {}

    Result<QList<Label>> all();  // defaults PERS, LOC, ORG, MISC plus what a database adds
    // Each change writes a history row (with `annotator`) in the change's transaction.
    Status add(const Label& label, const QString& annotator = {});
    Status update(const Label& label, const QString& annotator = {});

private:
    Database& m_db;
};

}  // namespace alam
