// For every format that imports: export from one database, import into a fresh one, and get
// the same texts and the same annotations back. The text holds clitics (وواشنطن, للحكومة), a
// Latin name and an emoji before entities, so code point conversion is exercised.
#include "iotestutil.h"

#include "io/exporter.h"
#include "io/importer.h"
#include "store/entitystore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::iotest;

namespace {

// «The ministry said in a statement 😀 that al-Sudani will visit Amman.» Two paragraphs,
// a blank line, double spaces and a final line break: JSONL and brat keep text exactly.
const QString kFreeText = u"قالت الوزارة في بيان  😀 إن السوداني سيزور عمان.\n\n"
                          "وأضافت أن الزيارة تستمر يومين، وتشمل لقاء مع الملك عبد الله الثاني.\n"_s;

}  // namespace

class TestRoundTrip final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_source = open(m_dir->filePath(u"source.sqlite"_s));
        QVERIFY(m_source);
    }

    void cleanup()
    {
        m_source.reset();
        m_dir.reset();
    }

    void exportThenImportGivesTheSameDocuments_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("cliticSplit");
        QTest::addColumn<bool>("exactText");  // formats that carry the text, not tokens
        QTest::newRow("CoNLL IOB2, clitic-split") << int(ExportFormat::ConllIob2) << true << false;
        QTest::newRow("CoNLL BIOES, clitic-split") << int(ExportFormat::ConllBioes) << true << false;
        QTest::newRow("JSONL") << int(ExportFormat::Jsonl) << false << true;
        QTest::newRow("brat") << int(ExportFormat::Brat) << false << true;
    }

    void exportThenImportGivesTheSameDocuments()
    {
        QFETCH(int, format);
        QFETCH(bool, cliticSplit);
        QFETCH(bool, exactText);
        QList<AnnotatedDocument> originals = {newsDocument()};
        if (exactText)
            originals.append(freeDocument());
        for (const AnnotatedDocument& document : originals)
            store(document, ReviewStatus::Reviewed);
        storeUnreviewed();

        const QList<AnnotatedDocument> back = roundTrip(ExportFormat(format), cliticSplit);
        QCOMPARE(back.size(), originals.size());
        for (qsizetype i = 0; i < originals.size(); ++i) {
            QCOMPARE(back[i].document.text, originals[i].document.text);
            QCOMPARE(spansOf(back[i].annotations), spansOf(originals[i].annotations));
        }
    }

    void wholeTokenConllGrowsCliticSpansToTheirToken_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("IOB2") << int(ExportFormat::ConllIob2);
        QTest::newRow("BIOES") << int(ExportFormat::ConllBioes);
    }

    void wholeTokenConllGrowsCliticSpansToTheirToken()
    {
        QFETCH(int, format);
        store(newsDocument(), ReviewStatus::Reviewed);
        const QList<AnnotatedDocument> back = roundTrip(ExportFormat(format), false);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back[0].document.text, newsText());
        QList<Span> expected = newsSpans();
        expected[4].start -= 1;  // «وواشنطن» as ANERcorp labels it
        expected[5].start -= 1;  // «للحكومة العراقية»
        QCOMPARE(spansOf(back[0].annotations), expected);
    }

    void jsonlKeepsDecisionsAndEntityLinks()
    {
        AnnotatedDocument document = newsDocument();
        document.annotations[0].status = AnnotationStatus::Edited;
        document.annotations[1].status = AnnotationStatus::Manual;
        const qint64 kadhimi =
            *EntityStore(*m_source).add(Entity{0, u"مصطفى الكاظمي"_s, u"PERS"_s, {}});
        document.annotations[0].entityId = kadhimi;
        document.annotations[3].entityId = kadhimi;
        store(document, ReviewStatus::Reviewed);

        const QList<AnnotatedDocument> back = roundTrip(ExportFormat::Jsonl, false);
        QCOMPARE(back.size(), 1);
        const QList<Annotation>& annotations = back[0].annotations;
        QCOMPARE(toString(annotations[0].status), u"edited"_s);
        QCOMPARE(toString(annotations[1].status), u"manual"_s);
        QCOMPARE(toString(annotations[2].status), u"accepted"_s);
        QCOMPARE(annotations[0].annotator, u"huda"_s);
        QVERIFY(annotations[0].entityId > 0);
        QCOMPARE(annotations[3].entityId, annotations[0].entityId);
        QCOMPARE(annotations[1].entityId, 0);
        QCOMPARE(toString(back[0].document.status), u"reviewed"_s);
    }

private:
    AnnotatedDocument freeDocument() const
    {
        AnnotatedDocument document;
        document.document.title = u"زيارة عمان"_s;
        document.document.text = kFreeText;
        for (const Span& span : {spanOf(kFreeText, u"السوداني"_s, u"PERS"_s),
                                 spanOf(kFreeText, u"عمان"_s, u"LOC"_s),
                                 spanOf(kFreeText, u"الملك عبد الله الثاني"_s, u"PERS"_s)})
            document.annotations.append(annotation(span));
        return document;
    }

    // Stores the document with its annotations plus a pending suggestion and a rejected one,
    // which an export of decisions must leave out.
    void store(const AnnotatedDocument& document, ReviewStatus status)
    {
        Document d = document.document;
        d.status = status;
        Result<qint64> id = DocumentStore(*m_source).add(d);
        QVERIFY2(id, why(id));
        QList<Annotation> annotations = document.annotations;
        Annotation suggestion = annotation(Span{0, 4, u"MISC"_s}, AnnotationStatus::Suggested);
        Annotation rejected = annotation(Span{5, 9, u"ORG"_s}, AnnotationStatus::Rejected);
        annotations << suggestion << rejected;
        for (Annotation& a : annotations)
            a.documentId = *id;
        Result<QList<qint64>> added = AnnotationStore(*m_source).addAll(annotations);
        QVERIFY2(added, why(added));
    }

    void storeUnreviewed()
    {
        AnnotatedDocument other;
        other.document.text = u"خبر لم تتم مراجعته بعد عن بغداد."_s;
        other.annotations = {annotation(spanOf(other.document.text, u"بغداد"_s, u"LOC"_s))};
        store(other, ReviewStatus::InProgress);
    }

    QList<AnnotatedDocument> roundTrip(ExportFormat format, bool cliticSplit)
    {
        ExportOptions options;
        options.format = format;
        options.cliticSplit = cliticSplit;
        const QString suffix = Exporter::fileSuffix(format);  // brat: a folder
        options.outputPath = m_dir->filePath(suffix.isEmpty() ? u"out/brat"_s
                                                              : u"out/export."_s + suffix);
        Result<ExportReport> exported = Exporter(*m_source).run(options);
        if (!exported) {
            qWarning().noquote() << exported.error();
            return {};
        }
        std::unique_ptr<Database> target = open(m_dir->filePath(u"target.sqlite"_s));
        const ImportReport imported = Importer(*target).run({options.outputPath});
        for (const ImportFailure& failure : imported.failed)
            qWarning().noquote() << failure.message;
        QList<AnnotatedDocument> back;
        for (qint64 id : imported.documentIds) {
            AnnotatedDocument document;
            document.document = *DocumentStore(*target).get(id);
            document.annotations = *AnnotationStore(*target).forDocument(id);
            back.append(document);
        }
        return back;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_source;
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "test_roundtrip.moc"
