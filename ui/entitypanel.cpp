#include "entitypanel.h"

#include "entitypanelmodel.h"
#include "labelnames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

// The Latin column is laid out left to right in the Arabic ui too: «mstfy alkaz…» keeps its
// start on the left and the ellipsis at its end, not «…mstfy alkaz» run right to left.
class LeftToRightDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->direction = Qt::LeftToRight;
    }
};

}  // namespace

EntityPanel::EntityPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new EntityPanelModel(this))
    , m_view(new QTreeView(this))
    , m_grouping(new QComboBox(this))
    , m_latin(new QCheckBox(tr("Latin"), this))
{
    setObjectName(u"entityPanel"_s);
    m_grouping->setObjectName(u"panelGrouping"_s);
    m_grouping->addItem(tr("Mentions in text order"));
    m_grouping->addItem(tr("Grouped by entity"));
    m_latin->setObjectName(u"panelLatin"_s);
    m_latin->setToolTip(tr("Show a Latin transliteration of each name"));

    m_view->setObjectName(u"entityView"_s);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    // Columns are sized once per document, not on every change (that would ask every row).
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(EntityPanelModel::TextColumn, QHeaderView::Stretch);
    m_view->setColumnHidden(EntityPanelModel::LatinColumn, true);
    m_view->setItemDelegateForColumn(EntityPanelModel::LatinColumn, new LeftToRightDelegate(m_view));
    // Widths from what the columns can hold, measured once (not from every row).
    const QFontMetrics metrics(m_view->font());
    int fixed = 0;
    const auto widest = [&](int column, const QStringList& samples) {
        int width = metrics.horizontalAdvance(
            m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString& sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample));
        m_view->setColumnWidth(column, width + 20);
        fixed += width + 20;
    };
    QStringList labelNames;
    for (const char* code : {"PERS", "LOC", "ORG", "MISC"})
        labelNames << LabelNames::shortName(QString::fromLatin1(code)) + u"MM"_s;  // + swatch
    widest(EntityPanelModel::LabelColumn, labelNames);
    widest(EntityPanelModel::StatusColumn, EntityPanelModel::statusNames());
    widest(EntityPanelModel::SourceColumn, EntityPanelModel::sourceNames());
    widest(EntityPanelModel::ConfidenceColumn, {u"100%"_s});
    m_view->setColumnWidth(EntityPanelModel::LatinColumn, metrics.horizontalAdvance(u'm') * 14);
    // The names are what the panel is for: never narrower than a two-word name. The panel
    // keeps that room (its minimum width) instead of squeezing the stretched column.
    const QFontMetrics names(m_model->textFont());
    m_minimumTextWidth = names.horizontalAdvance(u"عبد الرحمن الكاظمي"_s) + 16;
    m_fixedColumnsWidth = fixed;
    m_view->header()->setMinimumSectionSize(qMin(metrics.horizontalAdvance(u"100%"_s) + 8, 40));
    m_view->setTextElideMode(Qt::ElideRight);  // the logical end: an Arabic name keeps its start
    updateMinimumWidth();
    m_view->setRootIsDecorated(false);

    auto* options = new QHBoxLayout;
    options->addWidget(m_grouping, 1);
    options->addWidget(m_latin);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addWidget(m_view);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this](int index) {
        setGrouped(index == 1);
        emit groupingChanged(index == 1);
    });
    connect(m_latin, &QCheckBox::toggled, this, &EntityPanel::setShowLatin);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_model->isGrouped())
            return;
        // A group row is one line of text across the row («الكاظمي (3 mentions)»), not a
        // cell the width of the Mention column.
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_view->setFirstColumnSpanned(row, {}, true);
        m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EntityPanel::selectionChanged);
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint& at) {
        if (m_menu && m_model->annotationAt(m_view->indexAt(at)))
            m_menu->popup(m_view->viewport()->mapToGlobal(at));
    });
}

void EntityPanel::setReview(const DocumentReview* review)
{
    m_selecting = true;
    m_model->setReview(review);
    m_selecting = false;
}

void EntityPanel::applyChange(const ReviewChange& change)
{
    m_selecting = true;
    m_model->applyChange(change);  // regrouping resets the model, and groups open again
    m_selecting = false;
}

void EntityPanel::setGrouped(bool grouped)
{
    const qint64 current = m_model->annotationAt(m_view->currentIndex());
    m_selecting = true;
    m_model->setGrouped(grouped);
    m_view->setRootIsDecorated(grouped);
    m_selecting = false;
    m_grouping->setCurrentIndex(grouped ? 1 : 0);
    setCurrent(current);
}

bool EntityPanel::isGrouped() const
{
    return m_model->isGrouped();
}

void EntityPanel::setShowLatin(bool show)
{
    const bool changed = show == m_view->isColumnHidden(EntityPanelModel::LatinColumn);
    {
        const QSignalBlocker quiet(m_latin);
        m_latin->setChecked(show);
    }
    m_view->setColumnHidden(EntityPanelModel::LatinColumn, !show);
    updateMinimumWidth();
    if (changed)
        emit showLatinChanged(show);
}

int EntityPanel::textColumnMinimum() const
{
    return m_minimumTextWidth;
}

void EntityPanel::updateMinimumWidth()
{
    int columns = m_fixedColumnsWidth + m_minimumTextWidth;
    if (!m_view->isColumnHidden(EntityPanelModel::LatinColumn))
        columns += m_view->columnWidth(EntityPanelModel::LatinColumn);
    const int chrome = m_view->frameWidth() * 2 + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    setMinimumWidth(columns + chrome);
}

bool EntityPanel::showsLatin() const
{
    return !m_view->isColumnHidden(EntityPanelModel::LatinColumn);
}

void EntityPanel::setCurrent(qint64 annotationId)
{
    const QModelIndex index = m_model->indexOfAnnotation(annotationId);
    m_selecting = true;
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clearSelection();
    }
    m_selecting = false;
}

void EntityPanel::selectionChanged()
{
    if (m_selecting)
        return;
    if (const qint64 id = m_model->annotationAt(m_view->currentIndex()))
        emit annotationSelected(id);
}

}  // namespace alam
