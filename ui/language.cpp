#include "language.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

QString normalised(const QString& code)
{
    const QString lower = code.trimmed().toLower();
    if (lower.startsWith(u"ar"_s))
        return u"ar"_s;
    if (lower.startsWith(u"en"_s))
        return u"en"_s;
    return {};
}

struct Installed {
    QPointer<QTranslator> alam;
    QPointer<QTranslator> qt;
    QString language;
};

Installed& installed()
{
    static Installed state;
    return state;
}

}  // namespace

QString Language::resolve(const QString& requested)
{
    if (const QString chosen = normalised(requested); !chosen.isEmpty())
        return chosen;
    const QString setting = normalised(QSettings().value(QLatin1StringView(settingKey)).toString());
    if (!setting.isEmpty())
        return setting;
    return QLocale::system().language() == QLocale::Arabic ? u"ar"_s : u"en"_s;
}

bool Language::apply(const QString& language)
{
    Installed& state = installed();
    for (QPointer<QTranslator>* old : {&state.alam, &state.qt}) {
        if (*old) {
            QCoreApplication::removeTranslator(*old);
            delete old->data();
        }
    }
    const QString code = normalised(language).isEmpty() ? u"en"_s : normalised(language);
    auto* alam = new QTranslator(qApp);
    const bool loaded = alam->load(u":/i18n/alam_"_s + code + u".qm"_s);
    if (loaded)
        QCoreApplication::installTranslator(alam);
    state.alam = alam;
    auto* qt = new QTranslator(qApp);
    if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    state.qt = qt;
    state.language = code;
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        app->setLayoutDirection(code == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
    return loaded;
}

QString Language::current()
{
    return installed().language;
}

QList<std::pair<QString, QString>> Language::available()
{
    return {{u"ar"_s, u"العربية"_s}, {u"en"_s, u"English"_s}};
}

}  // namespace alam
