// One binary: with a command it runs headless; without one it opens the review window.
#include "cli/cli.h"
#include "paths.h"
#include "windowhost.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (alam::cli::wantsCommandLine(arguments)) {
        // Commands never need a display: no QApplication.
        QCoreApplication app(argc, argv);
        alam::setApplicationIdentity();
        return alam::cli::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    alam::setApplicationIdentity();
    return alam::WindowHost::run(app, alam::WindowHost::parse(QCoreApplication::arguments()));
}
