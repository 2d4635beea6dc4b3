#include "database.h"
#include "entitystore.h"
#include "historystore.h"
#include "sqlstatement.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

Status validate(const Label& label)
{
    static const QRegularExpression colour(u"^#[0-9A-Fa-f]{6}$"_s);
    static const QRegularExpression space(u"\\s"_s);
    if (label.name.isEmpty() || label.name.contains(space))
        return Error{LabelStore::tr("A label name must be one word without spaces (got «%1»).")
                         .arg(label.name)};
    if (!colour.match(label.colour).hasMatch())
        return Error{LabelStore::tr("The colour of label %1 must look like #rrggbb (got «%2»).")
                         .arg(label.name, label.colour)};
    return {};
}

// A shortcut key picks one label only.
Status checkShortcutFree(Database& db, const Label& label)
{
    if (label.shortcut.isEmpty())
        return {};
    Result<SqlStatement> owner =
        db.execute(u"SELECT name FROM labels WHERE shortcut = ? AND name <> ?"_s,
                   {label.shortcut, label.name});
    if (!owner)
        return Error{owner.error()};
    if (owner->next())
        return Error{LabelStore::tr("the shortcut %1 already belongs to label %2")
                         .arg(label.shortcut, owner->text(0))};
    return {};
}

}  // namespace

Result<QList<Label>> LabelStore::all()
{
    Result<SqlStatement> rows = m_db.execute(
        u"SELECT name, colour, shortcut, description FROM labels ORDER BY sort_order, name"_s);
    if (!rows)
        return Error{tr("Could not read the labels: %1").arg(rows.error())};
    QList<Label> labels;
    while (rows->next())
        labels << Label{rows->text(0), rows->text(1), rows->text(2), rows->text(3)};
    return labels;
}

Status LabelStore::add(const Label& label, const QString& annotator)
{
    if (Status valid = validate(label); !valid)
        return valid;
    Status saved = m_db.transaction([&]() -> Status {
        Result<SqlStatement> existing =
            m_db.execute(u"SELECT 1 FROM labels WHERE name = ?"_s, {label.name});
        if (!existing)
            return Error{existing.error()};
        if (existing->next())
            return Error{tr("a label with this name already exists")};
        if (Status free = checkShortcutFree(m_db, label); !free)
            return free;
        Result<SqlStatement> done = m_db.execute(
            u"INSERT INTO labels (name, colour, shortcut, description, sort_order) VALUES "
            "(?, ?, ?, ?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM labels))"_s,
            {label.name, label.colour, label.shortcut, label.description});
        if (!done)
            return Error{done.error()};
        return HistoryStore(m_db).recordChange(u"add"_s, std::nullopt, label, annotator);
    });
    if (!saved)
        return Error{tr("Could not add the label %1: %2").arg(label.name, saved.error())};
    return {};
}

Status LabelStore::update(const Label& label, const QString& annotator)
{
    if (Status valid = validate(label); !valid)
        return valid;
    Status saved = m_db.transaction([&]() -> Status {
        if (Status free = checkShortcutFree(m_db, label); !free)
            return free;
        Label before;
        {
            Result<SqlStatement> row = m_db.execute(
                u"SELECT name, colour, shortcut, description FROM labels WHERE name = ?"_s,
                {label.name});
            if (!row)
                return Error{row.error()};
            if (!row->next())
                return Error{tr("there is no such label")};
            before = Label{row->text(0), row->text(1), row->text(2), row->text(3)};
        }
        Result<SqlStatement> done = m_db.execute(
            u"UPDATE labels SET colour = ?, shortcut = ?, description = ? WHERE name = ?"_s,
            {label.colour, label.shortcut, label.description, label.name});
        if (!done)
            return Error{done.error()};
        if (done->rowsAffected() == 0)
            return Error{tr("there is no such label")};
        return HistoryStore(m_db).recordChange(u"update"_s, before, label, annotator);
    });
    if (!saved)
        return Error{tr("Could not change the label %1: %2").arg(label.name, saved.error())};
    return {};
}

}  // namespace alam
