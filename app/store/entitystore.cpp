#include "entitystore.h"

#include "database.h"
#include "historystore.h"
#include "sqlstatement.h"
#include "sqlvalues.h"
#include "text/matchingform.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

// The form names are compared in («أحمد» and «احمد» are one name).
QString keyOf(const QString& name)
{
    return MatchingForm::normalise(name.trimmed());
}

}  // namespace

Result<qint64> EntityStore::add(const Entity& entity, const QString& annotator)
{
    const QString name = entity.name.trimmed();
    if (name.isEmpty())
        return Error{tr("An entity needs a name.")};
    qint64 id = 0;
    Status saved = m_db.transaction([&]() -> Status {
        Result<qint64> inserted = m_db.insert(
            u"INSERT INTO entities (name, name_key, label, created_at) VALUES (?, ?, ?, ?)"_s,
            {name, keyOf(name), entity.label, sqlvalues::timestamp(sqlvalues::now())});
        if (!inserted) {
            Result<SqlStatement> label =
                m_db.execute(u"SELECT 1 FROM labels WHERE name = ?"_s, {entity.label});
            const QString why = label && !label->next()
                                    ? tr("there is no label %1").arg(entity.label)
                                    : inserted.error();
            return Error{tr("Could not add the entity «%1»: %2").arg(name, why)};
        }
        id = *inserted;
        Entity stored{id, name, entity.label, {}};
        for (const QString& alias : entity.aliases) {
            Result<bool> added = insertAlias(id, alias);
            if (!added)
                return Error{added.error()};
            if (*added)
                stored.aliases << alias.trimmed();
        }
        return HistoryStore(m_db).recordChange(u"add"_s, std::nullopt, stored, annotator);
    });
    if (!saved)
        return Error{saved.error()};
    return id;
}

Result<Entity> EntityStore::get(qint64 id)
{
    Result<SqlStatement> row =
        m_db.execute(u"SELECT id, name, label FROM entities WHERE id = ?"_s, {id});
    if (!row)
        return Error{tr("Could not read entity %1: %2").arg(QString::number(id), row.error())};
    if (!row->next())
        return Error{tr("There is no entity %1.").arg(id)};
    Entity entity;
    entity.id = row->id(0);
    entity.name = row->text(1);
    entity.label = row->text(2);

    Result<SqlStatement> aliases = m_db.execute(
        u"SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY id"_s, {id});
    if (!aliases)
        return Error{tr("Could not read the aliases of entity %1: %2")
                         .arg(QString::number(id), aliases.error())};
    while (aliases->next())
        entity.aliases << aliases->text(0);
    return entity;
}

Result<std::optional<Entity>> EntityStore::find(const QString& name, const QString& label)
{
    // The canonical name first, then aliases; the oldest entity wins a tie.
    const QString key = keyOf(name);
    Result<SqlStatement> found =
        label.isEmpty()
            ? m_db.execute(u"SELECT id, 0 FROM entities WHERE name_key = ?"
                           " UNION SELECT entity_id, 1 FROM entity_aliases WHERE alias_key = ?"
                           " ORDER BY 2, 1 LIMIT 1"_s,
                           {key, key})
            : m_db.execute(u"SELECT id, 0 FROM entities WHERE name_key = ? AND label = ?"
                           " UNION SELECT a.entity_id, 1 FROM entity_aliases a"
                           " JOIN entities e ON e.id = a.entity_id"
                           " WHERE a.alias_key = ? AND e.label = ?"
                           " ORDER BY 2, 1 LIMIT 1"_s,
                           {key, label, key, label});
    if (!found)
        return Error{tr("Could not look up the entity «%1»: %2").arg(name, found.error())};
    if (!found->next())
        return std::optional<Entity>();
    const qint64 id = found->id(0);
    Result<Entity> entity = get(id);
    if (!entity)
        return Error{entity.error()};
    return std::optional<Entity>(*entity);
}

Status EntityStore::addAlias(qint64 id, const QString& alias, const QString& annotator)
{
    return m_db.transaction([&]() -> Status {
        Result<bool> added = insertAlias(id, alias);
        if (!added)
            return Error{added.error()};
        if (!*added)
            return {};
        Result<Entity> after = get(id);
        if (!after)
            return Error{after.error()};
        Entity before = *after;
        before.aliases.removeAll(alias.trimmed());
        return HistoryStore(m_db).recordChange(u"add_alias"_s, before, *after, annotator);
    });
}

Result<bool> EntityStore::insertAlias(qint64 id, const QString& alias)
{
    const QString trimmed = alias.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("Could not add an alias to entity %1: the alias is empty.").arg(id)};
    Result<SqlStatement> done = m_db.execute(
        u"INSERT INTO entity_aliases (entity_id, alias, alias_key) VALUES (?, ?, ?)"
        " ON CONFLICT (entity_id, alias) DO NOTHING"_s,
        {id, trimmed, keyOf(trimmed)});
    if (done)
        return done->rowsAffected() > 0;
    Result<SqlStatement> entity = m_db.execute(u"SELECT 1 FROM entities WHERE id = ?"_s, {id});
    const QString why = entity && !entity->next() ? tr("there is no entity %1").arg(id)
                                                  : done.error();
    return Error{tr("Could not add the alias «%1» to entity %2: %3")
                     .arg(trimmed, QString::number(id), why)};
}

Result<QList<Entity>> EntityStore::all()
{
    // Two queries, merged here (not one query per entity).
    Result<SqlStatement> rows =
        m_db.execute(u"SELECT id, name, label FROM entities ORDER BY label, name, id"_s);
    if (!rows)
        return Error{tr("Could not read the entities: %1").arg(rows.error())};
    QList<Entity> entities;
    QHash<qint64, qsizetype> indexOf;
    while (rows->next()) {
        Entity entity;
        entity.id = rows->id(0);
        entity.name = rows->text(1);
        entity.label = rows->text(2);
        indexOf.insert(entity.id, entities.size());
        entities << entity;
    }

    Result<SqlStatement> aliases =
        m_db.execute(u"SELECT entity_id, alias FROM entity_aliases ORDER BY id"_s);
    if (!aliases)
        return Error{tr("Could not read the entity aliases: %1").arg(aliases.error())};
    while (aliases->next()) {
        const auto at = indexOf.constFind(aliases->id(0));
        if (at != indexOf.constEnd())
            entities[*at].aliases << aliases->text(1);
    }
    return entities;
}

}  // namespace alam
