#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace alam {

ExportDialog::ExportDialog(QWidget* parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_allDocuments(new QCheckBox(tr("Also documents not reviewed yet"), this))
    , m_cliticSplit(new QCheckBox(tr("Split clitics off into their own tokens"), this))
    , m_withSuggestions(new QCheckBox(tr("Include pending suggestions"), this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export"));
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("CoNLL, IOB2"), int(ExportFormat::ConllIob2));
    m_format->addItem(tr("CoNLL, BIOES"), int(ExportFormat::ConllBioes));
    m_format->addItem(tr("JSON Lines (doccano)"), int(ExportFormat::Jsonl));
    m_format->addItem(tr("brat standoff (folder)"), int(ExportFormat::Brat));
    m_format->addItem(tr("CSV of mentions"), int(ExportFormat::Csv));
    m_path->setObjectName(u"exportPath"_s);
    m_allDocuments->setObjectName(u"exportAllDocuments"_s);
    m_path->setText(QDir::home().filePath(u"alam-export.conll"_s));
    auto* browse = new QPushButton(tr("Choose…"), this);
    auto* where = new QHBoxLayout;
    where->addWidget(m_path, 1);
    where->addWidget(browse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Save to:"), where);
    form->addRow(QString(), m_allDocuments);
    form->addRow(QString(), m_withSuggestions);
    form->addRow(QString(), m_cliticSplit);
    form->addRow(buttons);
    resize(520, 220);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSuffix);
    connect(browse, &QPushButton::clicked, this, [this] {
        const auto format = ExportFormat(m_format->currentData().toInt());
        const QString path = format == ExportFormat::Brat
                                 ? QFileDialog::getExistingDirectory(this, tr("Export to folder"))
                                 : QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text());
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_path->text().trimmed().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSuffix();
}

void ExportDialog::updateSuffix()
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    m_cliticSplit->setEnabled(format == ExportFormat::ConllIob2
                              || format == ExportFormat::ConllBioes);
    const QFileInfo file(m_path->text());
    const QString suffix = Exporter::fileSuffix(format);
    const QString base = file.path() + u'/' + file.completeBaseName();
    m_path->setText(suffix.isEmpty() ? base : base + u'.' + suffix);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = ExportFormat(m_format->currentData().toInt());
    options.outputPath = m_path->text().trimmed();
    options.allDocuments = m_allDocuments->isChecked();
    options.cliticSplit = m_cliticSplit->isChecked() && m_cliticSplit->isEnabled();
    if (m_withSuggestions->isChecked())
        options.statuses << AnnotationStatus::Suggested;
    return options;
}

}  // namespace alam
