#include "tagdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace alam {

TagDialog::TagDialog(qint64 openDocument, const QString& openTitle, QWidget* parent)
    : QDialog(parent)
    , m_openDocument(openDocument)
    , m_onlyOpen(new QRadioButton(this))
    , m_allPending(new QRadioButton(tr("Every document not reviewed yet"), this))
    , m_replaceStale(new QCheckBox(tr("Remove earlier suggestions the tagger no longer makes"),
                                   this))
{
    setObjectName(u"tagDialog"_s);
    setWindowTitle(tr("Tag documents"));
    m_onlyOpen->setText(tr("The open document «%1»").arg(openTitle));
    m_onlyOpen->setEnabled(openDocument != 0);
    (openDocument ? m_onlyOpen : m_allPending)->setChecked(true);
    m_replaceStale->setChecked(true);
    auto* note = new QLabel(tr("The tagger adds suggestions; your decisions are never changed, "
                               "and a suggestion you rejected does not come back."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Tag"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_onlyOpen);
    layout->addWidget(m_allPending);
    layout->addWidget(m_replaceStale);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

TagRunOptions TagDialog::options() const
{
    TagRunOptions options;
    if (m_onlyOpen->isChecked() && m_openDocument)
        options.documents = {m_openDocument};
    options.replaceStale = m_replaceStale->isChecked();
    return options;
}

TrainDialog::TrainDialog(int reviewedDocuments, QWidget* parent)
    : QDialog(parent)
    , m_epochs(new QSpinBox(this))
    , m_files(new QListWidget(this))
{
    setObjectName(u"trainDialog"_s);
    setWindowTitle(tr("Train the tagger"));
    auto* note = new QLabel(tr("Trains a new model on the %n reviewed document(s) of this "
                               "corpus, and on CoNLL files if you add some. Tagging uses the new "
                               "model from then on.",
                               nullptr, reviewedDocuments),
                            this);
    note->setWordWrap(true);
    m_epochs->setRange(1, 100);
    m_epochs->setValue(10);
    auto* add = new QPushButton(tr("Add CoNLL files…"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Train"));
    auto* form = new QFormLayout;
    form->addRow(tr("Passes over the data:"), m_epochs);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(add);
    layout->addWidget(m_files);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        m_files->addItems(QFileDialog::getOpenFileNames(
            this, tr("CoNLL files"), {}, tr("CoNLL (*.conll *.iob *.iob2 *.bio *.txt)")));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

TrainRunOptions TrainDialog::options() const
{
    TrainRunOptions options;
    options.epochs = m_epochs->value();
    for (int i = 0; i < m_files->count(); ++i)
        options.conllFiles << m_files->item(i)->text();
    return options;
}

}  // namespace alam
