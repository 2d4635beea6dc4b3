#pragma once
// Tag documents with the tagger (suggestions only; decisions are never touched), and retrain
// it on the reviewed documents.
#include "review/tagging.h"

#include <QDialog>

class QCheckBox;
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

class TrainDialog final : public QDialog {
    Q_OBJECT
public:
    explicit TrainDialog(int reviewedDocuments, QWidget* parent = nullptr);
    TrainRunOptions options() const;

private:
    QSpinBox* m_epochs;
    QListWidget* m_files;
};

}  // namespace alam
