#include "windowhost.h"

#include "language.h"
#include "mainwindow.h"
#include "paths.h"
#include "review/annotator.h"
#include "store/database.h"
#include "store/samplecorpus.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace alam {

WindowHost::WindowHost(std::unique_ptr<Database> db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
{
}

WindowHost::~WindowHost()
{
    delete m_window.data();  // before the database it uses
}

MainWindow* WindowHost::window() const
{
    return m_window.data();
}

WindowOptions WindowHost::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"lang"_s, u"Interface language: ar or en."_s, u"code"_s});
    parser.addOption({u"db"_s, u"SQLite database file."_s, u"file"_s});
    parser.parse(arguments);  // Qt's own options (-platform …) are not errors here
    return {parser.value(u"lang"_s), parser.value(u"db"_s)};
}

Result<std::unique_ptr<Database>> WindowHost::openDatabase(const WindowOptions& options,
                                                          bool* samplesAdded)
{
    const bool isDefault = options.databasePath.isEmpty();
    Result<std::unique_ptr<Database>> db =
        Database::openSqlite(isDefault ? defaultDatabasePath() : options.databasePath);
    if (!db)
        return Error{db.error()};
    if (isDefault) {
        Result<int> added = SampleCorpus::addOnFirstStart(**db);
        if (!added)
            return Error{added.error()};
        if (samplesAdded)
            *samplesAdded = *added > 0;
    }
    return db;
}

void WindowHost::show(const QString& language)
{
    if (m_window) {
        m_window->saveSession();
        m_window->deleteLater();
    }
    Language::apply(language);
    auto* window = new MainWindow(*m_db, defaultAnnotator());
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(window, &MainWindow::languageChangeRequested, this,
            [this](const QString& next) { QTimer::singleShot(0, this, [this, next] { show(next); }); });
    m_window = window;
    window->restoreSession();
    window->show();
}

int WindowHost::run(QApplication& app, const WindowOptions& options)
{
    Language::apply(Language::resolve(options.language));
    bool firstStart = false;
    Result<std::unique_ptr<Database>> db = openDatabase(options, &firstStart);
    if (!db) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("alam::WindowHost", "Alam"),
                              db.error());
        return 3;  // the command line's database error
    }
    WindowHost host(std::move(*db));
    host.show(Language::resolve(options.language));
    host.window()->startBackgroundWork(firstStart);
    return app.exec();
}

}  // namespace alam
