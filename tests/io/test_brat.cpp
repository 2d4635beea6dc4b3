// brat standoff: .txt exactly as stored, .ann in code points, spans over line breaks as
// fragments, and a reader that follows brat's own counting (BOM and "\r" count).
#include "iotestutil.h"

#include "io/bratreader.h"
#include "io/bratwriter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::iotest;

class TestBrat final : public QObject {
    Q_OBJECT

private slots:
    void writesTextAndCodePointOffsets()
    {
        const AnnotatedDocument document = newsDocument();
        const BratFiles files = BratWriter::write(document);
        QCOMPARE(files.text, document.document.text.toUtf8());
        const QStringList lines = QString::fromUtf8(files.annotations).split(u'\n');
        QCOMPARE(lines.size(), document.annotations.size() + 1);
        QCOMPARE(lines.last(), QString());
        QCOMPARE(lines.first(), u"T1\tPERS 23 36\tمصطفى الكاظمي"_s);
        // After the 🙂 of line 2, code points are one less than UTF-16 offsets.
        const Span kadhimi = newsSpans().at(3);
        QCOMPARE(lines.at(3), u"T4\tPERS %1 %2\tالكاظمي"_s.arg(kadhimi.start - 1).arg(kadhimi.end - 1));
        QCOMPARE(lines.at(4).section(u'\t', 2), u"واشنطن"_s);
        QCOMPARE(lines.at(5).section(u'\t', 2), u"لحكومة العراقية"_s);
    }

    void spanOverLineBreakBecomesFragments()
    {
        AnnotatedDocument document;
        document.document.text = u"جامعة\nالدول العربية"_s;
        document.annotations = {annotation(Span{0, 19, u"ORG"_s})};
        const BratFiles files = BratWriter::write(document);
        QCOMPARE(QString::fromUtf8(files.annotations), u"T1\tORG 0 5;6 19\tجامعة الدول العربية\n"_s);
        Result<AnnotatedDocument> read = BratReader::read(files.text, files.annotations,
                                                          u"a.txt"_s, u"a.ann"_s);
        QVERIFY2(read, why(read));
        QCOMPARE(spansOf(read->annotations), (QList<Span>{Span{0, 19, u"ORG"_s}}));
    }

    void readerReadsWhatWriterWrites()
    {
        AnnotatedDocument document = newsDocument();
        document.document.text += u"\n\n"_s;
        const BratFiles files = BratWriter::write(document);
        Result<AnnotatedDocument> read = BratReader::read(files.text, files.annotations,
                                                          u"/b/doc.txt"_s, u"/b/doc.ann"_s);
        QVERIFY2(read, why(read));
        QCOMPARE(read->document.text, document.document.text);
        QCOMPARE(spansOf(read->annotations), newsSpans());
        for (const Annotation& a : read->annotations)
            QCOMPARE(toString(a.status), u"accepted"_s);
    }

    void crlfAndBomCountAsBratCountsThem()
    {
        // A Windows editor's file: BOM, CRLF. brat's offsets count both; the stored text has
        // neither, and the spans stay on their words.
        const QByteArray txt = "\xEF\xBB\xBF" + u"وصل الوفد\r\nإلى بغداد 😀 وعمان"_s.toUtf8();
        // Code points: BOM 0, «الوفد» 5..10, \r 10, \n 11, «بغداد» 16..21, «عمان» 25..29.
        const QByteArray ann = "T1\tORG 5 10\tالوفد\r\nR1\tRel Arg1:T1 Arg2:T2\r\n"
                               "#1\tAnnotatorNotes T1\tnote\r\nT2\tLOC 16 21\tبغداد\r\n"
                               "T3\tLOC 25 29\tعمان\r\n";
        Result<AnnotatedDocument> read = BratReader::read(txt, ann, u"w.txt"_s, u"w.ann"_s);
        QVERIFY2(read, why(read));
        const QString text = read->document.text;
        QCOMPARE(text, u"وصل الوفد\nإلى بغداد 😀 وعمان"_s);
        QCOMPARE(spansOf(read->annotations),
                 (QList<Span>{spanOf(text, u"الوفد"_s, u"ORG"_s), spanOf(text, u"بغداد"_s, u"LOC"_s),
                              spanOf(text, u"عمان"_s, u"LOC"_s)}));
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("saying");
        QTest::newRow("no tabs") << QByteArray("T2 LOC 0 5 بغداد") << u"separated by tabs"_s;
        QTest::newRow("no offsets") << QByteArray("T2\tLOC\tبغداد") << u"has no offsets"_s;
        QTest::newRow("bad number") << QByteArray("T2\tLOC 0 x\tبغداد") << u"not a pair"_s;
        QTest::newRow("past the end") << QByteArray("T2\tLOC 12 40\tبغداد") << u"outside"_s;
        QTest::newRow("reversed") << QByteArray("T2\tLOC 5 0\tبغداد") << u"does not end after"_s;
        QTest::newRow("wrong surface")
            << QByteArray("T2\tLOC 1 5\tبغداد") << u"is «غداد», not «بغداد»"_s;
    }

    void errorsNameTheLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, saying);
        const QByteArray txt = u"بغداد وعمان"_s.toUtf8();
        const QByteArray ann = "T1\tLOC 7 11\tعمان\n" + line + "\n";
        Result<AnnotatedDocument> read = BratReader::read(txt, ann, u"/d/a.txt"_s, u"/d/a.ann"_s);
        QVERIFY(!read);
        QVERIFY2(read.error().startsWith(u"a.ann, line 2: "_s), qPrintable(read.error()));
        QVERIFY2(read.error().contains(saying), qPrintable(read.error()));
    }

    void textMustBeUtf8()
    {
        const QByteArray cp1256 = encodeWithIcu(u"بغداد"_s, "windows-1256");
        QVERIFY(!cp1256.isEmpty());
        Result<AnnotatedDocument> read = BratReader::read(cp1256, "", u"a.txt"_s, u"a.ann"_s);
        QVERIFY(!read);
        QVERIFY2(read.error().contains(u"a.txt is not valid UTF-8"_s), qPrintable(read.error()));
    }

    void configurationListsLabelsAndColours()
    {
        const QList<Label> labels = {{u"PERS"_s, u"#e6194b"_s, u"1"_s, {}},
                                     {u"NEW LABEL"_s, {}, {}, {}}};
        const QString conf = QString::fromUtf8(BratWriter::annotationConf(labels));
        QVERIFY(conf.startsWith(u"[entities]\nPERS\nNEW_LABEL\n"_s));
        QVERIFY(conf.contains(u"[relations]"_s));
        const QString visual = QString::fromUtf8(BratWriter::visualConf(labels));
        QVERIFY(visual.contains(u"PERS\tbgColor:#e6194b"_s));
    }
};

QTEST_GUILESS_MAIN(TestBrat)
#include "test_brat.moc"
