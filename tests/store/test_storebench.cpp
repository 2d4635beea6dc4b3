// Not a timing assertion: prints how long the store takes for an import-sized load (10,000
// articles of about 8 KB, with tagger suggestions), and checks that everything arrived.
#include "storetestutil.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::storetest;

namespace {

constexpr int kDocuments = 10000;
constexpr int kSuggestionsPerDocument = 10;

// About 8 KB of UTF-8 (Arabic letters take two bytes), different for every n: real news
// sentences, numbered, in an order that depends on n.
QString article(int n)
{
    static const QStringList sentences = {kKadhimi, kLeague};
    QString text = u"الخبر رقم "_s + QString::number(n) + u"\n"_s;
    for (int i = 0; text.size() < 4000; ++i)
        text += sentences.at((i + n) % 2) + (i % 5 == 4 ? u"\n"_s : u" "_s);
    return text;
}

}  // namespace

class TestStoreBench final : public QObject {
    Q_OBJECT

private slots:
    void importSizedLoad()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = open(dir.filePath(u"bench.sqlite"_s));
        QVERIFY(db);
        DocumentStore documents(*db);
        AnnotationStore annotations(*db);

        QList<QString> texts;
        qint64 bytes = 0;
        for (int n = 0; n < kDocuments; ++n) {
            texts << article(n);
            bytes += texts.constLast().toUtf8().size();
        }

        QElapsedTimer timer;
        timer.start();
        QList<qint64> ids;
        for (int n = 0; n < kDocuments; ++n) {
            const QString title = u"خبر "_s + QString::number(n);
            Result<qint64> id = documents.add(document(title, texts.at(n)));
            QVERIFY2(id, why(id));
            ids << *id;
        }
        const qint64 documentsMs = timer.restart();

        const QString surface = u"مصطفى الكاظمي"_s;
        for (int n = 0; n < kDocuments; ++n) {
            QList<Annotation> suggestions;
            qsizetype from = 0;
            for (int s = 0; s < kSuggestionsPerDocument; ++s) {
                from = texts.at(n).indexOf(surface, from);
                if (from < 0)
                    break;
                Annotation a = annotationOf(ids.at(n), texts.at(n), surface, u"PERS"_s);
                a.start = int(from);
                a.end = int(from + surface.size());
                suggestions << a;
                from += surface.size();
            }
            Result<QList<qint64>> added = annotations.addAll(suggestions);
            QVERIFY2(added, why(added));
        }
        const qint64 annotationsMs = timer.restart();
        const int annotationRows = rowCount(*db, u"annotations"_s);

        DocumentFilter page;
        page.offset = kDocuments / 2;
        page.limit = 100;
        QCOMPARE(documents.list(page)->size(), 100);
        const qint64 pageMs = timer.restart();
        const QList<DocumentSummary> all = *documents.list();
        const qint64 listMs = timer.restart();

        QCOMPARE(all.size(), kDocuments);
        QCOMPARE(*documents.count(), kDocuments);
        QVERIFY(annotationRows >= kDocuments);
        QCOMPARE(rowCount(*db, u"history"_s), annotationRows);
        int suggested = 0;
        for (const DocumentSummary& summary : all)
            suggested += summary.suggestedCount;
        QCOMPARE(suggested, annotationRows);

        qInfo().noquote() << u"store: %1 documents (%2 MB of UTF-8) added in %3 ms (%4 ms per "
                             "1000)"_s.arg(kDocuments)
                                 .arg(double(bytes) / 1e6, 0, 'f', 1)
                                 .arg(documentsMs)
                                 .arg(double(documentsMs) * 1000 / kDocuments, 0, 'f', 1);
        qInfo().noquote() << u"store: %1 suggestions with history, one transaction per "
                             "document, in %2 ms"_s.arg(annotationRows)
                                 .arg(annotationsMs);
        qInfo().noquote() << u"store: list page of 100 at offset %1 in %2 ms; whole list of %3 "
                             "with counts in %4 ms"_s.arg(page.offset)
                                 .arg(pageMs)
                                 .arg(kDocuments)
                                 .arg(listMs);
    }
};

QTEST_GUILESS_MAIN(TestStoreBench)
#include "test_storebench.moc"
