#pragma once
// The interface language: Arabic (mirrored, right to left) or English. Chosen by --lang, else
// the setting, else the system locale. Loads Alam's translation (:/i18n/alam_<lang>.qm) and
// Qt's own (standard dialogs and buttons), and sets the layout direction where they load.
#include <QCoreApplication>
#include <QString>

namespace alam {

class Language final {
    Q_DECLARE_TR_FUNCTIONS(alam::Language)
public:
    static constexpr const char* settingKey = "ui/language";  // "ar", "en" or "" (system)

    // "ar" or "en": `requested` when it names one, else the setting, else the system locale.
    static QString resolve(const QString& requested = {});
    // Installs the translators for `language` (replacing earlier ones) and the direction.
    // False when Alam's translation could not be loaded (the ui then shows English).
    static bool apply(const QString& language);
    static QString current();
    // The languages offered in settings: code and name in that language.
    static QList<std::pair<QString, QString>> available();
};

}  // namespace alam
