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

    Result<qint64> add(const Entity& entity);
    Result<Entity> get(qint64 id);
    // By canonical name or alias, compared in the matching form, within a label.
    Result<std::optional<Entity>> find(const QString& name, const QString& label);
    Status addAlias(qint64 id, const QString& alias);
    Result<QList<Entity>> all();

private:
    Database& m_db;
};

class LabelStore final {
    Q_DECLARE_TR_FUNCTIONS(alam::LabelStore)
public:
    explicit LabelStore(Database& db) : m_db(db) {}

    Result<QList<Label>> all();  // defaults PERS, LOC, ORG, MISC plus what a database adds
    Status add(const Label& label);
    Status update(const Label& label);

private:
    Database& m_db;
};

}  // namespace alam
