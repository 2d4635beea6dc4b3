#pragma once
// "Link to entity": the corpus's entities of the mention's label, filtered as the analyst
// types (matching form), the most mentioned first; the chosen one is the mention's entity.
#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace alam {

class Database;

class EntityLinkDialog final : public QDialog {
    Q_OBJECT
public:
    // `exclude`: the mention's own entity (linking to it changes nothing).
    EntityLinkDialog(Database& db, const QString& label, const QString& mention, qint64 exclude,
                     QWidget* parent = nullptr);
    qint64 chosenEntity() const;
    int choiceCount() const;

private:
    void refresh();

    Database& m_db;
    QString m_label;
    qint64 m_exclude;
    QLineEdit* m_filter;
    QListWidget* m_choices;
    QLabel* m_summary;
    QTimer* m_typing;
};

}  // namespace alam
