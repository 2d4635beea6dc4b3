// Documents: add/get/status/remove, the content hash, duplicates, the filtered list.
#include "storetestutil.h"

#include "store/historystore.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::storetest;

class TestDocumentStore final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = open(m_dir.filePath(u"documents-%1.sqlite"_s.arg(++m_count)));
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void hashIsSha256OfTheUtf8()
    {
        QCOMPARE(DocumentStore::hashOf(u"abc"_s),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
        // «سلام» is 8 bytes of UTF-8, not 4 UTF-16 units.
        QCOMPARE(DocumentStore::hashOf(u"سلام"_s),
                 QString::fromLatin1(QCryptographicHash::hash(
                     QByteArray("\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85"), QCryptographicHash::Sha256)
                                         .toHex()));
        QVERIFY(DocumentStore::hashOf(u"سلام"_s) != DocumentStore::hashOf(u"سلام "_s));
    }

    void addAndGetKeepTheTextExactly()
    {
        DocumentStore documents(*m_db);
        // Line breaks, a diacritic, tatweel and a character outside the BMP stay as they are.
        const QString text = kKadhimi + u"\n\nقالَ المتحـــدث 𝔸 «نعم»\n"_s;
        Document d = document(u"الكاظمي يستقبل الصفدي"_s, text);
        d.reviewer = u"huda"_s;
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        Result<qint64> id = documents.add(d);
        QVERIFY2(id, why(id));
        QVERIFY(*id > 0);

        Result<Document> got = documents.get(*id);
        QVERIFY2(got, why(got));
        QCOMPARE(got->id, *id);
        QCOMPARE(got->text, text);
        QCOMPARE(got->title, d.title);
        QCOMPARE(got->sourcePath, d.sourcePath);
        QCOMPARE(got->reviewer, u"huda"_s);
        QCOMPARE(toString(got->status), toString(ReviewStatus::New));
        QCOMPARE(got->contentHash, DocumentStore::hashOf(text));
        QVERIFY(got->createdAt.isValid());
        QCOMPARE(got->createdAt.timeSpec(), Qt::UTC);
        QVERIFY(got->createdAt >= before);
        QVERIFY(got->createdAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(got->updatedAt, got->createdAt);

        // A given hash is kept as given.
        Document withHash = document(u"l"_s, kLeague);
        withHash.contentHash = u"given-by-importer"_s;
        const qint64 second = *documents.add(withHash);
        QCOMPARE(documents.get(second)->contentHash, u"given-by-importer"_s);
    }

    void givenTimesAreKeptToTheMillisecond()
    {
        DocumentStore documents(*m_db);
        Document d = document(u"k"_s, kKadhimi);
        d.createdAt =
            QDateTime(QDate(2003, 4, 9), QTime(14, 5, 6, 78), Qt::OffsetFromUTC, 3 * 3600);
        d.updatedAt = QDateTime(QDate(2021, 1, 1), QTime(0, 0, 0, 1), Qt::UTC);
        const Document got = *documents.get(*documents.add(d));
        QCOMPARE(got.createdAt, d.createdAt);
        QCOMPARE(got.createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(got.createdAt.time(), QTime(11, 5, 6, 78));
        QCOMPARE(got.updatedAt, d.updatedAt);
        // Stored as ISO-8601 UTC text with milliseconds.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"SELECT created_at FROM documents"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"2003-04-09T11:05:06.078Z"_s);
    }

    void sameTextIsRefused()
    {
        DocumentStore documents(*m_db);
        const qint64 first = *documents.add(document(u"الأول"_s, kKadhimi));
        QCOMPARE(*documents.findByHash(DocumentStore::hashOf(kKadhimi)), std::optional(first));
        QCOMPARE(*documents.findByHash(DocumentStore::hashOf(kLeague)), std::nullopt);

        Result<qint64> again = documents.add(document(u"الثاني"_s, kKadhimi));
        QVERIFY(!again);
        QVERIFY2(again.error().contains(u"الثاني"_s), why(again));
        QVERIFY2(again.error().contains(u"already stored as document %1"_s.arg(first)),
                 why(again));
        QCOMPARE(*documents.count(), 1);
    }

    void missingDocumentIsAnError()
    {
        DocumentStore documents(*m_db);
        Result<Document> got = documents.get(42);
        QVERIFY(!got);
        QVERIFY2(got.error().contains(u"42"_s), why(got));
        QVERIFY(!documents.setStatus(42, ReviewStatus::Reviewed, u"huda"_s));
        QVERIFY(!documents.remove(42));
    }

    void statusAndReviewer()
    {
        DocumentStore documents(*m_db);
        const qint64 id = *documents.add(document(u"k"_s, kKadhimi));
        const QDateTime created = documents.get(id)->createdAt;
        QTest::qWait(5);
        QVERIFY(documents.setStatus(id, ReviewStatus::Reviewed, u"huda"_s));
        const Document d = *documents.get(id);
        QCOMPARE(toString(d.status), toString(ReviewStatus::Reviewed));
        QCOMPARE(d.reviewer, u"huda"_s);
        QVERIFY(d.updatedAt > created);
        QCOMPARE(d.createdAt, created);
    }

    void removeTakesAnnotationsAndHistoryAlong()
    {
        DocumentStore documents(*m_db);
        AnnotationStore annotations(*m_db);
        const qint64 kept = *documents.add(document(u"l"_s, kLeague));
        QVERIFY(annotations.add(annotationOf(kept, kLeague, u"القاهرة"_s, u"LOC"_s)).ok());
        const qint64 id = *documents.add(document(u"k"_s, kKadhimi));
        QVERIFY(annotations.add(annotationOf(id, kKadhimi, u"بغداد"_s, u"LOC"_s)).ok());
        QVERIFY(annotations.add(annotationOf(id, kKadhimi, u"أيمن الصفدي"_s, u"PERS"_s)).ok());
        QCOMPARE(rowCount(*m_db, u"annotations"_s), 3);

        QVERIFY(documents.remove(id));
        QVERIFY(!documents.get(id));
        QCOMPARE(annotations.forDocument(id)->size(), 0);
        QCOMPARE(HistoryStore(*m_db).forDocument(id)->size(), 0);
        QCOMPARE(annotations.forDocument(kept)->size(), 1);
        QCOMPARE(rowCount(*m_db, u"annotations"_s), 1);
    }

    void listFiltersAndCounts()
    {
        DocumentStore documents(*m_db);
        AnnotationStore annotations(*m_db);
        const QString third = u"أعلنت وزارة الصحة المصرية عن حملة جديدة."_s;
        const qint64 k = *documents.add(document(u"الكاظمي في بغداد"_s, kKadhimi));
        const qint64 l = *documents.add(document(u"اجتماع طارئ للجامعة العربية"_s, kLeague));
        const qint64 h = *documents.add(document(u"حملة 100% صحية"_s, third));

        // k: two pending suggestions, one decision, one rejection.
        QVERIFY(annotations.addAll({
            annotationOf(k, kKadhimi, u"مصطفى الكاظمي"_s, u"PERS"_s),
            annotationOf(k, kKadhimi, u"أيمن الصفدي"_s, u"PERS"_s),
            annotationOf(k, kKadhimi, u"بغداد"_s, u"LOC"_s, AnnotationStatus::Accepted),
            annotationOf(k, kKadhimi, u"وزير الخارجية"_s, u"ORG"_s, AnnotationStatus::Rejected),
        }).ok());
        // l: a manual ORG, an edited LOC and a rejected PERS.
        QVERIFY(annotations.addAll({
            annotationOf(l, kLeague, u"جامعة الدول العربية"_s, u"ORG"_s, AnnotationStatus::Manual),
            annotationOf(l, kLeague, u"القاهرة"_s, u"LOC"_s, AnnotationStatus::Edited),
            annotationOf(l, kLeague, u"اجتماعا"_s, u"PERS"_s, AnnotationStatus::Rejected),
        }).ok());
        QVERIFY(documents.setStatus(l, ReviewStatus::Reviewed, u"huda"_s));

        const QList<DocumentSummary> all = *documents.list();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).id, k);
        QCOMPARE(all.at(0).title, u"الكاظمي في بغداد"_s);
        QCOMPARE(all.at(0).suggestedCount, 2);
        QCOMPARE(all.at(0).entityCount, 1);
        QCOMPARE(all.at(1).id, l);
        QCOMPARE(toString(all.at(1).status), toString(ReviewStatus::Reviewed));
        QCOMPARE(all.at(1).suggestedCount, 0);
        QCOMPARE(all.at(1).entityCount, 2);
        QCOMPARE(all.at(2).id, h);
        QCOMPARE(all.at(2).suggestedCount, 0);
        QCOMPARE(all.at(2).entityCount, 0);

        QCOMPARE(idsOf(filterOf(ReviewStatus::Reviewed)), (QList<qint64>{l}));
        QCOMPARE(idsOf(filterOf(ReviewStatus::New)), (QList<qint64>{k, h}));
        // A rejected annotation does not count for its label.
        QCOMPARE(idsOf(filterOf(std::nullopt, u"PERS"_s)), (QList<qint64>{k}));
        QCOMPARE(idsOf(filterOf(std::nullopt, u"ORG"_s)), (QList<qint64>{l}));
        QCOMPARE(idsOf(filterOf(std::nullopt, u"LOC"_s)), (QList<qint64>{k, l}));
        QCOMPARE(idsOf(filterOf(std::nullopt, u"MISC"_s)), QList<qint64>());
        QCOMPARE(idsOf(filterOf(std::nullopt, u"LOC"_s, u"اجتماع"_s)), (QList<qint64>{l}));
        QCOMPARE(idsOf(filterOf(ReviewStatus::New, u"LOC"_s)), (QList<qint64>{k}));
        // % and _ in the search are plain characters, not wildcards.
        QCOMPARE(idsOf(filterOf(std::nullopt, QString(), u"100%"_s)), (QList<qint64>{h}));
        QCOMPARE(idsOf(filterOf(std::nullopt, QString(), u"%"_s)), (QList<qint64>{h}));
        QCOMPARE(idsOf(filterOf(std::nullopt, QString(), u"_"_s)), QList<qint64>());
        // Paging.
        QCOMPARE(idsOf(filterOf(std::nullopt, QString(), QString(), 1, 1)), (QList<qint64>{l}));
        QCOMPARE(idsOf(filterOf(std::nullopt, QString(), QString(), 1)), (QList<qint64>{l, h}));
        QCOMPARE(idsOf(filterOf(std::nullopt, QString(), QString(), 0, 0)), QList<qint64>());

        QCOMPARE(*documents.ids(), (QList<qint64>{k, l, h}));
        QCOMPARE(*documents.ids(ReviewStatus::Reviewed), (QList<qint64>{l}));
        QCOMPARE(*documents.count(), 3);
        QCOMPARE(*documents.count(ReviewStatus::New), 2);
        QCOMPARE(*documents.count(ReviewStatus::InProgress), 0);
    }

    void titleSearchIgnoresAlefVariants()
    {
        // Needs MatchingForm (alef variants → ا): «اجتماع» finds «إجتماع», «الأردن» finds «الاردن».
        DocumentStore documents(*m_db);
        const qint64 a = *documents.add(document(u"إجتماع طارئ"_s, kLeague));
        const qint64 b = *documents.add(document(u"زيارة الى الاردن"_s, kKadhimi));
        QCOMPARE(idsOf(filterOf(std::nullopt, QString(), u"اجتماع"_s)), (QList<qint64>{a}));
        QCOMPARE(idsOf(filterOf(std::nullopt, QString(), u"الأردن"_s)), (QList<qint64>{b}));
    }

private:
    static DocumentFilter filterOf(std::optional<ReviewStatus> status, const QString& label = {},
                                   const QString& text = {}, int offset = 0, int limit = -1)
    {
        DocumentFilter filter;
        filter.status = status;
        filter.label = label;
        filter.text = text;
        filter.offset = offset;
        filter.limit = limit;
        return filter;
    }

    QList<qint64> idsOf(const DocumentFilter& filter)
    {
        Result<QList<DocumentSummary>> listed = DocumentStore(*m_db).list(filter);
        if (!listed) {
            qWarning().noquote() << listed.error();
            return {-1};
        }
        QList<qint64> ids;
        for (const DocumentSummary& summary : *listed)
            ids << summary.id;
        return ids;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestDocumentStore)
#include "test_documentstore.moc"
