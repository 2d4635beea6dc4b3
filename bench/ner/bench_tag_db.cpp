// Tags the make_corpus.py benchmark corpus in a database: every document gets the tagger's
// suggestions (DatabaseTagger: parallel tagging, one writer, a transaction per batch). Prints
// documents/s, tokens/s, suggestions, the time of a second run (which must add nothing), the
// time to propagate one accepted name (بغداد) across the corpus, and peak RSS.
//
//   build/bench/ner/bench_tag_db [ARTICLES=10000] [WORK_DIR] [--model MODEL] [--batch N]
//
// The corpus is written once by ../shared/scripts/make_corpus.py into WORK_DIR (default: a
// folder under the system temp dir) and imported once into WORK_DIR/imported-N.sqlite; each run
// tags a fresh copy of that database.
#include "benchcorpus.h"
#include "io/importer.h"
#include "ner/databasetagger.h"
#include "ner/propagation.h"
#include "store/annotationstore.h"
#include "store/entitystore.h"
#include "ner/taggerloader.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "text/tokenizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QThreadPool>
#include <cstdio>

using namespace alam;

namespace {

QString option(const QStringList& args, const QString& name, const QString& fallback = {})
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}



bool ensureImported(const QString& corpusDir, const QString& imported)
{
    if (QFileInfo::exists(imported))
        return true;
    bench::removeDatabase(imported);
    auto db = Database::openSqlite(imported);
    if (!db) {
        std::printf("cannot open %s: %s\n", qPrintable(imported), qPrintable(db.error()));
        return false;
    }
    std::printf("importing the corpus once into %s ...\n", qPrintable(imported));
    std::fflush(stdout);
    const ImportReport report = Importer(**db).run({corpusDir});
    if (!report.failed.isEmpty() || !report.stoppedReason.isEmpty()) {
        std::printf("import failed\n");
        db->reset();
        bench::removeDatabase(imported);
        return false;
    }
    return true;  // closing the database checkpoints the WAL into the file
}

qint64 countTokens(Database& db)
{
    DocumentStore documents(db);
    qint64 tokens = 0;
    const Result<QList<qint64>> ids = documents.ids();
    for (qint64 id : ids ? *ids : QList<qint64>())
        tokens += Tokenizer::tokenize(documents.get(id)->text).size();
    return tokens;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const QString modelPath = option(args, QStringLiteral("--model"));
    const int batch = option(args, QStringLiteral("--batch"), QStringLiteral("256")).toInt();
    QStringList positional;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i).startsWith(u"--")) {
            ++i;
            continue;
        }
        positional << args.at(i);
    }
    const int articles = positional.value(0, QStringLiteral("10000")).toInt();
    const QString work = positional.value(1, QDir::tempPath() + u"/alam-bench-io");
    const QString corpusDir = work + u"/corpus-" + QString::number(articles);
    QDir().mkpath(work);
    if (!bench::ensureCorpus(corpusDir, articles))
        return 0;
    const QString imported = work + u"/imported-" + QString::number(articles) + u".sqlite";
    if (!ensureImported(corpusDir, imported))
        return 1;

    const QString dbPath = work + u"/tag.sqlite";
    bench::removeDatabase(dbPath);
    if (!QFile::copy(imported, dbPath)) {
        std::printf("cannot copy %s\n", qPrintable(imported));
        return 1;
    }
    auto db = Database::openSqlite(dbPath);
    if (!db) {
        std::printf("cannot open %s: %s\n", qPrintable(dbPath), qPrintable(db.error()));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    auto loaded = ner::TaggerLoader::load(modelPath);
    if (!loaded) {
        std::printf("cannot load the tagger: %s\n", qPrintable(loaded.error()));
        return 1;
    }
    std::printf("tagger %s loaded in %.2f s; %d threads tag, this one writes\n",
                qPrintable(loaded->modelName), double(clock.elapsed()) / 1000.0,
                QThreadPool::globalInstance()->maxThreadCount());

    ner::DatabaseTagOptions options;
    options.batchDocuments = batch;
    clock.restart();
    const auto report = ner::DatabaseTagger(**db, loaded->tagger).run(options);
    const double seconds = double(clock.elapsed()) / 1000.0;
    if (!report) {
        std::printf("tagging failed: %s\n", qPrintable(report.error()));
        return 1;
    }
    const qint64 tokens = countTokens(**db);
    std::printf("tag     %d docs  %lld tokens  %.2f s  %.0f docs/s  %.0f tokens/s  %d suggestions "
                "(%.1f per doc)  peak RSS %.0f MB\n",
                report->documents, tokens, seconds, report->documents / seconds, double(tokens) / seconds,
                report->added, double(report->added) / std::max(1, report->documents), bench::peakRssMb());

    clock.restart();
    const auto again = ner::DatabaseTagger(**db, loaded->tagger).run(options);
    const double againSeconds = double(clock.elapsed()) / 1000.0;
    if (!again) {
        std::printf("second run failed: %s\n", qPrintable(again.error()));
        return 1;
    }
    std::printf("re-tag  %d docs  %.2f s  added %d, kept %d, removed %d  database %.1f MB  peak RSS %.0f MB\n",
                again->documents, againSeconds, again->added, again->kept, again->removed,
                double(QFileInfo(dbPath).size() + QFileInfo(dbPath + u"-wal").size()) / 1e6,
                bench::peakRssMb());

    // The analyst accepts one mention of Baghdad; its other mentions become suggestions of that
    // entity everywhere.
    DocumentStore documents(**db);
    const Result<QList<qint64>> ids = documents.ids();
    Annotation decision;
    for (qint64 id : ids ? *ids : QList<qint64>()) {
        const Result<Document> document = documents.get(id);
        const int at = document ? int(document->text.indexOf(QStringLiteral(" بغداد "))) : -1;
        if (at < 0)
            continue;
        decision.documentId = id;
        decision.start = at + 1;
        decision.end = at + 6;
        decision.label = QStringLiteral("LOC");
        decision.status = AnnotationStatus::Manual;
        decision.source = AnnotationSource::Analyst;
        break;
    }
    // Linked to an entity, so the model's pending suggestions over Baghdad get linked too.
    Entity baghdad;
    baghdad.name = QStringLiteral("بغداد");
    baghdad.label = QStringLiteral("LOC");
    const Result<qint64> entity = EntityStore(**db).add(baghdad);
    decision.entityId = entity ? *entity : 0;
    if (decision.documentId == 0 || !AnnotationStore(**db).add(decision)) {
        std::printf("no mention of Baghdad to propagate\n");
        return 0;
    }
    clock.restart();
    const auto propagated = ner::Propagation::acrossCorpus(**db, decision);
    if (!propagated) {
        std::printf("propagation failed: %s\n", qPrintable(propagated.error()));
        return 1;
    }
    std::printf("propagate «بغداد» across %d docs  %.2f s: %d suggestions added, %d linked or relabelled, in %d docs\n",
                report->documents, double(clock.elapsed()) / 1000.0, propagated->added, propagated->updated,
                propagated->documents);
    return 0;
}
