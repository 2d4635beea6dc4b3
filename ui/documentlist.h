#pragma once
// The document list with its filters (review status, label, title text).
#include "store/documentstore.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;
class QTreeView;

namespace alam {

class Database;
class DocumentListModel;

class DocumentList final : public QWidget {
    Q_OBJECT
public:
    DocumentList(Database& db, const QList<Label>& labels, QWidget* parent = nullptr);

    DocumentListModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    void selectDocument(qint64 documentId);  // highlights its row when it is listed
    // The document after `documentId` in the list (fetching more rows when needed); 0 if none.
    qint64 documentAfter(qint64 documentId);
    void updateSummary(const DocumentSummary& summary);  // the open document's counts
    void reload();

signals:
    void documentActivated(qint64 documentId);

private:
    void applyFilter();
    void sizeColumns();

    Database& m_db;
    DocumentListModel* m_model;
    QTreeView* m_view;
    QComboBox* m_status;
    QComboBox* m_label;
    QLineEdit* m_text;
    QTimer* m_typing;
};

}  // namespace alam
