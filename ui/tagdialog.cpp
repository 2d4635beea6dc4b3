#include "tagdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
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
    m_onlyOpen->setObjectName(u"tagOpenDocument"_s);
    m_allPending->setObjectName(u"tagAllPending"_s);
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

TrainDialog::TrainDialog(int reviewedDocuments, bool keepsModel, QWidget* parent)
    : QDialog(parent)
    , m_reviewed(reviewedDocuments)
    , m_base(new QLineEdit(this))
    , m_epochs(new QSpinBox(this))
    , m_files(new QListWidget(this))
    , m_warning(new QLabel(this))
{
    setObjectName(u"trainDialog"_s);
    setWindowTitle(tr("Train the tagger"));
    auto* note = new QLabel(tr("Trains a new model on the base corpus and the %n reviewed "
                               "document(s) of this corpus, the way the shipped model was trained. "
                               "What the tagger learned from your reviews is kept. Tagging uses "
                               "the new model from then on.",
                               nullptr, reviewedDocuments),
                            this);
    note->setWordWrap(true);
    m_base->setObjectName(u"trainBaseCorpus"_s);
    m_base->setPlaceholderText(tr("anercorp-train.conll (what the shipped model learned from)"));
    m_base->setText(QSettings().value(u"train/baseCorpus"_s).toString());
    auto* browse = new QPushButton(tr("Choose…"), this);
    auto* base = new QHBoxLayout;
    base->addWidget(m_base, 1);
    base->addWidget(browse);
    m_epochs->setObjectName(u"trainEpochs"_s);
    m_epochs->setRange(1, 100);
    m_epochs->setValue(Tagging::recipeEpochs());
    m_files->setObjectName(u"trainFiles"_s);
    m_warning->setObjectName(u"trainWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"color: #b00020;"_s);
    auto* add = new QPushButton(tr("Add more CoNLL files…"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Train"));
    auto* form = new QFormLayout;
    form->addRow(tr("Base corpus:"), base);
    form->addRow(tr("Passes over the data:"), m_epochs);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(add);
    layout->addWidget(m_files);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
    if (!keepsModel) {
        m_warning->setText(tr("This corpus is on PostgreSQL: the window keeps a trained model "
                              "beside a SQLite database file only. Use «alam train --from-db» "
                              "instead."));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    } else {
        updateWarning();
    }
    connect(m_base, &QLineEdit::textChanged, this, &TrainDialog::updateWarning);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Base corpus"), m_base->text(), tr("CoNLL (*.conll *.iob *.iob2 *.bio *.txt)"));
        if (!file.isEmpty())
            m_base->setText(file);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        m_files->addItems(QFileDialog::getOpenFileNames(
            this, tr("CoNLL files"), {}, tr("CoNLL (*.conll *.iob *.iob2 *.bio *.txt)")));
        updateWarning();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void TrainDialog::updateWarning()
{
    const bool alone = m_base->text().trimmed().isEmpty() && m_files->count() == 0;
    if (alone && m_reviewed < Tagging::fewReviewedDocuments)
        m_warning->setText(tr("Without the base corpus the model learns from your %n reviewed "
                              "document(s) alone, and that few usually tag worse than the "
                              "shipped model. Choose the base corpus first.",
                              nullptr, m_reviewed));
    else
        m_warning->clear();
    m_warning->setVisible(!m_warning->text().isEmpty());
}

void TrainDialog::accept()
{
    QSettings().setValue(u"train/baseCorpus"_s, m_base->text().trimmed());
    QDialog::accept();
}

TrainRunOptions TrainDialog::options() const
{
    TrainRunOptions options;
    options.epochs = m_epochs->value();
    if (const QString base = m_base->text().trimmed(); !base.isEmpty())
        options.conllFiles << base;
    for (int i = 0; i < m_files->count(); ++i)
        options.conllFiles << m_files->item(i)->text();
    return options;
}

}  // namespace alam
