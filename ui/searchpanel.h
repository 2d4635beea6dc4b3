#pragma once
// Corpus search and "other mentions of this entity": a query box and the hits with their
// context (the words before, the match, the words after — in Arabic the columns run right to
// left like the text). Opening a hit jumps to it. The search runs off the ui thread on its own
// connection (SearchThread); a newer query makes the results of an older one be dropped.
#include "review/corpussearch.h"
#include "store/database.h"

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace alam {

class SearchThread;

class SearchPanel final : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(Database& db, QWidget* parent = nullptr);

    QLineEdit* queryEdit() const { return m_query; }
    QTreeWidget* results() const { return m_results; }
    void search(const QString& query);  // returns at once; searchFinished() when shown
    void showMentions(qint64 entityId, const QString& name);
    void focusQuery();
    bool isSearching() const { return m_running > 0; }

signals:
    void hitOpened(qint64 documentId, int start, int end, qint64 annotationId);
    void indexNeeded();  // documents are waiting to be indexed
    void searchFinished();  // the latest search's results (or its error) are shown

private:
    using Search = std::function<Result<SearchResults>(Database& db)>;
    using Summary = std::function<QString(const SearchResults& results)>;
    void run(Search search, Summary summary);
    void show(const SearchResults& results, const QString& summary);

    SearchThread* m_thread;
    quint64 m_generation = 0;  // of the latest search; older results are dropped
    int m_running = 0;
    QLineEdit* m_query;
    QLabel* m_summary;
    QTreeWidget* m_results;
};

}  // namespace alam
