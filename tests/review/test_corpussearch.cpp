// Corpus search over the FTS5 index in the matching form, clitic-aware, with context; the
// index grows with new documents; other mentions of an entity; Arabic collation order.
#include "reviewtestutil.h"

#include "review/collation.h"
#include "review/corpussearch.h"
#include "review/searchindex.h"

#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::reviewtest;

namespace {

qint64 addText(Database& db, const QString& title, const QString& text)
{
    Document document;
    document.title = title;
    document.text = text;
    Result<qint64> id = DocumentStore(db).add(document);
    return id ? *id : 0;
}

QStringList matchesOf(const SearchResults& results)
{
    QStringList found;
    for (const TextHit& hit : results.hits)
        found << hit.match;
    return found;
}

}  // namespace

class TestCorpusSearch final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = open(m_dir.filePath(u"search-%1.sqlite"_s.arg(++m_count)));
        QVERIFY(m_db);
        // «The minister met Ahmad (written احمد, without hamza) in Washington (وواشنطن).»
        m_first = addText(*m_db, u"لقاء في واشنطن"_s,
                          u"التقى الوزير احمد العلي في بغداد ووصل بعدها إلى وواشنطن.\n"
                          "وقدم الدعم للحكومة العراقية في المدينة."_s);
        // «Mustafa al-Kadhimi (written مصطفي الكاظمى) visited Cairo; Muhammad with diacritics.»
        m_second = addText(*m_db, u"زيارة القاهرة"_s,
                           u"زار مصطفي الكاظمى القاهرة أمس والتقى مُحَمَّد السيد."_s);
        Result<int> indexed = SearchIndex(*m_db).update();
        QVERIFY2(indexed, why(indexed));
        QCOMPARE(*indexed, 2);
    }
    void cleanup() { m_db.reset(); }

    void findsInTheMatchingForm_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("hamza") << u"أحمد"_s << QStringList{u"احمد"_s};
        QTest::newRow("after و") << u"واشنطن"_s << QStringList{u"واشنطن"_s};
        QTest::newRow("elided alef") << u"الحكومة العراقية"_s
                                     << QStringList{u"لحكومة العراقية"_s};
        QTest::newRow("ى/ي and ة/ه phrase") << u"مصطفى الكاظمي"_s
                                            << QStringList{u"مصطفي الكاظمى"_s};
        QTest::newRow("diacritics in the text") << u"محمد"_s << QStringList{u"مُحَمَّد"_s};
        QTest::newRow("diacritics in the query") << u"بَغْداد"_s << QStringList{u"بغداد"_s};
        QTest::newRow("absent") << u"دمشق"_s << QStringList{};
    }
    void findsInTheMatchingForm()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        Result<SearchResults> results = CorpusSearch(*m_db).find(query);
        QVERIFY2(results, why(results));
        QCOMPARE(matchesOf(*results), expected);
    }

    void hitsCarryTheirContext()
    {
        Result<SearchResults> results = CorpusSearch(*m_db).find(u"بغداد"_s);
        QVERIFY2(results, why(results));
        QCOMPARE(results->hits.size(), 1);
        const TextHit& hit = results->hits.first();
        QCOMPARE(hit.documentId, m_first);
        QCOMPARE(hit.title, u"لقاء في واشنطن"_s);
        const QString text = DocumentStore(*m_db).get(m_first)->text;
        QCOMPARE(text.mid(hit.start, hit.end - hit.start), u"بغداد"_s);
        QVERIFY(hit.before.endsWith(u"في "_s));
        QVERIFY(hit.after.startsWith(u" ووصل"_s));
        QVERIFY(!hit.after.contains(u'\n'));
    }

    void newDocumentsWaitForTheIndex()
    {
        const qint64 third = addText(*m_db, u"دمشق"_s, u"وصل الوفد إلى دمشق صباحا."_s);
        Result<SearchResults> before = CorpusSearch(*m_db).find(u"دمشق"_s);
        QVERIFY2(before, why(before));
        QCOMPARE(before->unindexed, 1);
        QCOMPARE(before->hits.size(), 0);
        QVERIFY(SearchIndex(*m_db).update());
        Result<SearchResults> after = CorpusSearch(*m_db).find(u"دمشق"_s);
        QCOMPARE(after->unindexed, 0);
        QCOMPARE(after->hits.size(), 1);
        QCOMPARE(after->hits.first().documentId, third);
        // A deleted document is no longer found.
        QVERIFY(DocumentStore(*m_db).remove(third));
        QCOMPARE(CorpusSearch(*m_db).find(u"دمشق"_s)->hits.size(), 0);
    }

    void emptyQueryIsExplained()
    {
        QVERIFY(!CorpusSearch(*m_db).find(u" ، "_s));
    }

    void otherMentionsOfAnEntity()
    {
        const qint64 article = addArticle(*m_db);
        const qint64 other = addArticle(*m_db, u"نسخة ثانية"_s);
        QVERIFY(article > 0);
        QVERIFY(other == 0);  // the same text is refused: write another article instead
        const qint64 second = addText(*m_db, u"الكاظمي في أربيل"_s,
                                      u"وصل مصطفى الكاظمي إلى أربيل."_s);
        auto review = DocumentReview::open(*m_db, article, u"huda"_s);
        QVERIFY2(review, why(review));
        const qint64 id = storedAt(*m_db, article, kArticle, u"مصطفى الكاظمي"_s)->id;
        QVERIFY((*review)->accept(id));
        const qint64 entity = AnnotationStore(*m_db).get(id)->entityId;

        Annotation elsewhere;
        elsewhere.documentId = second;
        elsewhere.start = 4;
        elsewhere.end = 4 + 13;
        elsewhere.label = u"PERS"_s;
        elsewhere.status = AnnotationStatus::Suggested;
        elsewhere.entityId = entity;
        QVERIFY(AnnotationStore(*m_db).add(elsewhere));

        Result<SearchResults> mentions = CorpusSearch(*m_db).mentionsOf(entity);
        QVERIFY2(mentions, why(mentions));
        QCOMPARE(mentions->documents, 2);
        QCOMPARE(matchesOf(*mentions), (QStringList{u"مصطفى الكاظمي"_s, u"مصطفى الكاظمي"_s}));
        QCOMPARE(mentions->hits.at(1).documentId, second);
        QVERIFY(mentions->hits.at(0).status == AnnotationStatus::Accepted);
    }

    void saysWhenOnlyTheFirstDocumentsWereRead()
    {
        QVERIFY(m_db->transaction([&]() -> Status {
            for (int i = 0; i < 400; ++i) {
                if (!addText(*m_db, u"خبر %1"_s.arg(i), u"وصل وفد إلى بغداد في الزيارة %1."_s.arg(i)))
                    return Error{u"add failed"_s};
            }
            return {};
        }));
        QVERIFY(SearchIndex(*m_db).update());
        // 401 documents hold «بغداد»; 400 are read.
        Result<SearchResults> many = CorpusSearch(*m_db).find(u"بغداد"_s, 1000);
        QVERIFY2(many, why(many));
        QVERIFY(many->truncated);
        QCOMPARE(many->candidateLimit, 400);
        QCOMPARE(many->documents, 400);
        // A rarer word: every document was read, nothing is said to be cut.
        Result<SearchResults> few = CorpusSearch(*m_db).find(u"القاهرة"_s, 1000);
        QVERIFY2(few, why(few));
        QVERIFY(!few->truncated);
        QCOMPARE(few->candidateLimit, 0);
    }

    void arabicAlphabeticalOrder()
    {
        QStringList names = {u"ياسر"_s, u"ثامر"_s, u"أحمد"_s, u"بسام"_s, u"Zaid"_s};
        const ArabicCollator collator;
        std::sort(names.begin(), names.end(), [&](const QString& a, const QString& b) {
            return collator(a, b);
        });
        QCOMPARE(names.mid(0, 4), (QStringList{u"أحمد"_s, u"بسام"_s, u"ثامر"_s, u"ياسر"_s}));
        const LatinTransliterator latin;
        QVERIFY(latin.isValid());
        const QString baghdad = latin.toLatin(u"بغداد"_s);
        QVERIFY2(baghdad.startsWith(u"b"_s), qPrintable(baghdad));
        for (QChar c : baghdad)
            QVERIFY(c.script() != QChar::Script_Arabic);
        // Readable by a colleague who types plain Latin: no scholarly marks (ā, ẓ, y̱).
        const QString kadhimi = latin.toLatin(u"مصطفى الكاظمي"_s);
        QCOMPARE(kadhimi, u"mstfy alkazmy"_s);
        const QString several = latin.toLatin(u"الولايات المتحدة والعراق وإيران ومؤتمر"_s);
        for (QChar c : several)
            QVERIFY2(c.unicode() < 0x80, qPrintable(several));
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

QTEST_GUILESS_MAIN(TestCorpusSearch)
#include "test_corpussearch.moc"
