#include "importdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace alam {

ImportDialog::ImportDialog(QWidget* parent)
    : QDialog(parent)
    , m_paths(new QListWidget(this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import"));
    m_paths->setObjectName(u"importPaths"_s);
    auto* note = new QLabel(tr("Plain text (.txt), CoNLL (.conll, .iob, .bio, .bioes), JSON Lines "
                               "(.jsonl) and brat folders (.txt with .ann). Documents already in "
                               "the corpus are skipped. You can also drop files on the window."),
                            this);
    note->setWordWrap(true);
    auto* addFiles = new QPushButton(tr("Add files…"), this);
    auto* addFolder = new QPushButton(tr("Add folder…"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto* row = new QHBoxLayout;
    row->addWidget(addFiles);
    row->addWidget(addFolder);
    row->addWidget(remove);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(row);
    layout->addWidget(m_paths);
    layout->addWidget(buttons);
    resize(560, 360);

    connect(addFiles, &QPushButton::clicked, this, [this] {
        addPaths(QFileDialog::getOpenFileNames(
            this, tr("Files to import"), {},
            tr("Articles and corpora (*.txt *.conll *.iob *.iob2 *.bio *.bioes *.jsonl);;"
               "All files (*)")));
    });
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder to import"));
        if (!folder.isEmpty())
            addPaths({folder});
    });
    connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_paths->selectedItems()); });
    connect(m_paths->model(), &QAbstractItemModel::rowsInserted, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_paths->count() > 0);
    });
    connect(m_paths->model(), &QAbstractItemModel::rowsRemoved, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_paths->count() > 0);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ImportDialog::addPaths(const QStringList& paths)
{
    for (const QString& path : paths) {
        if (!path.isEmpty() && m_paths->findItems(path, Qt::MatchExactly).isEmpty())
            m_paths->addItem(path);
    }
}

QStringList ImportDialog::paths() const
{
    QStringList all;
    for (int i = 0; i < m_paths->count(); ++i)
        all << m_paths->item(i)->text();
    return all;
}

}  // namespace alam
