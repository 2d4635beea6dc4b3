// The review window on a corpus of 100,000 documents, as issue 4 asks: the articles written by
// ../shared/scripts/make_corpus.py, imported the way `alam import` does, with their gold
// entities as the tagger's suggestions (every third document reviewed, its entities accepted),
// and the search index filled. That is done once, in a child process, so the figures of the
// measuring process are its own. Then: start to a usable window; scrolling the document list
// step by step with a repaint each time (lazy fetching included); resident memory with the
// window open; search from the query to the results panel filled and painted.
//
//   build/bench/ui/bench_corpus [DOCUMENTS=100000] [WORK_FOLDER]
#include "benchcorpus.h"
#include "documentlist.h"
#include "documentlistmodel.h"
#include "io/importer.h"
#include "language.h"
#include "mainwindow.h"
#include "review/corpussearch.h"
#include "review/searchindex.h"
#include "searchpanel.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "store/sqlstatement.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTreeView>
#include <QTreeWidget>
#include <algorithm>
#include <cstdio>

using namespace alam;
using namespace Qt::Literals::StringLiterals;

namespace {

double millis(const QElapsedTimer& clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// Resident memory now (not the peak), in MB.
double rssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

struct Spread {
    double median = 0, p95 = 0, worst = 0;
};

Spread spreadOf(QList<double> times)
{
    std::sort(times.begin(), times.end());
    if (times.isEmpty())
        return {};
    return {times.at(times.size() / 2), times.at(qMin(times.size() - 1, times.size() * 95 / 100)),
            times.last()};
}

// The gold entities make_corpus.py wrote beside the articles (OUT.gold.jsonl) become the
// suggestions of each imported document; every third document is reviewed, its entities
// accepted. Offsets are code points, which equal UTF-16 here (all of it is in the BMP).
Status addEntities(Database& db, const QString& goldPath)
{
    QHash<QString, qint64> byFile;
    Result<SqlStatement> rows = db.execute(u"SELECT id, source_path FROM documents"_s);
    if (!rows)
        return Error{rows.error()};
    while (rows->next())
        byFile.insert(QFileInfo(rows->text(1)).fileName(), rows->id(0));
    QFile gold(goldPath);
    if (!gold.open(QIODevice::ReadOnly))
        return Error{u"cannot read "_s + goldPath};
    int line = 0;
    while (!gold.atEnd()) {
        Status written = db.transaction([&]() -> Status {
            for (int n = 0; n < 1000 && !gold.atEnd(); ++n, ++line) {
                const QJsonObject entry = QJsonDocument::fromJson(gold.readLine()).object();
                const qint64 id = byFile.value(entry.value(u"file").toString());
                if (!id)
                    continue;
                const bool reviewed = id % 3 == 0;
                QList<Annotation> entities = bench::goldAnnotations(
                    entry, id, reviewed ? AnnotationStatus::Accepted : AnnotationStatus::Suggested,
                    AnnotationSource::Model);
                for (Annotation& a : entities)
                    a.confidence = 0.8;
                if (Result<QList<qint64>> added = AnnotationStore(db).addAll(entities); !added)
                    return Error{added.error()};
                if (reviewed) {
                    if (Status marked = DocumentStore(db).setStatus(id, ReviewStatus::Reviewed, u"bench"_s); !marked)
                        return marked;
                }
            }
            return {};
        });
        if (!written)
            return written;
    }
    std::printf("Gold entities of %d documents added as suggestions\n", line);
    return {};
}

int build(const QString& work, const QString& path, int documents)
{
    const QString corpus = work + u"/corpus-%1"_s.arg(documents);
    if (!bench::ensureCorpus(corpus, documents))
        return 1;
    bench::removeDatabase(path);
    Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    const ImportReport report = Importer(**db).run({corpus});
    std::printf("Imported %d documents in %.1f s (%d failed)\n", report.imported,
                millis(clock) / 1000, int(report.failed.size()));
    clock.restart();
    if (Status added = addEntities(**db, corpus + u".gold.jsonl"_s); !added) {
        std::fprintf(stderr, "%s\n", qPrintable(added.error()));
        return 1;
    }
    std::printf("  in %.1f s\n", millis(clock) / 1000);
    clock.restart();
    Result<int> indexed = SearchIndex(**db).update({}, 500);
    if (!indexed) {
        std::fprintf(stderr, "%s\n", qPrintable(indexed.error()));
        return 1;
    }
    std::printf("Indexed %d documents for search in %.1f s\n", *indexed, millis(clock) / 1000);
    return 0;
}

// Scrolls the list by `step` rows at a time, painting each step as the screen would.
Spread scrollList(QTreeView* view, int steps, int step, int* rowsSeen)
{
    QScrollBar* bar = view->verticalScrollBar();
    QList<double> times;
    for (int i = 0; i < steps; ++i) {
        QElapsedTimer frame;
        frame.start();
        bar->setValue(bar->value() + step);
        QCoreApplication::processEvents();  // lazy fetching runs from the event loop
        view->viewport()->repaint();
        times << millis(frame);
    }
    *rowsSeen = view->model()->rowCount();
    return spreadOf(times);
}

}  // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"AlamBench"_s);
    QStringList arguments = QCoreApplication::arguments();
    const bool building = arguments.removeAll(u"--build"_s) > 0;
    const int documents = arguments.value(1, u"100000"_s).toInt();
    const QString work = arguments.value(2, QDir::temp().filePath(u"alam-bench"_s));
    const QString path = work + u"/window-%1.sqlite"_s.arg(documents);
    QDir().mkpath(work);
    if (building)
        return build(work, path, documents);
    if (!QFileInfo::exists(path)) {
        std::printf("Building the corpus once: %s\n", qPrintable(path));
        std::fflush(stdout);
        const int built = QProcess::execute(QCoreApplication::applicationFilePath(),
                                            {u"--build"_s, QString::number(documents), work});
        if (built != 0)
            return built;
        std::printf("Run again to measure in a fresh process.\n");
        return 0;
    }

    // From here the way `alam` starts: the database, the language, the window.
    QElapsedTimer clock;
    clock.start();
    const double appMs = millis(sinceStart);
    Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
    if (!db) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    Language::apply(u"ar"_s);
    MainWindow window(**db, u"bench"_s);
    window.resize(1400, 860);
    window.show();
    window.restoreSession();  // opens the first document
    window.repaint();
    const double usable = millis(clock);
    std::printf("Corpus: %d documents, %s (%.0f MB)\n", documents, qPrintable(path),
                QFileInfo(path).size() / 1048576.0);
    std::printf("Start to usable window: %.1f ms (+ %.1f ms to create the application)\n", usable,
                appMs);
    QCoreApplication::processEvents();
    std::printf("RSS with the window open: %.1f MB\n", rssMb());

    auto* list = window.findChild<QTreeView*>(u"documentView"_s);
    int rows = 0;
    const Spread lines = scrollList(list, 300, 3, &rows);
    std::printf("List scroll, 300 steps of 3 rows with repaint: median %.2f ms, p95 %.2f ms, "
                "worst %.2f ms (%d rows fetched)\n",
                lines.median, lines.p95, lines.worst, rows);
    const Spread pages = scrollList(list, 300, list->verticalScrollBar()->pageStep(), &rows);
    std::printf("List scroll, 300 pages with repaint: median %.2f ms, p95 %.2f ms, worst %.2f ms "
                "(%d rows fetched)\n",
                pages.median, pages.p95, pages.worst, rows);
    std::printf("RSS after scrolling: %.1f MB\n", rssMb());

    const QStringList queries = {u"بغداد"_s, u"الولايات المتحدة"_s, u"عمرو موسى"_s,
                                 u"واشنطن"_s, u"الأمم المتحدة"_s,    u"القاهرة"_s,
                                 u"بوش"_s,   u"بيروت"_s,             u"روسيا"_s,
                                 u"الاتحاد الأوروبي"_s};
    SearchPanel* search = window.searchPanel();
    window.findChild<QAction*>(u"actionFind"_s)->trigger();
    QList<double> times;
    for (const QString& query : queries) {
        QSignalSpy shown(search, &SearchPanel::searchFinished);
        clock.restart();
        search->search(query);
        while (shown.isEmpty())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        const double filled = millis(clock);
        search->results()->viewport()->repaint();
        times << millis(clock);
        std::printf("  search %-18s %7.1f ms  (%5.1f ms to the panel filled)  %4d hits shown\n",
                    qPrintable(query), times.last(), filled, search->results()->topLevelItemCount());
    }
    const Spread found = spreadOf(times);
    std::printf("Search to results shown: median %.1f ms, worst %.1f ms\n", found.median,
                found.worst);
    // The part of it that is the search itself (CorpusSearch on this thread's connection).
    QList<double> cores;
    for (const QString& query : queries) {
        clock.restart();
        (void)CorpusSearch(**db).find(query);
        cores << millis(clock);
    }
    std::printf("  of which the search itself: median %.1f ms, worst %.1f ms\n",
                spreadOf(cores).median, spreadOf(cores).worst);
    std::printf("RSS at the end: %.1f MB (peak %.1f MB)\n", rssMb(), bench::peakRssMb());
    return 0;
}
