#pragma once
// Starting the window: options (--lang ar|en, --db FILE), the database (the default one with
// the sample articles on first start), the language, and the main window — made again when
// the analyst switches the language, back on the same document and position.
#include "result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <memory>

class QApplication;

namespace alam {

class Database;
class MainWindow;

struct WindowOptions {
    QString language;      // "ar", "en" or "" (setting, else system)
    QString databasePath;  // "" for the default database
};

class WindowHost final : public QObject {
    Q_OBJECT
public:
    explicit WindowHost(std::unique_ptr<Database> db, QObject* parent = nullptr);
    ~WindowHost() override;

    // Parses the window's own options; unknown ones are left to Qt.
    static WindowOptions parse(const QStringList& arguments);
    // Opens the database of `options` (adding the samples to an empty default database).
    // `samplesAdded` tells whether this start filled an empty default database.
    static Result<std::unique_ptr<Database>> openDatabase(const WindowOptions& options,
                                                          bool* samplesAdded = nullptr);
    // The whole start: language, database, window; returns the event loop's exit code.
    static int run(QApplication& app, const WindowOptions& options);

    MainWindow* window() const;
    Database& database() { return *m_db; }
    void show(const QString& language);  // (re)creates the window in that language

private:
    std::unique_ptr<Database> m_db;
    QPointer<MainWindow> m_window;
};

}  // namespace alam
