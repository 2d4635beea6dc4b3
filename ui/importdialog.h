#pragma once
// Choose files and folders to import (text, CoNLL, JSON Lines, brat).
#include <QDialog>

class QListWidget;

namespace alam {

class ImportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(QWidget* parent = nullptr);
    void addPaths(const QStringList& paths);
    QStringList paths() const;

private:
    QListWidget* m_paths;
};

}  // namespace alam
