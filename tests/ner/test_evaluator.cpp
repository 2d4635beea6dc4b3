// Evaluation must give conlleval.pl's numbers: checked on a small hand-made pair whose
// answer is worked out in the comments.
#include "ner/corpus.h"
#include "ner/errors.h"
#include "ner/evaluator.h"

#include "ner/hashing.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam::ner;

class TestNerEvaluator final : public QObject {
    Q_OBJECT

private slots:
    void handMadePair()
    {
        // Gold (sentence 1): قال/O الرئيس/O جورج/B-PERS بوش/I-PERS في/O واشنطن/B-LOC
        // Guess (sentence 1): قال/O الرئيس/O جورج/B-PERS بوش/O   في/O واشنطن/B-LOC
        //   gold chunks: PERS[2,4) LOC[5,6); guessed: PERS[2,3) LOC[5,6); correct: LOC only.
        // Gold (sentence 2): وأعلنت/O الأمم/B-ORG المتحدة/I-ORG أمس/O
        // Guess (sentence 2): وأعلنت/O الأمم/O   المتحدة/I-ORG أمس/O
        //   gold: ORG[1,3); guessed: the I-ORG after O starts a chunk ORG[2,3) (conlleval);
        //   bounds differ, so not correct.
        // Gold (sentence 3): زار/O بغداد/B-LOC ./O     Guess: زار/O بغداد/B-ORG ./O
        //   gold LOC[1,2); guessed ORG[1,2): wrong type.
        // Totals: gold 4 chunks, guessed 4, correct 1 → P = R = 25.00, F1 = 25.00.
        // Per type: LOC gold 2, guessed 1, correct 1 → P 100, R 50, F1 66.67;
        //           PERS 1/1/0; ORG gold 1, guessed 2, correct 0 → all 0.
        // Tokens: 13, of which wrong: بوش, الأمم, بغداد → accuracy 10/13 = 76.92%.
        Evaluator evaluator;
        evaluator.addSentence({u"O"_s, u"O"_s, u"B-PERS"_s, u"I-PERS"_s, u"O"_s, u"B-LOC"_s},
                              {u"O"_s, u"O"_s, u"B-PERS"_s, u"O"_s, u"O"_s, u"B-LOC"_s});
        evaluator.addSentence({u"O"_s, u"B-ORG"_s, u"I-ORG"_s, u"O"_s}, {u"O"_s, u"O"_s, u"I-ORG"_s, u"O"_s});
        evaluator.addSentence({u"O"_s, u"B-LOC"_s, u"O"_s}, {u"O"_s, u"B-ORG"_s, u"O"_s});
        const Evaluation result = evaluator.result();
        QCOMPARE(result.tokens, 13);
        QCOMPARE(result.correctTags, 10);
        QCOMPARE(result.overall.gold, 4);
        QCOMPARE(result.overall.guessed, 4);
        QCOMPARE(result.overall.correct, 1);
        QCOMPARE(QString::number(result.overall.f1(), 'f', 2), u"25.00"_s);
        QCOMPARE(result.byType[u"LOC"_s].gold, 2);
        QCOMPARE(result.byType[u"LOC"_s].guessed, 1);
        QCOMPARE(result.byType[u"LOC"_s].correct, 1);
        QCOMPARE(QString::number(result.byType[u"LOC"_s].f1(), 'f', 2), u"66.67"_s);
        QCOMPARE(result.byType[u"ORG"_s].guessed, 2);
        QCOMPARE(result.byType[u"ORG"_s].correct, 0);
        QCOMPARE(result.byType[u"PERS"_s].correct, 0);
        // conlleval's own lines
        const QString report = result.report();
        QVERIFY2(report.startsWith(u"processed 13 tokens with 4 phrases; found: 4 phrases; correct: 1.\n"_s), qPrintable(report));
        QVERIFY2(report.contains(u"accuracy:  76.92%; precision:  25.00%; recall:  25.00%; FB1:  25.00\n"_s), qPrintable(report));
        QVERIFY2(report.contains(u"              LOC: precision: 100.00%; recall:  50.00%; FB1:  66.67  1\n"_s), qPrintable(report));
    }

    void insideAfterOutsideStartsAChunk()
    {
        // Both sides write the same ill-formed I-LOC after O: conlleval counts one chunk, correct.
        Evaluator evaluator;
        evaluator.addSentence({u"O"_s, u"I-LOC"_s, u"I-LOC"_s}, {u"O"_s, u"I-LOC"_s, u"I-LOC"_s});
        // I-PERS right after B-LOC: a type change ends one chunk and starts another.
        evaluator.addSentence({u"B-LOC"_s, u"I-PERS"_s}, {u"B-LOC"_s, u"B-PERS"_s});
        const Evaluation result = evaluator.result();
        QCOMPARE(result.overall.gold, 3);
        QCOMPARE(result.overall.guessed, 3);
        QCOMPARE(result.overall.correct, 3);  // B-PERS and I-PERS both start the PERS chunk here
    }

    void agreesWithConllevalOnMessyLabels()
    {
        // 300 sentences of random labels, ill-formed IOB2 and hyphenated types included. The
        // expected lines are what conlleval.pl (version 2004-01-26) prints for this corpus
        // (set ALAM_DUMP_CONLL=FILE to write it out and check).
        const QStringList labels{u"O"_s, u"O"_s, u"O"_s, u"B-PERS"_s, u"I-PERS"_s, u"B-LOC"_s, u"I-LOC"_s,
                                 u"I-ORG"_s, u"B-ORG"_s, u"B-MISC-X"_s, u"I-MISC-X"_s};
        SplitMix random(2024);
        Evaluator evaluator;
        QByteArray dump;
        for (int s = 0; s < 300; ++s) {
            QStringList gold, guess;
            for (int t = 0, n = 1 + int(random.below(12)); t < n; ++t) {
                gold.append(labels.at(qsizetype(random.below(quint64(labels.size())))));
                guess.append(labels.at(qsizetype(random.below(quint64(labels.size())))));
                dump += "w " + gold.last().toUtf8() + ' ' + guess.last().toUtf8() + '\n';
            }
            dump += '\n';
            evaluator.addSentence(gold, guess);
        }
        if (const QByteArray path = qgetenv("ALAM_DUMP_CONLL"); !path.isEmpty()) {
            QFile file(QString::fromLocal8Bit(path));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(dump);
        }
        const QString expected =
                                 u"processed 1997 tokens with 1380 phrases; found: 1332 phrases; correct: 207.\n"
                                 u"accuracy:  14.47%; precision:  15.54%; recall:  15.00%; FB1:  15.27\n"
                                 u"              LOC: precision:  15.52%; recall:  15.65%; FB1:  15.58  348\n"
                                 u"           MISC-X: precision:  14.38%; recall:  13.39%; FB1:  13.87  313\n"
                                 u"              ORG: precision:  15.55%; recall:  14.91%; FB1:  15.22  328\n"
                                 u"             PERS: precision:  16.62%; recall:  15.97%; FB1:  16.29  343\n"_s;
        QCOMPARE(evaluator.result().report(), expected);
    }

    void chunkOpenAtTheEndIsCounted()
    {
        Evaluator evaluator;
        evaluator.addToken(u"B-ORG"_s, u"B-ORG"_s);  // no boundary after it
        QCOMPARE(evaluator.result().overall.correct, 1);
    }

    void corporaMustLineUp()
    {
        TaggedSentence a{{u"بغداد"_s}, {u"B-LOC"_s}, false};
        TaggedSentence b{{u"البصرة"_s}, {u"B-LOC"_s}, false};
        QVERIFY(!Evaluator::evaluate({a}, {b}).ok());
        QVERIFY(!Evaluator::evaluate({a}, {a, a}).ok());
        QCOMPARE(Evaluator::evaluate({a}, {a})->overall.f1(), 100.0);
    }

    void conllReadingKeepsTokensAndBreaks()
    {
        const QByteArray text = "أعلن O\nاتحاد B-ORG\nصناعة I-ORG\n\n\nفي O\nألمانيا B-LOC\n";
        auto sentences = parseConll(text, u"test.conll"_s);
        QVERIFY(sentences.ok());
        QCOMPARE(sentences->size(), 2);
        QCOMPARE(sentences->at(0).tokens, (QStringList{u"أعلن"_s, u"اتحاد"_s, u"صناعة"_s}));
        QCOMPARE(sentences->at(1).labels, (QStringList{u"O"_s, u"B-LOC"_s}));
        QCOMPARE(toConll(*sentences), QByteArray("أعلن O\nاتحاد B-ORG\nصناعة I-ORG\n\nفي O\nألمانيا B-LOC\n\n"));
        auto broken = parseConll("أعلن O\nاتحاد B-ORG extra\n", u"bad.conll"_s);
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().contains(u"bad.conll"_s) && broken.error().contains(u'2'), qPrintable(broken.error()));
    }

    void spansAndRepair()
    {
        const QStringList labels{u"O"_s, u"I-PERS"_s, u"I-PERS"_s, u"B-LOC"_s, u"I-ORG"_s};
        const QList<LabelledSpan> spans = spansOf(labels);
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans[0].firstToken, 1);
        QCOMPARE(spans[0].lastToken, 3);
        QCOMPARE(spans[2].type, u"ORG"_s);
        QCOMPARE(repairIob2(labels),
                 (QStringList{u"O"_s, u"B-PERS"_s, u"I-PERS"_s, u"B-LOC"_s, u"B-ORG"_s}));
    }

    void errorSummaryCountsKinds()
    {
        TaggedSentence gold{{u"زار"_s, u"جورج"_s, u"بوش"_s, u"بغداد"_s, u"أمس"_s},
                            {u"O"_s, u"B-PERS"_s, u"I-PERS"_s, u"B-LOC"_s, u"O"_s}, false};
        TaggedSentence guess = gold;
        guess.labels = {u"B-ORG"_s, u"B-PERS"_s, u"O"_s, u"B-ORG"_s, u"O"_s};
        const ErrorSummary summary = summariseErrors({gold}, {guess});
        QCOMPARE(summary.wrongBounds, 1);  // جورج بوش → جورج
        QCOMPARE(summary.wrongType, 1);    // بغداد LOC → ORG
        QCOMPARE(summary.spurious, 1);     // زار
        QCOMPARE(summary.tokens[u"LOC"_s][u"ORG"_s], 1);
    }
};

QTEST_GUILESS_MAIN(TestNerEvaluator)
#include "test_evaluator.moc"
