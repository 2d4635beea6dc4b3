#pragma once
// Runs the `alam` binary (ALAM_BINARY) as a person or a script would, with its own home so the
// default database lands in a temporary folder; and small file helpers for such tests.
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace alam::test {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// `wrapper` runs alam through another program, e.g. setpriv's arguments to run it as nobody.
inline Run runAlam(const QStringList& arguments, const QString& home, int timeoutMs = 240000,
                   const QStringList& wrapper = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);  // the default database goes under $HOME/.local/share
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    process.setProcessEnvironment(env);
    if (wrapper.isEmpty())
        process.start(QStringLiteral(ALAM_BINARY), arguments);
    else
        process.start(wrapper.first(),
                      wrapper.mid(1) + QStringList{QStringLiteral(ALAM_BINARY)} + arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace alam::test
