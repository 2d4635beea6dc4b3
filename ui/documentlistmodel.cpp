#include "documentlistmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace alam {

DocumentListModel::DocumentListModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

QString DocumentListModel::statusText(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::New: return tr("new");
    case ReviewStatus::InProgress: return tr("in progress");
    case ReviewStatus::Reviewed: return tr("reviewed");
    }
    return {};
}

void DocumentListModel::setFilter(const DocumentFilter& filter)
{
    m_filter = filter;
    reload();
}

void DocumentListModel::reload()
{
    // The first page is read inside the reset (rows may not be inserted while it is going on).
    beginResetModel();
    m_resetting = true;  // views and testers ask for more while the reset is announced
    m_rows.clear();
    m_complete = false;
    Result<QList<DocumentSummary>> first = readPage(0);
    if (first) {
        m_rows = *first;
        m_complete = first->size() < PageSize;
    } else {
        m_complete = true;
        m_error = first.error();
    }
    endResetModel();
    m_resetting = false;
    if (!first)
        emit failed(m_error);
}

Result<QList<DocumentSummary>> DocumentListModel::readPage(int offset) const
{
    DocumentFilter page = m_filter;
    page.offset = offset;
    page.limit = PageSize;
    return DocumentStore(m_db).list(page);
}

bool DocumentListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete && !m_resetting && !m_fetching;
}

void DocumentListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_complete || m_resetting || m_fetching)
        return;
    Result<QList<DocumentSummary>> rows = readPage(int(m_rows.size()));
    if (!rows) {
        m_complete = true;
        m_error = rows.error();
        emit failed(m_error);
        return;
    }
    m_complete = rows->size() < PageSize;
    if (rows->isEmpty())
        return;
    m_fetching = true;  // no nested fetch from a slot while the rows are announced
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows += *rows;
    endInsertRows();
    m_fetching = false;
}

void DocumentListModel::updateSummary(const DocumentSummary& summary)
{
    const int row = rowOf(summary.id);
    if (row < 0)
        return;
    DocumentSummary& stored = m_rows[row];
    stored.status = summary.status;
    stored.suggestedCount = summary.suggestedCount;
    stored.entityCount = summary.entityCount;
    // Cell by cell: a view repaints its whole viewport for a range, one cell for a cell.
    for (int column = 0; column < ColumnCount; ++column)
        emit dataChanged(index(row, column), index(row, column));
}

int DocumentListModel::rowOf(qint64 documentId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == documentId)
            return int(i);
    }
    return -1;
}

qint64 DocumentListModel::documentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int DocumentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DocumentSummary& row = m_rows.at(index.row());
    switch (role) {
    case DocumentIdRole:
        return row.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return row.title;
        case StatusColumn: return statusText(row.status);
        case PendingColumn: return QString::number(row.suggestedCount);  // digits as %n
        case EntitiesColumn: return QString::number(row.entityCount);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == TitleColumn) {
            QFont font;
            font.setFamilies({u"Noto Naskh Arabic"_s, u"Noto Sans"_s});
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? QVariant(row.title) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && row.status == ReviewStatus::Reviewed)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        if (index.column() == PendingColumn && row.suggestedCount > 0)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PendingColumn || index.column() == EntitiesColumn)
            return int(Qt::AlignCenter);
        return {};
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Title");
    case StatusColumn: return tr("Status");
    case PendingColumn: return tr("Pending");
    case EntitiesColumn: return tr("Entities");
    }
    return {};
}

}  // namespace alam
