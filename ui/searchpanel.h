#pragma once
// Corpus search and "other mentions of this entity": a query box and the hits with their
// context (the words before, the match, the words after — in Arabic the columns run right to
// left like the text). Opening a hit jumps to it.
#include "review/corpussearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace alam {

class Database;

class SearchPanel final : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(Database& db, QWidget* parent = nullptr);

    QLineEdit* queryEdit() const { return m_query; }
    QTreeWidget* results() const { return m_results; }
    void search(const QString& query);
    void showMentions(qint64 entityId, const QString& name);
    void focusQuery();

signals:
    void hitOpened(qint64 documentId, int start, int end, qint64 annotationId);
    void indexNeeded();  // documents are waiting to be indexed

private:
    void show(const SearchResults& results, const QString& summary);

    Database& m_db;
    QLineEdit* m_query;
    QLabel* m_summary;
    QTreeWidget* m_results;
};

}  // namespace alam
