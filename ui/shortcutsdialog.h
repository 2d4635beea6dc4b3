#pragma once
// Help ▸ Keyboard shortcuts: the scheme, read from the actions themselves so it never lies.
#include <QDialog>

class QAction;
class QComboBox;
class QSpinBox;

namespace alam {

class ShortcutsDialog final : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<std::pair<QString, QList<QAction*>>>& sections,
                    QWidget* parent = nullptr);
};

class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(const QString& language, int fontSize, QWidget* parent = nullptr);
    QString language() const;  // "ar", "en" or "" (the system's)
    int fontSize() const;

private:
    QComboBox* m_language;
    QSpinBox* m_fontSize;
};

}  // namespace alam
