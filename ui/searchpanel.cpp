#include "searchpanel.h"

#include "searchthread.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

enum Column { TitleColumn, BeforeColumn, MatchColumn, AfterColumn };
enum Role { DocumentRole = Qt::UserRole + 1, StartRole, EndRole, AnnotationRole };

}  // namespace

SearchPanel::SearchPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_thread(new SearchThread(db.options(), this))
    , m_query(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_results(new QTreeWidget(this))
{
    setObjectName(u"searchPanel"_s);
    m_query->setObjectName(u"searchQuery"_s);
    m_query->setPlaceholderText(
        tr("Search the corpus: a word or a name (أ/إ/ا, ة/ه, ى/ي and diacritics are alike)"));
    m_query->setClearButtonEnabled(true);
    m_summary->setObjectName(u"searchSummary"_s);
    m_results->setObjectName(u"searchResults"_s);
    m_results->setColumnCount(4);
    m_results->setHeaderLabels({tr("Document"), tr("Before"), tr("Found"), tr("After")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->header()->setSectionResizeMode(TitleColumn, QHeaderView::Interactive);
    m_results->header()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    // Sized by show() from the matches: ResizeToContents would lay out every row's cells.
    m_results->header()->setSectionResizeMode(MatchColumn, QHeaderView::Interactive);
    m_results->header()->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    m_results->header()->setStretchLastSection(false);
    m_results->setColumnWidth(TitleColumn, 220);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addWidget(m_summary);
    layout->addWidget(m_results);

    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) {
                emit hitOpened(item->data(0, DocumentRole).toLongLong(),
                               item->data(0, StartRole).toInt(), item->data(0, EndRole).toInt(),
                               item->data(0, AnnotationRole).toLongLong());
            });
}

void SearchPanel::focusQuery()
{
    m_query->setFocus();
    m_query->selectAll();
}

void SearchPanel::run(Search search, Summary summary)
{
    const quint64 generation = ++m_generation;
    ++m_running;
    m_summary->setText(tr("Searching…"));
    m_thread->run(generation, std::move(search),
                  [this, summary](quint64 finished, const Result<SearchResults>& results) {
                      --m_running;
                      if (finished != m_generation)
                          return;  // a newer query was started: its results are the ones wanted
                      if (!results) {
                          m_results->clear();
                          m_summary->setText(results.error());
                      } else {
                          show(*results, summary(*results));
                      }
                      emit searchFinished();
                  });
}

void SearchPanel::search(const QString& query)
{
    run([query](Database& db) { return CorpusSearch(db).find(query); },
        [this](const SearchResults& results) {
            QString summary = tr("%n hit(s)", nullptr, int(results.hits.size())) + u" · "_s
                              + tr("%n document(s)", nullptr, results.documents);
            if (results.candidateLimit > 0)
                summary += u" — "_s
                           + tr("showing the first %n matching document(s) only; add a word to "
                                "narrow the search.",
                                nullptr, results.candidateLimit);
            else if (results.truncated)
                summary += u" — "_s
                           + tr("showing the first %n hit(s) only.", nullptr,
                                int(results.hits.size()));
            if (results.unindexed > 0) {
                summary += u" — "_s
                           + tr("%n document(s) not indexed yet; indexing now.", nullptr,
                                results.unindexed);
                emit indexNeeded();
            }
            return summary;
        });
}

void SearchPanel::showMentions(qint64 entityId, const QString& name)
{
    m_query->clear();
    run([entityId](Database& db) { return CorpusSearch(db).mentionsOf(entityId); },
        [name](const SearchResults& results) {
            QString summary =
                tr("«%1»: %n mention(s)", nullptr, int(results.hits.size())).arg(name) + u" · "_s
                + tr("%n document(s)", nullptr, results.documents);
            if (results.truncated)
                summary += u" — "_s
                           + tr("showing the first %n hit(s) only.", nullptr,
                                int(results.hits.size()));
            return summary;
        });
}

void SearchPanel::show(const SearchResults& results, const QString& summary)
{
    m_summary->setText(summary);
    m_results->clear();
    QList<QTreeWidgetItem*> items;
    items.reserve(results.hits.size());
    QFont bold = m_results->font();
    bold.setBold(true);
    for (const TextHit& hit : results.hits) {
        auto* item = new QTreeWidgetItem;
        item->setText(TitleColumn, hit.title);
        item->setText(BeforeColumn, hit.before);
        item->setText(MatchColumn, hit.match);
        item->setText(AfterColumn, hit.after);
        item->setFont(MatchColumn, bold);
        // The context hugs the match: the words before end at it, the words after start there.
        item->setTextAlignment(BeforeColumn, Qt::AlignTrailing | Qt::AlignVCenter);
        item->setTextAlignment(AfterColumn, Qt::AlignLeading | Qt::AlignVCenter);
        item->setData(0, DocumentRole, hit.documentId);
        item->setData(0, StartRole, hit.start);
        item->setData(0, EndRole, hit.end);
        item->setData(0, AnnotationRole, hit.annotationId);
        item->setToolTip(TitleColumn, hit.title);
        items << item;
    }
    m_results->addTopLevelItems(items);
    // The widest match, measured once per distinct text (hits repeat the same name).
    const QFontMetrics metrics(bold);
    QSet<QString> seen;
    int width = m_results->header()->sectionSizeHint(MatchColumn);
    for (const TextHit& hit : results.hits) {
        if (!seen.contains(hit.match)) {
            seen.insert(hit.match);
            width = qMax(width, metrics.horizontalAdvance(hit.match) + 16);
        }
    }
    m_results->setColumnWidth(MatchColumn, qMin(width, 320));
}

}  // namespace alam
