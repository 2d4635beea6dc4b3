// The review window on a long document: a 6,000-token article with about 600 annotations is
// opened (time to the first paint of the window) and reviewed (accept, reject, label, resize:
// each timed from the key's action through the commit to the repaint of article and panel).
// Prints medians and worst cases; never fails on a time.
//
//   QT_QPA_PLATFORM=offscreen build-<x>/bench/ui/bench_review [ACTIONS=400]
// BENCH_KIND=1..6 runs one kind of action only; BENCH_SLOW=1 names each action over 8 ms and
// its annotation; BENCH_PAINTS=1 counts what was painted.
#include "articleview.h"
#include "benchdata.h"
#include "entitypanel.h"
#include "language.h"
#include "mainwindow.h"
#include "reviewcontroller.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPaintEvent>
#include <QTemporaryDir>
#include <QTreeView>
#include <algorithm>
#include <cstdio>
#include <map>

using namespace alam;
using namespace Qt::Literals::StringLiterals;

namespace {

// With BENCH_PAINTS set: which widgets an action makes paint, and how much of them.
class PaintCounter final : public QObject {
public:
    std::map<QString, std::pair<int, qint64>> painted;  // class name → (events, pixels)
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            const QRect r = static_cast<QPaintEvent*>(event)->rect();
            auto& entry = painted[QString::fromLatin1(watched->metaObject()->className())
                                  + u'/' + watched->objectName()];
            entry.first++;
            entry.second += qint64(r.width()) * r.height();
        }
        return false;
    }
};

struct Figures {
    QList<double> ms;
    void add(double value) { ms << value; }
    double at(double share) const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty() ? 0 : sorted.at(qMin(sorted.size() - 1, qsizetype(share * sorted.size())));
    }
    double worst() const { return ms.isEmpty() ? 0 : *std::max_element(ms.cbegin(), ms.cend()); }
};

double millis(const QElapsedTimer& clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

void print(const char* what, const Figures& figures)
{
    std::printf("%-22s n=%4lld  median %6.2f ms  p95 %6.2f ms  worst %6.2f ms\n", what,
                qint64(figures.ms.size()), figures.at(0.5), figures.at(0.95), figures.worst());
}

}  // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"AlamBench"_s);
    const int actions = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 400;

    bench::AnercorpSentences sentences;
    if (!sentences.load()) {
        std::fprintf(stderr, "bench_review: needs %s/data/anercorp-train.conll\n",
                     qPrintable(bench::sharedDir()));
        return 1;
    }
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::openSqlite(dir.filePath(u"bench.sqlite"_s));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    // Two long articles, so that opening alternates between them.
    QList<qint64> ids;
    int tokens = 0, annotations = 0;
    for (int first : {0, 2000}) {
        int count = 150;
        bench::BenchArticle article = sentences.article(first, count);
        while (article.tokens < 6000)
            article = sentences.article(first, ++count);
        bench::AnercorpSentences::topUp(article, 600);
        Document document;
        document.title = u"مقال طويل %1"_s.arg(first);
        document.text = article.text;
        const qint64 id = *DocumentStore(**db).add(document);
        for (Annotation& a : article.entities) {
            a.documentId = id;
            a.status = AnnotationStatus::Suggested;
            a.source = AnnotationSource::Model;
            a.confidence = 0.8;
        }
        (void)AnnotationStore(**db).addAll(article.entities);
        ids << id;
        tokens = article.tokens;
        annotations = int(article.entities.size());
    }
    std::printf("Document: %d tokens, %d annotations, %lld characters\n", tokens, annotations,
                qint64(DocumentStore(**db).get(ids.last())->text.size()));

    Language::apply(u"ar"_s);
    MainWindow window(**db, u"bench"_s);
    window.resize(1400, 860);
    window.show();
    QApplication::processEvents();

    Figures open;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer clock;
        clock.start();
        window.openDocument(ids.at(i % 2));
        window.repaint();  // the whole window, painted now
        open.add(millis(clock));
        QApplication::processEvents();
    }
    print("open to first paint", open);

    ReviewController* controller = window.controller();
    std::map<QString, Figures> byKind;
    Figures all;
    Figures phases[2];
    PaintCounter counter;  // the action with its commit and model updates; the repaint
    const QStringList labels = {u"PERS"_s, u"LOC"_s, u"ORG"_s, u"MISC"_s};
    for (int i = 0; i < actions; ++i) {
        const QList<Annotation>& list = controller->review()->annotations();
        const Annotation target = list.at((i * 7) % list.size());
        controller->setCurrent(target.id);
        QApplication::processEvents();
        if (qEnvironmentVariableIsSet("BENCH_PAINTS"))
            app.installEventFilter(&counter);
        QString kind;
        QElapsedTimer clock;
        clock.start();
        const int only = qEnvironmentVariableIntValue("BENCH_KIND");  // 1..6: one kind of action
        switch (only > 0 ? only - 1 : i % 6) {
        case 0: kind = u"accept"_s; controller->accept(); break;
        case 1: kind = u"reject"_s; controller->reject(); break;
        case 2: kind = u"label"_s; controller->setLabel(labels.at(i % 4)); break;
        case 3: kind = u"grow by word"_s; controller->resize(SpanEdge::End, true, SpanUnit::Word); break;
        case 4: kind = u"shrink by word"_s; controller->resize(SpanEdge::End, false, SpanUnit::Word); break;
        case 5: kind = u"grow by character"_s; controller->resize(SpanEdge::Start, true, SpanUnit::Character); break;
        }
        const double acted = millis(clock);
        if (qEnvironmentVariableIsSet("BENCH_SLOW") && acted > 8) {
            const QString& text = controller->review()->document().text;
            std::printf("  slow %s %.2f ms: «%s» %s\n", qPrintable(kind), acted,
                        qPrintable(text.mid(target.start, target.end - target.start)), qPrintable(target.label));
        }
        // The frame: what the action marked for repainting is painted and flushed.
        QApplication::processEvents();
        const double ms = millis(clock);
        app.removeEventFilter(&counter);
        phases[0].add(acted);
        phases[1].add(ms - acted);
        byKind[kind].add(ms);
        all.add(ms);
    }
    for (const auto& [kind, figures] : byKind)
        print(qPrintable(kind), figures);
    print("all actions", all);
    print("  of which: action", phases[0]);
    print("  repaint", phases[1]);
    // Undo and redo walk the history table and reload the document in place (its text is
    // not laid out again).
    Figures walked;
    for (int i = 0; i < 40; ++i) {
        QElapsedTimer clock;
        clock.start();
        if (i % 2 == 0)
            controller->undo();
        else
            controller->redo();
        QApplication::processEvents();
        walked.add(millis(clock));
    }
    print("undo / redo", walked);
    for (const auto& [name, counts] : counter.painted)
        std::printf("  painted %-40s %6d times, %10lld pixels\n", qPrintable(name),
                    counts.first, counts.second);
    std::printf("Peak RSS: %.1f MB\n", bench::peakRssMb());
    return 0;
}
