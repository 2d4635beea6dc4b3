// CSV of mentions: RFC 4180 quoting, UTF-8 with BOM, code point offsets, entity names.
#include "iotestutil.h"

#include "io/csvwriter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::iotest;

class TestCsv final : public QObject {
    Q_OBJECT

private slots:
    void headerHasBomAndColumns()
    {
        const QByteArray header = CsvWriter::header();
        QVERIFY(header.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(header.mid(3), QByteArray("document_id,title,start,end,surface,label,status,"
                                           "source,confidence,entity_id,entity_name,annotator\r\n"));
    }

    void quotesOnlyWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"مصطفى الكاظمي"_s << u"مصطفى الكاظمي"_s;
        QTest::newRow("arabic comma needs nothing") << u"بغداد، عمان"_s << u"بغداد، عمان"_s;
        QTest::newRow("comma") << u"بغداد, عمان"_s << u"\"بغداد, عمان\""_s;
        QTest::newRow("quote") << u"قال \"نعم\""_s << u"\"قال \"\"نعم\"\"\""_s;
        QTest::newRow("line break") << u"سطر\nسطر"_s << u"\"سطر\nسطر\""_s;
        QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    }

    void quotesOnlyWhatNeedsIt()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(CsvWriter::field(value), field);
    }

    void rowsUseCodePointsAndNameEntities()
    {
        AnnotatedDocument document = newsDocument();
        document.document.id = 42;
        document.document.title = u"وفد، \"عاجل\", اليوم"_s;
        document.annotations[3].entityId = 7;
        document.annotations[3].confidence = 0.875;
        document.entities.insert(7, Entity{7, u"مصطفى الكاظمي"_s, u"PERS"_s, {}});
        const QString rows = QString::fromUtf8(CsvWriter::rows(document));
        const QStringList lines = rows.split(u"\r\n"_s);
        QCOMPARE(lines.size(), document.annotations.size() + 1);
        const Span kadhimi = newsSpans().at(3);
        QCOMPARE(lines.at(3), u"42,\"وفد، \"\"عاجل\"\", اليوم\",%1,%2,الكاظمي,PERS,accepted,analyst,"
                              "0.875,7,مصطفى الكاظمي,huda"_s.arg(kadhimi.start - 1)
                                  .arg(kadhimi.end - 1));
        QVERIFY2(lines.at(0).endsWith(u",PERS,accepted,analyst,1,,,huda"_s), qPrintable(lines.at(0)));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "test_csv.moc"
