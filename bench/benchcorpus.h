#pragma once
// The make_corpus.py benchmark corpus, written once into a work folder and reused by later runs.
#include "benchutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <cstdio>

namespace alam::bench {

// Writes `articles` articles into corpusDir unless they are there already; false (with a
// message) when ../shared/scripts/make_corpus.py is missing or fails.
inline bool ensureCorpus(const QString& corpusDir, int articles)
{
    if (QDir(corpusDir).entryList({QStringLiteral("*.txt")}, QDir::Files).size() == articles)
        return true;
    const QString script = sharedDir() + QStringLiteral("/scripts/make_corpus.py");
    if (!QFileInfo::exists(script)) {
        std::printf("skipped: %s is missing\n", qPrintable(script));
        return false;
    }
    QDir(corpusDir).removeRecursively();
    std::printf("writing %d articles with make_corpus.py ...\n", articles);
    std::fflush(stdout);
    return QProcess::execute(QStringLiteral("python3"),
                             {script, corpusDir, QString::number(articles)}) == 0;
}

inline qint64 folderBytes(const QString& path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

// An SQLite database with its WAL and shared-memory files.
inline void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
}

}  // namespace alam::bench
