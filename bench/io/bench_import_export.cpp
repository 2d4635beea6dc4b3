// Imports the make_corpus.py benchmark corpus into a fresh database, then exports it as JSONL
// and CoNLL. Prints articles/s, MB/s, the database size and peak RSS.
//
//   build/bench/io/bench_import_export [ARTICLES=10000] [WORK_DIR]
//
// The corpus is written once by ../shared/scripts/make_corpus.py into WORK_DIR (default: a
// folder under the system temp dir) and reused by later runs.
#include "benchcorpus.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <cstdio>

using namespace alam;

namespace {



// Adds make_corpus.py's gold entities (OUT.gold.jsonl, code-point offsets; the corpus text is
// all in the BMP, so they equal UTF-16 offsets) as accepted annotations, so that the exports
// carry mentions as a reviewed corpus would. Returns how many were added.
int addGoldAnnotations(Database& db, const QString& goldPath, const QList<qint64>& ids)
{
    QHash<QString, qint64> idByFile;
    DocumentStore documents(db);
    for (qint64 id : ids) {
        const auto document = documents.get(id);
        if (document)
            idByFile.insert(QFileInfo(document->sourcePath).fileName(), id);
    }
    QFile gold(goldPath);
    if (!gold.open(QIODevice::ReadOnly))
        return 0;
    AnnotationStore annotations(db);
    int added = 0;
    const Status status = db.transaction([&]() -> Status {
        while (!gold.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(gold.readLine()).object();
            const qint64 id = idByFile.value(line.value(u"file").toString());
            const QList<Annotation> batch =
                bench::goldAnnotations(line, id, AnnotationStatus::Accepted, AnnotationSource::Import);
            if (id == 0 || batch.isEmpty())
                continue;
            const auto stored = annotations.addAll(batch);
            if (!stored)
                return Error{stored.error()};
            added += int(batch.size());
        }
        return {};
    });
    if (!status)
        std::printf("gold annotations failed: %s\n", qPrintable(status.error()));
    return status ? added : 0;
}

void printExport(Database& db, ExportFormat format, const QString& out, double mb)
{
    ExportOptions options;
    options.format = format;
    options.outputPath = out;
    options.allDocuments = true;
    QElapsedTimer clock;
    clock.start();
    const auto report = Exporter(db).run(options);
    const double seconds = double(clock.elapsed()) / 1000.0;
    if (!report) {
        std::printf("export %s failed: %s\n", qPrintable(Exporter::formatName(format)),
                    qPrintable(report.error()));
        return;
    }
    std::printf("export %-6s %6d docs %8d mentions  %6.2f s  %7.1f docs/s  %6.1f MB/s  "
                "file %.1f MB  peak RSS %.0f MB\n",
                qPrintable(Exporter::formatName(format)), report->documents, report->annotations,
                seconds, report->documents / seconds, mb / seconds,
                double(QFileInfo(out).size()) / 1e6, bench::peakRssMb());
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int articles = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const QString work = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                  : QDir::tempPath() + u"/alam-bench-io";
    const QString corpusDir = work + u"/corpus-" + QString::number(articles);
    QDir().mkpath(work);
    if (!bench::ensureCorpus(corpusDir, articles))
        return 0;
    const double mb = double(bench::folderBytes(corpusDir)) / 1e6;

    const QString dbPath = work + u"/bench.sqlite";
    bench::removeDatabase(dbPath);
    auto db = Database::openSqlite(dbPath);
    if (!db) {
        std::printf("cannot open %s: %s\n", qPrintable(dbPath), qPrintable(db.error()));
        return 1;
    }

    QElapsedTimer clock;
    clock.start();
    const ImportReport report = Importer(**db).run({corpusDir});
    const double seconds = double(clock.elapsed()) / 1000.0;
    std::printf("import %d articles (%.1f MB): %d stored, %d duplicates, %d failed\n", articles,
                mb, report.imported, int(report.duplicates.size()), int(report.failed.size()));
    std::printf("import  %.2f s  %.0f articles/s  %.1f MB/s  database %.1f MB  peak RSS %.0f MB\n",
                seconds, report.imported / seconds, mb / seconds,
                double(QFileInfo(dbPath).size() + QFileInfo(dbPath + u"-wal").size()) / 1e6,
                bench::peakRssMb());

    clock.restart();
    const int gold = addGoldAnnotations(**db, corpusDir + u".gold.jsonl", report.documentIds);
    std::printf("gold    %d accepted annotations added in %.2f s\n", gold,
                double(clock.elapsed()) / 1000.0);

    printExport(**db, ExportFormat::Jsonl, work + u"/export.jsonl", mb);
    printExport(**db, ExportFormat::ConllIob2, work + u"/export.conll", mb);
    return 0;
}
