#include "entitylinkdialog.h"

#include "labelnames.h"
#include "review/entitydirectory.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace alam {

EntityLinkDialog::EntityLinkDialog(Database& db, const QString& label, const QString& mention,
                                   qint64 exclude, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_label(label)
    , m_exclude(exclude)
    , m_filter(new QLineEdit(this))
    , m_choices(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_typing(new QTimer(this))
{
    setObjectName(u"entityLinkDialog"_s);
    setWindowTitle(tr("Link to entity"));
    auto* note = new QLabel(tr("«%1» is the same %2 as:").arg(mention, LabelNames::shortName(label)),
                            this);
    m_filter->setObjectName(u"entityFilter"_s);
    m_filter->setPlaceholderText(tr("Type part of a name (any entity of the corpus)"));
    m_filter->setClearButtonEnabled(true);
    m_choices->setObjectName(u"entityChoices"_s);
    m_summary->setObjectName(u"entitySummary"_s);
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Link"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_filter);
    layout->addWidget(m_choices);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(420, 420);

    connect(m_filter, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &EntityLinkDialog::refresh);
    connect(m_choices, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_choices, &QListWidget::currentRowChanged, this, [buttons](int row) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

void EntityLinkDialog::refresh()
{
    m_typing->stop();
    m_choices->clear();
    Result<QList<EntityChoice>> found = EntityDirectory(m_db).withLabel(m_label, m_filter->text());
    if (!found) {
        m_summary->setText(found.error());
        return;
    }
    for (const EntityChoice& choice : std::as_const(*found)) {
        if (choice.id == m_exclude)
            continue;
        auto* item = new QListWidgetItem(
            tr("%1 — %n mention(s)", nullptr, choice.mentions).arg(choice.name), m_choices);
        item->setData(Qt::UserRole, choice.id);
    }
    m_summary->setText(m_choices->count() == 0
                           ? tr("No other %1 entity matches.").arg(LabelNames::shortName(m_label))
                           : tr("%n entity(ies)", nullptr, m_choices->count()));
    if (m_choices->count() > 0)
        m_choices->setCurrentRow(0);
}

qint64 EntityLinkDialog::chosenEntity() const
{
    const QListWidgetItem* item = m_choices->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

int EntityLinkDialog::choiceCount() const
{
    return m_choices->count();
}

}  // namespace alam
