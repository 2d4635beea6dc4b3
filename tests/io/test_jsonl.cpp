// JSON Lines: doccano's two forms, code point offsets, errors with line numbers, and what the
// writer writes.
#include "iotestutil.h"

#include "io/codepoints.h"
#include "io/jsonlreader.h"
#include "io/jsonlwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::iotest;

class TestJsonl final : public QObject {
    Q_OBJECT

private slots:
    void readsDoccanoLabelForm()
    {
        // «😀 Mustafa al-Kadhimi visited Baghdad»: offsets count the emoji as one character.
        const QString jsonl = uR"({"text": "😀 زار مصطفى الكاظمي بغداد", )"
                              uR"("label": [[2, 5, "MISC"], [6, 19, "PERS"], [20, 25, "LOC"]]})"_s;
        Result<QList<AnnotatedDocument>> read = JsonlReader::read(jsonl, u"/x/doccano.jsonl"_s);
        QVERIFY2(read, why(read));
        const AnnotatedDocument& document = read->first();
        const QString& text = document.document.text;
        QCOMPARE(spansOf(document.annotations),
                 (QList<Span>{spanOf(text, u"زار"_s, u"MISC"_s),
                              spanOf(text, u"مصطفى الكاظمي"_s, u"PERS"_s),
                              spanOf(text, u"بغداد"_s, u"LOC"_s)}));
        QCOMPARE(toString(document.annotations.first().status), u"accepted"_s);
        QCOMPARE(toString(document.annotations.first().source), u"import"_s);
        QCOMPARE(document.document.title, text);  // no title: the first line
    }

    void readsLabelsKeyAndNewerEntitiesForm()
    {
        const QString jsonl =
            uR"({"id": 4, "title": "خبر", "text": "وصل الوفد إلى عمان", "labels": [[14, 18, "LOC"]]})"
            u"\n\n"
            uR"({"text": "شركة Microsoft في عمان", "entities": [{"id": 9, "start_offset": 5, )"
            uR"("end_offset": 14, "label": "ORG", "status": "edited", "annotator": "huda", )"
            uR"("confidence": 0.5, "entity_id": 77, "entity_name": "مايكروسوفت"}], )"
            uR"("status": "reviewed", "reviewer": "huda"})"_s;
        Result<QList<AnnotatedDocument>> read = JsonlReader::read(jsonl, u"x.jsonl"_s);
        QVERIFY2(read, why(read));
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0).document.title, u"خبر"_s);
        QCOMPARE(spansOf(read->at(0).annotations), (QList<Span>{Span{14, 18, u"LOC"_s}}));

        const AnnotatedDocument& second = read->at(1);
        QCOMPARE(toString(second.document.status), u"reviewed"_s);
        QCOMPARE(second.document.reviewer, u"huda"_s);
        QCOMPARE(second.annotations.size(), 1);
        const Annotation& a = second.annotations.first();
        QCOMPARE(second.document.text.mid(a.start, a.end - a.start), u"Microsoft"_s);
        QCOMPARE(toString(a.status), u"edited"_s);
        QCOMPARE(a.annotator, u"huda"_s);
        QCOMPARE(a.confidence, 0.5);
        QCOMPARE(a.entityId, 77);
        QCOMPARE(second.entities.value(77).name, u"مايكروسوفت"_s);
        QCOMPARE(second.entities.value(77).label, u"ORG"_s);
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QString>("badLine");
        QTest::addColumn<QString>("saying");
        QTest::newRow("not JSON") << u"{\"text\": \"بغداد\", "_s << u"not valid JSON"_s;
        QTest::newRow("not an object") << u"[1, 2]"_s << u"not a JSON object"_s;
        QTest::newRow("no text") << u"{\"label\": []}"_s << u"no \"text\""_s;
        QTest::newRow("end past text")
            << uR"({"text": "بغداد 😀", "label": [[0, 8, "LOC"]]})"_s << u"outside the text of 7"_s;
        QTest::newRow("negative") << uR"({"text": "بغداد", "label": [[-1, 3, "LOC"]]})"_s
                                  << u"outside the text"_s;
        QTest::newRow("start after end")
            << uR"({"text": "بغداد", "label": [[3, 3, "LOC"]]})"_s << u"does not end after"_s;
        QTest::newRow("fractional") << uR"({"text": "بغداد", "label": [[0.5, 3, "LOC"]]})"_s
                                    << u"outside the text"_s;
        QTest::newRow("short span") << uR"({"text": "بغداد", "label": [[0, 3]]})"_s
                                    << u"not [start, end, \"LABEL\"]"_s;
        QTest::newRow("bad entity")
            << uR"({"text": "بغداد", "entities": [{"start_offset": 0, "label": "LOC"}]})"_s
            << u"lacks start_offset"_s;
        QTest::newRow("bad status")
            << uR"({"text": "بغداد", "status": "done"})"_s << u"«done» is not new"_s;
    }

    void errorsNameTheLine()
    {
        QFETCH(QString, badLine);
        QFETCH(QString, saying);
        const QString jsonl = uR"({"text": "عمان", "label": [[0, 4, "LOC"]]})"_s + u"\n\n"_s
                              + badLine + u"\n"_s;
        Result<QList<AnnotatedDocument>> read = JsonlReader::read(jsonl, u"/in/set.jsonl"_s);
        QVERIFY(!read);
        QVERIFY2(read.error().startsWith(u"set.jsonl, line 3: "_s), qPrintable(read.error()));
        QVERIFY2(read.error().contains(saying), qPrintable(read.error()));
    }

    void emptyFileIsAnError()
    {
        Result<QList<AnnotatedDocument>> read = JsonlReader::read(u"\n  \n"_s, u"e.jsonl"_s);
        QVERIFY(!read);
        QVERIFY2(read.error().contains(u"no documents"_s), qPrintable(read.error()));
    }

    void writerUsesCodePointsAndDoccanoKeys()
    {
        AnnotatedDocument document = newsDocument();
        document.document.id = 12;
        document.document.status = ReviewStatus::Reviewed;
        document.annotations[0].id = 5;
        document.annotations[0].entityId = 3;
        document.entities.insert(3, Entity{3, u"مصطفى الكاظمي"_s, u"PERS"_s, {}});
        const QByteArray line = JsonlWriter::write(document);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        QVERIFY(line.contains("وفد"));  // UTF-8, not \u escapes

        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QCOMPARE(object.value(u"id"_s).toInteger(), 12);
        QCOMPARE(object.value(u"text"_s).toString(), document.document.text);
        QCOMPARE(object.value(u"direction"_s).toString(), u"rtl"_s);
        QCOMPARE(object.value(u"status"_s).toString(), u"reviewed"_s);

        const CodePointMap map(document.document.text);
        const QJsonArray labels = object.value(u"label"_s).toArray();
        QCOMPARE(labels.size(), document.annotations.size());
        // «الكاظمي» in line 2 follows the emoji: one less in code points than in UTF-16.
        const Annotation& kadhimi = document.annotations[3];
        QCOMPARE(labels[3].toArray()[0].toInt(), kadhimi.start - 1);
        QCOMPARE(labels[3].toArray()[1].toInt(), map.toCodePoint(kadhimi.end));
        QCOMPARE(labels[3].toArray()[2].toString(), u"PERS"_s);

        const QJsonObject entity = object.value(u"entities"_s).toArray()[0].toObject();
        QCOMPARE(entity.value(u"id"_s).toInteger(), 5);
        QCOMPARE(entity.value(u"start_offset"_s).toInt(), document.annotations[0].start);
        QCOMPARE(entity.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(entity.value(u"annotator"_s).toString(), u"huda"_s);
        QCOMPARE(entity.value(u"entity_id"_s).toInteger(), 3);
        QCOMPARE(entity.value(u"entity_name"_s).toString(), u"مصطفى الكاظمي"_s);
    }

    void directionIsWhereMostOfTheTextReads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("direction");
        // An Arabic article that opens with a Latin name reads right to left.
        QTest::newRow("Latin first") << u"BBC: قال رئيس الوزراء إن الحكومة ستعرض الموازنة."_s
                                     << u"rtl"_s;
        QTest::newRow("Arabic") << u"وصل الوفد إلى عمان."_s << u"rtl"_s;
        QTest::newRow("English") << u"The delegation reached Amman (عمان) today."_s << u"ltr"_s;
        QTest::newRow("no letters") << u"2024 - 15%"_s << u"rtl"_s;
    }

    void directionIsWhereMostOfTheTextReads()
    {
        QFETCH(QString, text);
        QFETCH(QString, direction);
        AnnotatedDocument document;
        document.document.text = text;
        const QJsonObject object = QJsonDocument::fromJson(JsonlWriter::write(document)).object();
        QCOMPARE(object.value(u"direction"_s).toString(), direction);
    }

    void lineEndsAreNormalisedAndOffsetsFollow()
    {
        // Offsets count the text as written, "\r" included; the stored text has "\n" only.
        const QString raw = u"سطر أول\r\nزار الكاظمي 😀 بغداد\rثم عاد\r\n"_s;
        const CodePointMap map(raw);
        const int start = map.toCodePoint(int(raw.indexOf(u"بغداد"_s)));
        QJsonObject object{{u"text"_s, raw},
                           {u"label"_s, QJsonArray{QJsonArray{start, start + 5, u"LOC"_s}}}};
        const QString line = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        Result<QList<AnnotatedDocument>> read = JsonlReader::read(line, u"crlf.jsonl"_s);
        QVERIFY2(read, why(read));
        const QString stored = read->first().document.text;
        QCOMPARE(stored, u"سطر أول\nزار الكاظمي 😀 بغداد\nثم عاد\n"_s);
        const Annotation& a = read->first().annotations.first();
        QCOMPARE(stored.mid(a.start, a.end - a.start), u"بغداد"_s);
    }

    void readerReadsWhatWriterWrites()
    {
        AnnotatedDocument document = newsDocument();
        document.document.text += u"\n\n  سطر أخير بعد فقرة فارغة 🇮🇶\n"_s;  // exact, not rebuilt
        const QByteArray written = JsonlWriter::write(document) + JsonlWriter::write(document);
        Result<QList<AnnotatedDocument>> read =
            JsonlReader::read(QString::fromUtf8(written), u"x.jsonl"_s);
        QVERIFY2(read, why(read));
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(1).document.text, document.document.text);
        QCOMPARE(read->at(1).document.title, document.document.title);
        QCOMPARE(spansOf(read->at(1).annotations), newsSpans());
    }
};

QTEST_GUILESS_MAIN(TestJsonl)
#include "test_jsonl.moc"
