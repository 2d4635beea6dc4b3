// CoNLL labels (IOB1, IOB2, BIOES), the reader (spacing, documents, errors with line numbers)
// and the writer (whitespace tokens as in ANERcorp, clitic-split tokens), in memory.
#include "iotestutil.h"

#include "io/conllreader.h"
#include "io/conlltags.h"
#include "io/conllwriter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::iotest;

namespace {

QList<ConllTag> tagsOf(const QStringList& labels)
{
    QList<ConllTag> tags;
    for (const QString& label : labels) {
        QString problem;
        const auto tag = ConllTags::parse(label, &problem);
        if (!tag)
            qWarning().noquote() << problem;
        tags.append(tag.value_or(ConllTag{}));
    }
    return tags;
}

QString spansText(const QList<TokenSpan>& spans)
{
    QStringList parts;
    for (const TokenSpan& span : spans)
        parts << u"%1-%2:%3"_s.arg(span.firstToken).arg(span.endToken).arg(span.type);
    return parts.join(u' ');
}

// The lines of a CoNLL block without the document header.
QStringList linesOf(const QString& block)
{
    QStringList lines = block.split(u'\n');
    lines.removeFirst();  // -DOCSTART- O
    lines.removeFirst();  // its blank line
    return lines;
}

}  // namespace

class TestConll final : public QObject {
    Q_OBJECT

private slots:
    void decodesEverySchemeWithOneSetOfRules_data()
    {
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QString>("spans");
        QTest::newRow("IOB2") << QStringList{u"B-PERS"_s, u"I-PERS"_s, u"O"_s, u"B-LOC"_s}
                              << u"0-2:PERS 3-4:LOC"_s;
        QTest::newRow("IOB2 adjacent") << QStringList{u"B-LOC"_s, u"B-LOC"_s, u"I-LOC"_s}
                                       << u"0-1:LOC 1-3:LOC"_s;
        QTest::newRow("IOB1 I after O") << QStringList{u"O"_s, u"I-PERS"_s, u"I-PERS"_s}
                                        << u"1-3:PERS"_s;
        QTest::newRow("IOB1 type change") << QStringList{u"I-ORG"_s, u"I-LOC"_s}
                                          << u"0-1:ORG 1-2:LOC"_s;
        QTest::newRow("IOB1 B between same type")
            << QStringList{u"I-LOC"_s, u"B-LOC"_s, u"I-LOC"_s} << u"0-1:LOC 1-3:LOC"_s;
        QTest::newRow("BIOES") << QStringList{u"S-LOC"_s, u"B-ORG"_s, u"I-ORG"_s, u"E-ORG"_s,
                                              u"S-LOC"_s, u"S-LOC"_s}
                               << u"0-1:LOC 1-4:ORG 4-5:LOC 5-6:LOC"_s;
        QTest::newRow("BILOU") << QStringList{u"U-PERS"_s, u"B-ORG"_s, u"L-ORG"_s}
                               << u"0-1:PERS 1-3:ORG"_s;
        QTest::newRow("E without B") << QStringList{u"O"_s, u"E-MISC"_s} << u"1-2:MISC"_s;
    }

    void decodesEverySchemeWithOneSetOfRules()
    {
        QFETCH(QStringList, labels);
        QFETCH(QString, spans);
        QCOMPARE(spansText(ConllTags::decode(tagsOf(labels))), spans);
    }

    void refusesMalformedLabels_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("saying");
        QTest::newRow("unknown prefix") << u"X-PERS"_s << u"unknown prefix «X»"_s;
        QTest::newRow("no type") << u"B-"_s << u"no type"_s;
        QTest::newRow("no prefix") << u"PERS"_s << u"not a label"_s;
        QTest::newRow("lower-case o") << u"o"_s << u"not a label"_s;
    }

    void refusesMalformedLabels()
    {
        QFETCH(QString, label);
        QFETCH(QString, saying);
        QString problem;
        QVERIFY(!ConllTags::parse(label, &problem));
        QVERIFY2(problem.contains(saying), qPrintable(problem));
    }

    void encodesIob2AndBioes()
    {
        const QList<TokenSpan> spans = {{0, 1, u"LOC"_s}, {2, 5, u"ORG"_s}, {5, 7, u"PERS"_s}};
        QCOMPARE(ConllTags::encode(7, spans, TagScheme::Iob2),
                 (QStringList{u"B-LOC"_s, u"O"_s, u"B-ORG"_s, u"I-ORG"_s, u"I-ORG"_s,
                              u"B-PERS"_s, u"I-PERS"_s}));
        QCOMPARE(ConllTags::encode(7, spans, TagScheme::Bioes),
                 (QStringList{u"S-LOC"_s, u"O"_s, u"B-ORG"_s, u"I-ORG"_s, u"E-ORG"_s,
                              u"B-PERS"_s, u"E-PERS"_s}));
    }

    void readerRebuildsTextAndSpans()
    {
        // Tabs or runs of spaces; extra middle columns (CoNLL-2003) ignored; the label last.
        const QString conll = u"أعلن O\n"
                              "مكتب\tB-ORG\n"
                              "الكاظمي  NNP  I-ORG\n"
                              "( O\n"
                              "بغداد S-LOC\n"
                              ") O\n"
                              "، O\n"
                              "« O\n"
                              "اليوم O\n"
                              "» O\n"
                              ". O\n"
                              "\n"
                              "وقال O\n"
                              "و+ O\n"
                              "واشنطن B-LOC\n"
                              "؟ O\n"_s;
        Result<QList<AnnotatedDocument>> read = ConllReader::read(conll, u"/data/news.conll"_s);
        QVERIFY2(read, why(read));
        QCOMPARE(read->size(), 1);
        const AnnotatedDocument& document = read->first();
        const QString expected = u"أعلن مكتب الكاظمي (بغداد)، «اليوم».\nوقال وواشنطن؟"_s;
        QCOMPARE(document.document.text, expected);
        QCOMPARE(spansOf(document.annotations),
                 (QList<Span>{spanOf(expected, u"مكتب الكاظمي"_s, u"ORG"_s),
                              spanOf(expected, u"بغداد"_s, u"LOC"_s),
                              Span{int(expected.indexOf(u"وواشنطن"_s)) + 1,
                                   int(expected.indexOf(u"وواشنطن"_s)) + 7, u"LOC"_s}}));
        for (const Annotation& a : document.annotations) {
            QCOMPARE(toString(a.status), u"accepted"_s);
            QCOMPARE(toString(a.source), u"import"_s);
        }
        QCOMPARE(document.document.title, u"أعلن مكتب الكاظمي (بغداد)، «اليوم»."_s);
    }

    void tabSeparatedTokensMayHoldSpaces()
    {
        // With tabs the token is the whole first column, spaces and all; a line without a tab
        // in the same file is still split on spaces.
        const QString conll = u"زار\tO\n"
                              "New York\tNNP\tB-LOC\n"
                              "City\tI-LOC\n"
                              "وفد O\n"
                              "\t\n"
                              "عاد\t O \n"_s;
        Result<QList<AnnotatedDocument>> read = ConllReader::read(conll, u"tabs.conll"_s);
        QVERIFY2(read, why(read));
        const QString expected = u"زار New York City وفد\nعاد"_s;
        QCOMPARE(read->first().document.text, expected);
        QCOMPARE(spansOf(read->first().annotations),
                 (QList<Span>{spanOf(expected, u"New York City"_s, u"LOC"_s)}));
    }

    void straightQuotesPairAndTatweelPrefixJoins()
    {
        // «A source told "al-Araby al-Jadeed" that 'the agreement' is near.»
        const QString conll = u"قال O\nمصدر O\nلـ O\n\" O\nالعربي B-ORG\nالجديد I-ORG\n\" O\n"
                              "إن O\n' O\nالاتفاق O\n' O\nقريب O\n. O\n"_s;
        Result<QList<AnnotatedDocument>> read = ConllReader::read(conll, u"quotes.conll"_s);
        QVERIFY2(read, why(read));
        const QString expected = u"قال مصدر لـ\"العربي الجديد\" إن 'الاتفاق' قريب."_s;
        QCOMPARE(read->first().document.text, expected);
        QCOMPARE(spansOf(read->first().annotations),
                 (QList<Span>{spanOf(expected, u"العربي الجديد"_s, u"ORG"_s)}));
    }

    void quotedTextRoundTrips_data()
    {
        QTest::addColumn<bool>("clitics");
        QTest::newRow("whole tokens") << false;
        QTest::newRow("clitic-split") << true;
    }

    void quotedTextRoundTrips()
    {
        // A quote across a sentence end (CoNLL's sentences come back one per line) pairs
        // within the document.
        QFETCH(bool, clitics);
        AnnotatedDocument original;
        original.document.text =
            u"وقال لـ\"العربي الجديد\": \"لن نتراجع.\nالقرار نهائي\".\nوأضاف أن 'الحوار' مستمر."_s;
        Annotation org;
        org.start = int(original.document.text.indexOf(u"العربي الجديد"_s));
        org.end = org.start + 13;
        org.label = u"ORG"_s;
        original.annotations << org;
        const QString written = ConllWriter::write(original, {TagScheme::Iob2, clitics});
        Result<QList<AnnotatedDocument>> read = ConllReader::read(written, u"q.conll"_s);
        QVERIFY2(read, why(read));
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->first().document.text, original.document.text);
        QCOMPARE(spansOf(read->first().annotations), spansOf(original.annotations));
    }

    void docStartSplitsDocuments()
    {
        const QString conll = u"-DOCSTART- -X- O O\n\nبغداد NNP B-NP S-LOC\n\n"
                              "-DOCSTART- O\n\nعمان S-LOC\n. O\n\nالقاهرة S-LOC\n"_s;
        Result<QList<AnnotatedDocument>> read = ConllReader::read(conll, u"x.conll"_s);
        QVERIFY2(read, why(read));
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0).document.text, u"بغداد"_s);
        QCOMPARE(read->at(1).document.text, u"عمان.\nالقاهرة"_s);
        QCOMPARE(read->at(1).annotations.size(), 2);
    }

    void withoutDocStartSentencesAreGrouped()
    {
        QString conll;
        for (int i = 0; i < 7; ++i)
            conll += u"جملة O\n%1 O\n. O\n\n"_s.arg(i);
        Result<QList<AnnotatedDocument>> grouped =
            ConllReader::read(conll, u"x.conll"_s, ConllReadOptions{3});
        QVERIFY2(grouped, why(grouped));
        QCOMPARE(grouped->size(), 3);  // 3 + 3 + 1
        QCOMPARE(grouped->at(0).document.text, u"جملة 0.\nجملة 1.\nجملة 2."_s);
        QCOMPARE(grouped->at(2).document.text, u"جملة 6."_s);
        Result<QList<AnnotatedDocument>> whole =
            ConllReader::read(conll, u"x.conll"_s, ConllReadOptions{0});
        QVERIFY2(whole, why(whole));
        QCOMPARE(whole->size(), 1);
    }

    void malformedLinesNameFileAndLine_data()
    {
        QTest::addColumn<QString>("conll");
        QTest::addColumn<QString>("expected");
        QTest::newRow("token without label")
            << u"بغداد B-LOC\n\nعمان\n"_s << u"news.conll, line 3: the token «عمان» has no label"_s;
        QTest::newRow("unknown prefix")
            << u"مصطفى X-PERS\n"_s << u"news.conll, line 1: the label «X-PERS» has the unknown"_s;
        QTest::newRow("label without type")
            << u"أعلن O\nمصطفى B-\n"_s << u"news.conll, line 2: the label «B-» has no type"_s;
        QTest::newRow("no tokens") << u"\n\n-DOCSTART- O\n\n"_s << u"news.conll holds no tokens"_s;
    }

    void malformedLinesNameFileAndLine()
    {
        QFETCH(QString, conll);
        QFETCH(QString, expected);
        Result<QList<AnnotatedDocument>> read = ConllReader::read(conll, u"/in/news.conll"_s);
        QVERIFY(!read);
        QVERIFY2(read.error().startsWith(expected), qPrintable(read.error()));
    }

    void writerGivesWholeTokensTheSpanLabel()
    {
        const AnnotatedDocument document = newsDocument();
        const QString block = ConllWriter::write(document, {});
        QVERIFY(block.startsWith(u"-DOCSTART- O\n\n"_s));
        const QStringList lines = linesOf(block);
        QVERIFY(lines.contains(u"مصطفى B-PERS"_s));
        QVERIFY(lines.contains(u"الكاظمي I-PERS"_s));
        QVERIFY(lines.contains(u"وواشنطن B-LOC"_s));  // ANERcorp: the token takes the label
        QVERIFY(lines.contains(u"للحكومة B-ORG"_s));
        QVERIFY(lines.contains(u"العراقية I-ORG"_s));
        QVERIFY(lines.contains(u"🙂 O"_s));
        QVERIFY(lines.contains(u"Microsoft B-ORG"_s));
        QVERIFY(lines.contains(u"3 O"_s));
        // One sentence per block: three blocks, each ending in a blank line.
        QCOMPARE(block.count(u"\n\n"_s), 4);
        QVERIFY(block.endsWith(u". O\n\n"_s));
    }

    void writerSplitsCliticsWhenAsked()
    {
        const QString block = ConllWriter::write(newsDocument(), {TagScheme::Bioes, true});
        const QStringList lines = linesOf(block);
        const qsizetype waw = lines.indexOf(u"و+ O"_s);
        QVERIFY(waw > 0);
        QCOMPARE(lines.at(waw + 1), u"واشنطن S-LOC"_s);
        const qsizetype lam = lines.indexOf(u"ل+ O"_s);
        QVERIFY(lam > 0);
        QCOMPARE(lines.at(lam + 1), u"لحكومة B-ORG"_s);
        QCOMPARE(lines.at(lam + 2), u"العراقية E-ORG"_s);
        QVERIFY(lines.contains(u"وقال O"_s));  // no span: the token stays whole
    }

    void cliticRunBecomesOnePiecePerClitic()
    {
        AnnotatedDocument document;
        document.document.text = u"وصل الوفد وبغداد تنتظر"_s;  // «وبغداد»: و + بغداد? the span says
        const int start = int(document.document.text.indexOf(u"بغداد"_s));
        document.annotations.append(annotation(Span{start, start + 5, u"LOC"_s}));
        QStringList lines = linesOf(ConllWriter::write(document, {TagScheme::Iob2, true}));
        QVERIFY2(lines.contains(u"و+ O"_s), qPrintable(lines.join(u" | ")));
        QVERIFY(lines.contains(u"بغداد B-LOC"_s));

        // «وببغداد» = و + ب + بغداد: both clitics stand alone, each marked.
        document.document.text = u"اجتمعوا وببغداد أمس"_s;
        const int inner = int(document.document.text.indexOf(u"ببغداد"_s)) + 1;
        document.annotations = {annotation(Span{inner, inner + 5, u"LOC"_s})};
        lines = linesOf(ConllWriter::write(document, {TagScheme::Iob2, true}));
        const qsizetype waw = lines.indexOf(u"و+ O"_s);
        QVERIFY2(waw >= 0, qPrintable(lines.join(u" | ")));
        QCOMPARE(lines.at(waw + 1), u"ب+ O"_s);
        QCOMPARE(lines.at(waw + 2), u"بغداد B-LOC"_s);
    }

    void spanEndingInsideTokenSplitsTheSuffix()
    {
        AnnotatedDocument document;
        document.document.text = u"الموقف الواشنطني واضح"_s;  // «Washingtonian»: span واشنطن
        const int start = int(document.document.text.indexOf(u"واشنطن"_s));
        document.annotations = {annotation(Span{start, start + 6, u"LOC"_s})};
        const QString block = ConllWriter::write(document, {TagScheme::Iob2, true});
        QVERIFY2(block.contains(u"ال+ O\nواشنطن B-LOC\n+ي O\n"_s), qPrintable(block));
        Result<QList<AnnotatedDocument>> read = ConllReader::read(block, u"x.conll"_s);
        QVERIFY2(read, why(read));
        QCOMPARE(read->first().document.text, document.document.text);
        QCOMPARE(spansOf(read->first().annotations), spansOf(document.annotations));
    }

    void overlappingSpansKeepTheFirst()
    {
        AnnotatedDocument document;
        document.document.text = u"جامعة بغداد"_s;
        document.annotations = {annotation(Span{0, 11, u"ORG"_s}),
                                annotation(Span{6, 11, u"LOC"_s})};
        ConllWriteCounts counts;
        const QString block = ConllWriter::write(document, {}, &counts);
        QCOMPARE(counts.spansWritten, 1);
        QCOMPARE(counts.spansDropped, 1);
        QVERIFY(block.contains(u"جامعة B-ORG\nبغداد I-ORG\n"_s));
    }

    void spanOverSentenceEndKeepsSentencesTogether()
    {
        AnnotatedDocument document;
        document.document.text = u"وصل إلى الولايات المتحدة.\nأ. ب. ج. شركة كبيرة."_s;
        const int start = int(document.document.text.indexOf(u"أ. ب. ج."_s));
        document.annotations = {annotation(Span{start, start + 8, u"ORG"_s})};
        const QString block = ConllWriter::write(document, {});
        QVERIFY2(block.contains(u"أ B-ORG\n. I-ORG\nب I-ORG\n. I-ORG\nج I-ORG\n. I-ORG\n"_s),
                 qPrintable(block));
    }

    void readerReadsWhatWriterWrites_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<bool>("clitics");
        QTest::newRow("IOB2 whole tokens") << int(TagScheme::Iob2) << false;
        QTest::newRow("BIOES whole tokens") << int(TagScheme::Bioes) << false;
        QTest::newRow("IOB2 clitic-split") << int(TagScheme::Iob2) << true;
        QTest::newRow("BIOES clitic-split") << int(TagScheme::Bioes) << true;
    }

    void readerReadsWhatWriterWrites()
    {
        QFETCH(int, scheme);
        QFETCH(bool, clitics);
        const AnnotatedDocument original = newsDocument();
        const QString text = original.document.text;
        const QString written =
            ConllWriter::write(original, {TagScheme(scheme), clitics})
            + ConllWriter::write(original, {TagScheme(scheme), clitics});
        Result<QList<AnnotatedDocument>> read = ConllReader::read(written, u"news.conll"_s);
        QVERIFY2(read, why(read));
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(1).document.text, text);

        QList<Span> expected = newsSpans();
        if (!clitics) {  // whole tokens: the clitic spans grow to their token
            expected[4].start -= 1;
            expected[5].start -= 1;
        }
        QCOMPARE(spansOf(read->at(0).annotations), expected);
    }
};

QTEST_GUILESS_MAIN(TestConll)
#include "test_conll.moc"
