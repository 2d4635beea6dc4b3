// The review window on a corpus of 100,000 documents: time from start to a usable window (the
// list's first page shown, the first document open and painted), the list's lazy fetching,
// corpus search, and peak memory. The corpus is built once (from ANERcorp sentences, with their
// entities as suggestions) and its search index filled, in a child process, so the figures of
// the measuring process are its own.
//
//   QT_QPA_PLATFORM=offscreen build-<x>/bench/ui/bench_corpus [DOCUMENTS=100000] [DB_FILE]
#include "benchdata.h"
#include "documentlist.h"
#include "documentlistmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "review/corpussearch.h"
#include "review/searchindex.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <algorithm>
#include <cstdio>

using namespace alam;
using namespace Qt::Literals::StringLiterals;

namespace {

double millis(const QElapsedTimer& clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

int build(const QString& path, int documents)
{
    bench::AnercorpSentences sentences;
    if (!sentences.load()) {
        std::fprintf(stderr, "bench_corpus: needs %s/data/anercorp-train.conll\n",
                     qPrintable(bench::sharedDir()));
        return 1;
    }
    QDir().mkpath(QFileInfo(path).path());
    Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    int annotations = 0;
    for (int batch = 0; batch < documents; batch += 500) {
        Status written = (*db)->transaction([&]() -> Status {
            for (int i = batch; i < qMin(documents, batch + 500); ++i) {
                bench::BenchArticle article = sentences.article((i * 13) % sentences.size(), 10);
                Document document;
                document.title = u"تقرير %1: "_s.arg(i) + article.text.left(40);
                document.text = document.title + u"\n"_s + article.text;
                document.status = i % 3 == 0 ? ReviewStatus::Reviewed : ReviewStatus::New;
                Result<qint64> id = DocumentStore(**db).add(document);
                if (!id)
                    return Error{id.error()};
                const int shift = int(document.title.size()) + 1;
                for (Annotation& a : article.entities) {
                    a.documentId = *id;
                    a.start += shift;
                    a.end += shift;
                    a.status = i % 3 == 0 ? AnnotationStatus::Accepted : AnnotationStatus::Suggested;
                    a.source = AnnotationSource::Model;
                    a.confidence = 0.8;
                }
                if (Result<QList<qint64>> added = AnnotationStore(**db).addAll(article.entities); !added)
                    return Error{added.error()};
                annotations += int(article.entities.size());
            }
            return {};
        });
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error()));
            return 1;
        }
    }
    std::printf("Built %d documents with %d annotations in %.1f s\n", documents, annotations,
                millis(clock) / 1000);
    clock.restart();
    Result<int> indexed = SearchIndex(**db).update({}, 500);
    if (!indexed) {
        std::fprintf(stderr, "%s\n", qPrintable(indexed.error()));
        return 1;
    }
    std::printf("Indexed %d documents for search in %.1f s (%.0f documents/s)\n", *indexed,
                millis(clock) / 1000, *indexed / (millis(clock) / 1000));
    return 0;
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
    const QString path = arguments.value(
        2, QDir::temp().filePath(u"alam-bench/corpus-%1.sqlite"_s.arg(documents)));
    if (building)
        return build(path, documents);
    if (!QFileInfo::exists(path)) {
        std::printf("Building the corpus once: %s\n", qPrintable(path));
        std::fflush(stdout);
        const int built = QProcess::execute(QCoreApplication::applicationFilePath(),
                                            {u"--build"_s, QString::number(documents), path});
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
    std::printf("Corpus: %s (%.0f MB)\n", qPrintable(path), QFileInfo(path).size() / 1048576.0);
    std::printf("Start to usable window: %.1f ms (+ %.1f ms to create the application)\n", usable,
                appMs);

    DocumentListModel* list = window.documentList()->model();
    std::printf("List rows after start: %d (can fetch more: %s)\n", list->rowCount(),
                list->canFetchMore({}) ? "yes" : "no");
    clock.restart();
    for (int page = 0; page < 10; ++page)
        list->fetchMore({});
    std::printf("10 more pages of the list: %.1f ms (%d rows)\n", millis(clock), list->rowCount());

    const QStringList queries = {u"بغداد"_s, u"الولايات المتحدة"_s, u"عمرو موسى"_s,
                                 u"واشنطن"_s, u"الأمم المتحدة"_s,    u"القاهرة"_s,
                                 u"بوش"_s,   u"بيروت"_s,             u"روسيا"_s,
                                 u"الاتحاد الأوروبي"_s};
    QList<double> times;
    for (const QString& query : queries) {
        clock.restart();
        Result<SearchResults> found = CorpusSearch(**db).find(query, 200);
        times << millis(clock);
        std::printf("  search %-18s %7.1f ms  %4lld hits in %3d documents%s\n",
                    qPrintable(query), times.last(), found ? qint64(found->hits.size()) : -1,
                    found ? found->documents : -1, found && found->unindexed ? " (index incomplete)" : "");
    }
    std::sort(times.begin(), times.end());
    std::printf("Search: median %.1f ms, worst %.1f ms\n", times.at(times.size() / 2), times.last());
    std::printf("Peak RSS: %.1f MB\n", bench::peakRssMb());
    return 0;
}
