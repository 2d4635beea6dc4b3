// The sample articles come once, on a database's first start: not again when the analyst has
// deleted every document, and not into a database that already holds documents.
#include "storetestutil.h"

#include "store/samplecorpus.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::storetest;

class TestSampleCorpus final : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void firstStartGetsTheSamplesOnce()
    {
        const int shipped = int(QDir(u":/samples"_s).entryList({u"*.txt"_s}, QDir::Files).size());
        QVERIFY(shipped >= 3);
        const QString path = m_dir.filePath(u"first.sqlite"_s);
        {
            auto db = open(path);
            QVERIFY(db);
            Result<int> added = SampleCorpus::addOnFirstStart(*db);
            QVERIFY2(added, why(added));
            QCOMPARE(*added, shipped);
            QCOMPARE(*DocumentStore(*db).count(), shipped);
            const Result<QList<qint64>> ids = DocumentStore(*db).ids();
            QVERIFY(ids);
            const Document first = *DocumentStore(*db).get(ids->value(0));
            QVERIFY(first.sourcePath.startsWith(u"samples/"_s));
            QVERIFY(!first.title.isEmpty() && !first.text.isEmpty());
            QCOMPARE(*SampleCorpus::addOnFirstStart(*db), 0);  // the same start, again
        }
        auto db = open(path);  // a later start
        QVERIFY(db);
        QCOMPARE(*SampleCorpus::addOnFirstStart(*db), 0);
        QCOMPARE(*DocumentStore(*db).count(), shipped);

        // The analyst deletes every document: the samples stay gone.
        const Result<QList<qint64>> ids = DocumentStore(*db).ids();
        QVERIFY(ids);
        for (qint64 id : *ids)
            QVERIFY(DocumentStore(*db).remove(id));
        QCOMPARE(*SampleCorpus::addOnFirstStart(*db), 0);
        db.reset();
        db = open(path);
        QCOMPARE(*SampleCorpus::addOnFirstStart(*db), 0);
        QCOMPARE(*DocumentStore(*db).count(), 0);
    }

    void databaseWithDocumentsGetsNone()
    {
        // Filled by `alam import` before the window first opened it.
        auto db = open(m_dir.filePath(u"imported.sqlite"_s));
        QVERIFY(db);
        QVERIFY(DocumentStore(*db).add(document(u"k"_s, kKadhimi)).ok());
        QCOMPARE(*SampleCorpus::addOnFirstStart(*db), 0);
        QCOMPARE(*DocumentStore(*db).count(), 1);
        const Result<std::optional<qint64>> stored =
            DocumentStore(*db).findByHash(DocumentStore::hashOf(kKadhimi));
        QVERIFY(stored && stored->has_value());
        QVERIFY(DocumentStore(*db).remove(**stored));
        QCOMPARE(*SampleCorpus::addOnFirstStart(*db), 0);  // offered once: that start
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSampleCorpus)
#include "test_samplecorpus.moc"
