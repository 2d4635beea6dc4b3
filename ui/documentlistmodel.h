#pragma once
// The documents of the corpus for the list: title, review status, pending suggestions and
// entity counts. Rows are fetched a page at a time as the view scrolls (canFetchMore /
// fetchMore), so a corpus of 100,000 documents opens at once and stays small in memory.
#include "store/documentstore.h"

#include <QAbstractTableModel>

namespace alam {

class Database;

class DocumentListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, StatusColumn, PendingColumn, EntitiesColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    explicit DocumentListModel(Database& db, QObject* parent = nullptr);

    void setFilter(const DocumentFilter& filter);  // offset and limit are the model's own
    const DocumentFilter& filter() const { return m_filter; }
    void reload();  // from the first page
    // Updates one row in place (after an action on the open document).
    void updateSummary(const DocumentSummary& summary);
    int rowOf(qint64 documentId) const;  // among the rows fetched; -1 when not
    qint64 documentAt(int row) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString statusText(ReviewStatus status);

signals:
    void failed(const QString& message);

private:
    Result<QList<DocumentSummary>> readPage(int offset) const;

    Database& m_db;
    DocumentFilter m_filter;
    QList<DocumentSummary> m_rows;
    bool m_complete = false;
    bool m_resetting = false;
    bool m_fetching = false;
    QString m_error;
};

}  // namespace alam
