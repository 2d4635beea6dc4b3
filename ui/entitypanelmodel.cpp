#include "entitypanelmodel.h"

#include "labelnames.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

// Group rows have internal id 0; a mention row's internal id is its group's row + 1.
constexpr quintptr kGroupRow = 0;

QString statusText(AnnotationStatus status)
{
    switch (status) {
    case AnnotationStatus::Suggested: return EntityPanelModel::tr("suggested");
    case AnnotationStatus::Accepted: return EntityPanelModel::tr("accepted");
    case AnnotationStatus::Rejected: return EntityPanelModel::tr("rejected");
    case AnnotationStatus::Edited: return EntityPanelModel::tr("edited");
    case AnnotationStatus::Manual: return EntityPanelModel::tr("added by hand");
    }
    return {};
}

QString sourceText(AnnotationSource source)
{
    switch (source) {
    case AnnotationSource::Model: return EntityPanelModel::tr("model");
    case AnnotationSource::Gazetteer: return EntityPanelModel::tr("gazetteer");
    case AnnotationSource::Rule: return EntityPanelModel::tr("rule");
    case AnnotationSource::Analyst: return EntityPanelModel::tr("analyst");
    case AnnotationSource::Import: return EntityPanelModel::tr("import");
    case AnnotationSource::Propagation: return EntityPanelModel::tr("propagation");
    }
    return {};
}

}  // namespace

QStringList EntityPanelModel::statusNames()
{
    QStringList names;
    for (AnnotationStatus status : {AnnotationStatus::Suggested, AnnotationStatus::Accepted,
                                    AnnotationStatus::Rejected, AnnotationStatus::Edited,
                                    AnnotationStatus::Manual})
        names << statusText(status);
    return names;
}

QStringList EntityPanelModel::sourceNames()
{
    QStringList names;
    for (AnnotationSource source : {AnnotationSource::Model, AnnotationSource::Gazetteer,
                                    AnnotationSource::Rule, AnnotationSource::Analyst,
                                    AnnotationSource::Import, AnnotationSource::Propagation})
        names << sourceText(source);
    return names;
}

EntityPanelModel::EntityPanelModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    // Names in an Arabic text face, a little larger than the ui's own.
    m_textFont.setFamilies({u"Noto Naskh Arabic"_s, u"Noto Sans"_s});
    m_textFont.setPointSizeF(QFont().pointSizeF() + 2);
}

void EntityPanelModel::setReview(const DocumentReview* review)
{
    beginResetModel();
    m_review = review;
    m_groups = buildGroups();
    endResetModel();
}

void EntityPanelModel::setGrouped(bool grouped)
{
    if (grouped == m_grouped)
        return;
    beginResetModel();
    m_grouped = grouped;
    m_groups = buildGroups();
    endResetModel();
}

QList<EntityPanelModel::Group> EntityPanelModel::buildGroups() const
{
    QList<Group> groups;
    if (!m_review)
        return groups;
    if (!m_grouped) {
        Group all;
        for (const Annotation& annotation : m_review->annotations())
            all.mentions << annotation.id;
        groups << all;
        return groups;
    }
    QHash<qint64, qsizetype> groupOf;
    Group unlinked;
    unlinked.name = tr("Not linked to an entity");
    for (const Annotation& annotation : m_review->annotations()) {
        if (!annotation.entityId) {
            unlinked.mentions << annotation.id;
            continue;
        }
        auto at = groupOf.constFind(annotation.entityId);
        if (at == groupOf.constEnd()) {
            Group group;
            group.entityId = annotation.entityId;
            const Entity* entity = m_review->entity(annotation.entityId);
            group.name = entity ? entity->name : m_review->textOf(annotation);
            group.label = entity ? entity->label : annotation.label;
            at = groupOf.insert(annotation.entityId, groups.size());
            groups << group;
        }
        groups[*at].mentions << annotation.id;
    }
    std::sort(groups.begin(), groups.end(), [this](const Group& a, const Group& b) {
        const int order = m_collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.entityId < b.entityId;
    });
    if (!unlinked.mentions.isEmpty())
        groups << unlinked;
    return groups;
}

void EntityPanelModel::applyChange(const ReviewChange& change)
{
    QList<Group> rebuilt = buildGroups();
    bool sameShape = rebuilt.size() == m_groups.size();
    for (qsizetype i = 0; sameShape && i < rebuilt.size(); ++i)
        sameShape = rebuilt.at(i).entityId == m_groups.at(i).entityId
                    && rebuilt.at(i).mentions == m_groups.at(i).mentions;
    if (!sameShape) {
        beginResetModel();
        m_groups = std::move(rebuilt);
        endResetModel();
        return;
    }
    m_groups = std::move(rebuilt);  // names may have changed
    // Cell by cell: a view repaints its whole viewport for a range, one cell for a cell.
    for (qint64 id : change.changed) {
        const QModelIndex first = indexOfAnnotation(id, 0);
        for (int column = 0; first.isValid() && column < ColumnCount; ++column)
            emit dataChanged(first.siblingAtColumn(column), first.siblingAtColumn(column));
    }
    if (m_grouped && rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QModelIndex EntityPanelModel::indexOfAnnotation(qint64 annotationId, int column) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const qsizetype row = m_groups.at(g).mentions.indexOf(annotationId);
        if (row < 0)
            continue;
        if (!m_grouped)
            return createIndex(int(row), column, kGroupRow);
        return createIndex(int(row), column, quintptr(g + 1));
    }
    return {};
}

qint64 EntityPanelModel::annotationAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return 0;
    if (!m_grouped)
        return m_groups.isEmpty() ? 0 : m_groups.constFirst().mentions.value(index.row());
    if (index.internalId() == kGroupRow)
        return 0;
    return m_groups.at(qsizetype(index.internalId() - 1)).mentions.value(index.row());
}

QModelIndex EntityPanelModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EntityPanelModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || !m_grouped || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int EntityPanelModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!m_grouped) {
        if (parent.isValid())
            return 0;
        return m_groups.isEmpty() ? 0 : int(m_groups.constFirst().mentions.size());
    }
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupRow)
        return 0;
    return int(m_groups.at(parent.row()).mentions.size());
}

int EntityPanelModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags EntityPanelModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString EntityPanelModel::latinOf(const QString& text) const
{
    auto it = m_latinCache.constFind(text);
    if (it == m_latinCache.constEnd())
        it = m_latinCache.insert(text, m_latin.toLatin(text));
    return *it;
}

QVariant EntityPanelModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_review)
        return {};
    if (m_grouped && index.internalId() == kGroupRow)
        return groupData(m_groups.at(index.row()), index.column(), role);
    const Annotation* annotation = m_review->find(annotationAt(index));
    return annotation ? annotationData(*annotation, index.column(), role) : QVariant();
}

QVariant EntityPanelModel::groupData(const Group& group, int column, int role) const
{
    if (role == IsGroupRole)
        return true;
    if (role == EntityIdRole)
        return group.entityId;
    if (role == AnnotationIdRole)
        return qint64(0);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TextColumn:
            return group.entityId ? tr("%1 (%n mention(s))", nullptr, int(group.mentions.size()))
                                        .arg(group.name)
                                  : group.name;
        case LabelColumn: return LabelNames::shortName(group.label);
        case LatinColumn: return group.entityId ? latinOf(group.name) : QString();
        default: return {};
        }
    }
    if (role == Qt::FontRole) {
        QFont font = m_textFont;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant EntityPanelModel::annotationData(const Annotation& annotation, int column,
                                          int role) const
{
    switch (role) {
    case AnnotationIdRole: return annotation.id;
    case EntityIdRole: return annotation.entityId;
    case IsGroupRole: return false;
    case Qt::DisplayRole:
        switch (column) {
        case TextColumn: return m_review->textOf(annotation);
        case LabelColumn: return LabelNames::shortName(annotation.label);
        case StatusColumn: return statusText(annotation.status);
        case SourceColumn: return sourceText(annotation.source);
        case ConfidenceColumn:
            return QString(QString::number(qRound(annotation.confidence * 100)) + u'%');
        case LatinColumn: return latinOf(m_review->textOf(annotation));
        }
        return {};
    case Qt::ToolTipRole:
        if (column == TextColumn)
            return m_review->textOf(annotation);  // whole, when the column cuts it
        if (column == LabelColumn) {
            const Label* label = m_review->label(annotation.label);
            return QString(LabelNames::withCode(annotation.label) + u" — "_s
                           + (label ? LabelNames::description(*label) : annotation.label));
        }
        return {};
    case Qt::DecorationRole:
        if (column == LabelColumn) {
            const Label* label = m_review->label(annotation.label);
            return label ? QColor(label->colour) : QColor(Qt::gray);
        }
        return {};
    case Qt::ForegroundRole:
        // Not italics: slanted Arabic is hard to read. Suggestions are blue, rejected grey.
        if (annotation.status == AnnotationStatus::Rejected)
            return QBrush(QColor(0x88, 0x88, 0x88));
        if (annotation.status == AnnotationStatus::Suggested)
            return QBrush(QColor(0x1f, 0x4e, 0x9a));
        return {};
    case Qt::FontRole:
        if (column == TextColumn)
            return m_textFont;
        return {};
    default:
        return {};
    }
}

QVariant EntityPanelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn: return tr("Mention");
    case LabelColumn: return tr("Label");
    case StatusColumn: return tr("Status");
    case SourceColumn: return tr("Source");
    case ConfidenceColumn: return tr("Confidence");
    case LatinColumn: return tr("Latin");
    }
    return {};
}

}  // namespace alam
