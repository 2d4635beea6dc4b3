#include "searchpanel.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    , m_db(db)
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
    m_results->header()->setSectionResizeMode(MatchColumn, QHeaderView::ResizeToContents);
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

void SearchPanel::search(const QString& query)
{
    QElapsedTimer clock;
    clock.start();
    Result<SearchResults> results = CorpusSearch(m_db).find(query);
    if (!results) {
        m_results->clear();
        m_summary->setText(results.error());
        return;
    }
    QString summary = tr("%n hit(s)", nullptr, int(results->hits.size())) + u" · "_s
                      + tr("%n document(s)", nullptr, results->documents);
    if (results->truncated)
        summary += u" "_s + tr("(the first ones only)");
    if (results->unindexed > 0) {
        summary += u" — "_s
                   + tr("%n document(s) not indexed yet; indexing now.", nullptr,
                        results->unindexed);
        emit indexNeeded();
    }
    show(*results, summary);
}

void SearchPanel::showMentions(qint64 entityId, const QString& name)
{
    Result<SearchResults> results = CorpusSearch(m_db).mentionsOf(entityId);
    if (!results) {
        m_summary->setText(results.error());
        return;
    }
    m_query->clear();
    show(*results, tr("«%1»: %n mention(s)", nullptr, int(results->hits.size())).arg(name)
                       + u" · "_s + tr("%n document(s)", nullptr, results->documents));
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
}

}  // namespace alam
