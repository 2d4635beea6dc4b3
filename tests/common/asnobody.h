#pragma once
// Root may read and write any file, and CI runs the tests as root. A test of file permissions
// therefore runs itself again as the user nobody: the same test binary, only that test
// function, under setpriv (util-linux); the parent passes when that run passes.
#include <QCoreApplication>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <unistd.h>

namespace alam::test {

inline bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// setpriv's arguments before the program: nobody's user and group, none of root's groups.
inline QStringList setprivAsNobody()
{
    return {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups"), QStringLiteral("--")};
}

struct NobodyRun {
    bool passed = false;
    QString output;  // the run's own report, for the failure message
};

// Runs this test binary's `function` as nobody and waits for it.
inline NobodyRun rerunAsNobody(const char* function)
{
    if (qEnvironmentVariableIsSet("ALAM_TEST_AS_NOBODY"))  // setpriv did not drop root
        return {false, QStringLiteral("still running as root under setpriv")};
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALAM_TEST_AS_NOBODY"), QStringLiteral("1"));
    env.insert(QStringLiteral("TMPDIR"), QStringLiteral("/tmp"));  // a folder nobody may write
    env.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("setpriv"),
                  setprivAsNobody() << QCoreApplication::applicationFilePath()
                                    << QString::fromLatin1(function));
    if (!process.waitForFinished(120000))
        return {false, QStringLiteral("setpriv did not run or did not finish: ")
                           + process.errorString()};
    const QString output = QString::fromUtf8(process.readAll());
    return {process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output};
}

}  // namespace alam::test

// Use at the top of a test function that needs a user whom file permissions stop.
#define ALAM_RUN_AS_NOBODY_WHEN_ROOT(function)                                                  \
    do {                                                                                       \
        if (alam::test::runningAsRoot()) {                                                     \
            const alam::test::NobodyRun nobodyRun = alam::test::rerunAsNobody(function);       \
            QVERIFY2(nobodyRun.passed, qPrintable(nobodyRun.output));                          \
            return;                                                                            \
        }                                                                                      \
    } while (false)
