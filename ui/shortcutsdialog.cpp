#include "shortcutsdialog.h"

#include "language.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace alam {

ShortcutsDialog::ShortcutsDialog(const QList<std::pair<QString, QList<QAction*>>>& sections,
                                 QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(u"shortcutsTable"_s);
    tree->setHeaderLabels({tr("Action"), tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);
    QFont bold = tree->font();
    bold.setBold(true);
    for (const auto& [title, actions] : sections) {
        auto* heading = new QTreeWidgetItem(tree, {title});
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        for (QAction* action : actions) {
            QStringList keys;
            for (const QKeySequence& key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            if (keys.isEmpty())
                continue;
            QString text = action->text();
            text.remove(u'&');
            // Keys are Latin: keep them left to right inside an Arabic ui (LRI … PDI).
            new QTreeWidgetItem(tree, {text, u"\u2066"_s + keys.join(u"  /  "_s) + u"\u2069"_s});
        }
    }
    auto* note = new QLabel(tr("Label keys change the label of the current annotation; with text "
                               "selected they add it as a new annotation (the selection snaps to "
                               "whole words and leaves prefixes such as و and ب out)."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(620, 640);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::SettingsDialog(const QString& language, int fontSize, QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_fontSize(new QSpinBox(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(u"settingsLanguage"_s);
    m_language->addItem(tr("As the system"), QString());
    for (const auto& [code, name] : Language::available())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    m_fontSize->setObjectName(u"settingsFontSize"_s);
    m_fontSize->setRange(8, 48);
    m_fontSize->setValue(fontSize);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Language of the interface:"), m_language);
    form->addRow(tr("Size of the article text:"), m_fontSize);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

int SettingsDialog::fontSize() const
{
    return m_fontSize->value();
}

}  // namespace alam
