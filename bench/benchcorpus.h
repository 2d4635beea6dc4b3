#pragma once
// The make_corpus.py benchmark corpus, written once into a work folder and reused by later runs.
#include "benchutil.h"
#include "store/types.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
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

// The gold entities of one line of make_corpus.py's OUT.gold.jsonl ({"file", "entities":
// [[start, end, label], ...]}) as annotations of `documentId` with the given status and source.
inline QList<Annotation> goldAnnotations(const QJsonObject& line, qint64 documentId, AnnotationStatus status,
                                         AnnotationSource source)
{
    QList<Annotation> out;
    for (const QJsonValue& value : line.value(QStringLiteral("entities")).toArray()) {
        const QJsonArray span = value.toArray();
        Annotation a;
        a.documentId = documentId;
        a.start = span.at(0).toInt();
        a.end = span.at(1).toInt();
        a.label = span.at(2).toString();
        a.status = status;
        a.source = source;
        out << a;
    }
    return out;
}

// An SQLite database with its WAL and shared-memory files.
inline void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
}

}  // namespace alam::bench
