#include "documentlist.h"

#include "documentlistmodel.h"
#include "labelnames.h"
#include "store/database.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace alam {

DocumentList::DocumentList(Database& db, const QList<Label>& labels, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new DocumentListModel(db, this))
    , m_view(new QTreeView(this))
    , m_status(new QComboBox(this))
    , m_label(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_typing(new QTimer(this))
{
    setObjectName(u"documentList"_s);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("All statuses"), QString());
    for (ReviewStatus status : {ReviewStatus::New, ReviewStatus::InProgress, ReviewStatus::Reviewed})
        m_status->addItem(DocumentListModel::statusText(status), toString(status));
    m_label->setObjectName(u"labelFilter"_s);
    m_label->addItem(tr("All labels"), QString());
    for (const Label& label : labels)
        m_label->addItem(LabelNames::withCode(label.name), label.name);
    m_text->setObjectName(u"textFilter"_s);
    m_text->setPlaceholderText(tr("Filter by title…"));
    m_text->setClearButtonEnabled(true);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);

    m_view->setObjectName(u"documentView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Sized once: resizing to contents would read every fetched row on each change.
    for (int column = 1; column < DocumentListModel::ColumnCount; ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::Interactive);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_label);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_text);
    layout->addWidget(m_view);

    connect(m_status, &QComboBox::currentIndexChanged, this, &DocumentList::applyFilter);
    connect(m_label, &QComboBox::currentIndexChanged, this, &DocumentList::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &DocumentList::applyFilter);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        emit documentActivated(m_model->documentAt(index.row()));
    });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        emit documentActivated(m_model->documentAt(index.row()));
    });
    m_model->reload();
    sizeColumns();
}

// From everything a column can show, not from the rows fetched now (all «new» at the start,
// and «in progress» is longer): the header, every status, counts up to five digits.
void DocumentList::sizeColumns()
{
    const QFontMetrics metrics(m_view->font());
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 16;
    const auto fit = [&](int column, const QStringList& samples) {
        int width = m_view->header()->sectionSizeHint(column);
        for (const QString& sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample) + padding);
        m_view->setColumnWidth(column, width);
    };
    QStringList statuses;
    for (ReviewStatus status : {ReviewStatus::New, ReviewStatus::InProgress, ReviewStatus::Reviewed})
        statuses << DocumentListModel::statusText(status);
    fit(DocumentListModel::StatusColumn, statuses);
    fit(DocumentListModel::PendingColumn, {u"88888"_s});
    fit(DocumentListModel::EntitiesColumn, {u"88888"_s});
}

void DocumentList::applyFilter()
{
    DocumentFilter filter;
    filter.status = reviewStatusFromString(m_status->currentData().toString());
    filter.label = m_label->currentData().toString();
    filter.text = m_text->text().trimmed();
    m_model->setFilter(filter);
}

void DocumentList::reload()
{
    m_model->reload();
}

void DocumentList::selectDocument(qint64 documentId)
{
    const int row = m_model->rowOf(documentId);
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

qint64 DocumentList::documentAfter(qint64 documentId)
{
    int row = m_model->rowOf(documentId);
    if (row < 0)
        return m_model->rowCount() > 0 ? m_model->documentAt(0) : 0;
    if (row + 1 >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    return m_model->documentAt(row + 1);
}

void DocumentList::updateSummary(const DocumentSummary& summary)
{
    m_model->updateSummary(summary);
}

}  // namespace alam
