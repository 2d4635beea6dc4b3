#pragma once
// Tag documents with the tagger (suggestions only; decisions are never touched), and retrain
// it on the reviewed documents.
#include "review/tagging.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace alam {

class TagDialog final : public QDialog {
    Q_OBJECT
public:
    // `openDocument` 0 when none is open.
    TagDialog(qint64 openDocument, const QString& openTitle, QWidget* parent = nullptr);
    TagRunOptions options() const;

private:
    qint64 m_openDocument;
    QRadioButton* m_onlyOpen;
    QRadioButton* m_allPending;
    QCheckBox* m_replaceStale;
};

// Training defaults to the shipped model's recipe on the base corpus it was trained on
// (remembered from last time) plus the reviewed documents; training on a few reviewed
// documents alone is allowed, with a clear warning.
class TrainDialog final : public QDialog {
    Q_OBJECT
public:
    // `keepsModel` false (PostgreSQL): explains why, and cannot be accepted.
    TrainDialog(int reviewedDocuments, bool keepsModel, QWidget* parent = nullptr);
    TrainRunOptions options() const;
    void accept() override;  // remembers the base corpus

private:
    void updateWarning();

    int m_reviewed;
    QLineEdit* m_base;
    QSpinBox* m_epochs;
    QListWidget* m_files;
    QLabel* m_warning;
};

}  // namespace alam
