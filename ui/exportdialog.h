#pragma once
// Choose what to export, in which format, to where.
#include "io/exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace alam {

class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(QWidget* parent = nullptr);
    ExportOptions options() const;

private:
    void updateSuffix();

    QComboBox* m_format;
    QLineEdit* m_path;
    QCheckBox* m_allDocuments;
    QCheckBox* m_cliticSplit;
    QCheckBox* m_withSuggestions;
};

}  // namespace alam
