// The tagger's commands run as a real process: train (deterministic), tag (database, CoNLL,
// text), learn, eval (conlleval's numbers and layout), simulate. A tiny model is trained in the
// test, so nothing here needs the shipped model; the check on ANERcorp skips without ../shared.
#include "ner/nertestutil.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include "common/alamprocess.h"
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace alam;

namespace {

using test::readFile;
using test::Run;
using test::runAlam;
using test::writeFile;

// A hand-made gold/guess pair: a PERS cut short, Cairo typed PERS, an I- after O starting a
// chunk (conlleval counts دمشق I-LOC as a correct LOC chunk, yet a wrong tag).
const QByteArray kGold = "زار O\nمحمد B-PERS\nعلي I-PERS\nبغداد B-LOC\n. O\n\n"
                         "قالت O\nوزارة B-ORG\nالخارجية I-ORG\nإن O\nالقاهرة B-LOC\n. O\n\n"
                         "التقى O\nأحمد B-PERS\nحسن I-PERS\nفي O\nدمشق B-LOC\n. O\n"_ba;
const QByteArray kGuess = "زار O\nمحمد B-PERS\nعلي O\nبغداد B-LOC\n. O\n\n"
                          "قالت O\nوزارة B-ORG\nالخارجية I-ORG\nإن O\nالقاهرة B-PERS\n. O\n\n"
                          "التقى O\nأحمد O\nحسن I-PERS\nفي O\nدمشق I-LOC\n. O\n"_ba;
// Worked out by hand: 17 tokens, 4 wrong tags (علي, القاهرة, أحمد, دمشق); 6 gold and 6 guessed
// chunks, 3 correct (بغداد, وزارة الخارجية, دمشق). The same text as conlleval.pl prints.
const QString kExpected =
    u"processed 17 tokens with 6 phrases; found: 6 phrases; correct: 3.\n"
    "accuracy:  76.47%; precision:  50.00%; recall:  50.00%; FB1:  50.00\n"
    "              LOC: precision: 100.00%; recall:  66.67%; FB1:  80.00  2\n"
    "              ORG: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n"
    "             PERS: precision:   0.00%; recall:   0.00%; FB1:   0.00  3\n"_s;

}  // namespace

class TestCliNer final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_home.setPath(m_dir->path());
        QVERIFY(writeFile(path(u"tiny.conll"_s), nertest::kTinyConll));
        const Run trained = runAlam({u"train"_s, u"--conll"_s, path(u"tiny.conll"_s), u"--out"_s, model(),
                                     u"--epochs"_s, u"5"_s},
                                    m_home.path());
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        QVERIFY2(trained.out.contains(u"8 sentences"_s), qPrintable(trained.out));
    }

    void helpListsTheTaggerCommands()
    {
        const Run run = runAlam({u"--help"_s}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        for (const QString& command : {u"tag"_s, u"train"_s, u"learn"_s, u"eval"_s, u"simulate"_s, u"propagate"_s})
            QVERIFY2(run.out.contains(u"  "_s + command), qPrintable(run.out));
        const Run tagHelp = runAlam({u"tag"_s, u"--help"_s}, m_home.path());
        QCOMPARE(tagHelp.exitCode, 0);
        QVERIFY2(tagHelp.out.contains(u"--model"_s) && tagHelp.out.contains(u"--conll"_s), qPrintable(tagHelp.out));
    }

    void usageErrors()
    {
        QCOMPARE(runAlam({u"train"_s, u"--conll"_s, path(u"tiny.conll"_s)}, m_home.path()).exitCode, 2);  // no --out
        QCOMPARE(runAlam({u"train"_s, u"--out"_s, path(u"x.bin"_s)}, m_home.path()).exitCode, 2);        // no input
        QCOMPARE(runAlam({u"train"_s, u"--conll"_s, path(u"tiny.conll"_s), u"--out"_s, path(u"x.bin"_s),
                          u"--epochs"_s, u"zero"_s}, m_home.path()).exitCode, 2);
        QCOMPARE(runAlam({u"tag"_s, u"--conll"_s, path(u"tiny.conll"_s)}, m_home.path()).exitCode, 2);  // no --out
        QCOMPARE(runAlam({u"eval"_s}, m_home.path()).exitCode, 2);
        QCOMPARE(runAlam({u"simulate"_s, u"--gold"_s, path(u"tiny.conll"_s), u"--learn"_s, u"maybe"_s},
                         m_home.path()).exitCode, 2);
        QCOMPARE(runAlam({u"learn"_s, u"--db"_s, db()}, m_home.path()).exitCode, 2);  // no --document
        const Run missing = runAlam({u"eval"_s, u"--gold"_s, path(u"nowhere.conll"_s), u"--model"_s, model()},
                                    m_home.path());
        QCOMPARE(missing.exitCode, 4);
        QVERIFY2(missing.err.contains(u"nowhere.conll"_s), qPrintable(missing.err));
        const Run badModel = runAlam({u"tag"_s, u"--conll"_s, path(u"tiny.conll"_s), u"--out"_s,
                                      path(u"t.conll"_s), u"--model"_s, path(u"tiny.conll"_s)},
                                     m_home.path());
        QCOMPARE(badModel.exitCode, 4);
        QVERIFY2(badModel.err.contains(u"tiny.conll"_s), qPrintable(badModel.err));
    }

    void evalPrintsConllevalNumbers()
    {
        QVERIFY(writeFile(path(u"gold.conll"_s), kGold));
        QVERIFY(writeFile(path(u"guess.conll"_s), kGuess));
        const Run run = runAlam({u"eval"_s, u"--gold"_s, path(u"gold.conll"_s), u"--guess"_s, path(u"guess.conll"_s)},
                                m_home.path());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, kExpected);

        // Files that do not line up are refused, not scored.
        QVERIFY(writeFile(path(u"short.conll"_s), kGuess.left(kGuess.lastIndexOf("دمشق"))));
        const Run mismatch = runAlam({u"eval"_s, u"--gold"_s, path(u"gold.conll"_s), u"--guess"_s,
                                      path(u"short.conll"_s)}, m_home.path());
        QCOMPARE(mismatch.exitCode, 4);
        QVERIFY(!mismatch.err.isEmpty());

        // With a model: the tiny model tags its own training data nearly perfectly.
        const Run tagged = runAlam({u"eval"_s, u"--gold"_s, path(u"tiny.conll"_s), u"--model"_s, model()},
                                   m_home.path());
        QCOMPARE(tagged.exitCode, 0);
        QVERIFY2(tagged.out.startsWith(u"processed 56 tokens with 13 phrases;"_s), qPrintable(tagged.out));
    }

    void trainIsDeterministic()
    {
        const QStringList common = {u"train"_s, u"--conll"_s, path(u"tiny.conll"_s), u"--epochs"_s, u"4"_s, u"--out"_s};
        QCOMPARE(runAlam(common + QStringList{path(u"a.bin"_s)}, m_home.path()).exitCode, 0);
        QCOMPARE(runAlam(common + QStringList{path(u"b.bin"_s)}, m_home.path()).exitCode, 0);
        const QByteArray a = readFile(path(u"a.bin"_s));
        QVERIFY(a.size() > 1000);
        QCOMPARE(readFile(path(u"b.bin"_s)), a);
        // Other data, other bytes.
        QVERIFY(writeFile(path(u"half.conll"_s), nertest::kTinyConll.left(nertest::kTinyConll.indexOf("أعلنت"))));
        QCOMPARE(runAlam({u"train"_s, u"--conll"_s, path(u"half.conll"_s), u"--epochs"_s, u"4"_s, u"--out"_s,
                          path(u"c.bin"_s)}, m_home.path()).exitCode, 0);
        QVERIFY(readFile(path(u"c.bin"_s)) != a);
    }

    void tagConllKeepsEveryTokenAndBreak()
    {
        // -DOCSTART- not followed by a blank line, runs of blank lines, -DOCSTART- before another
        // and at the very end: the output repeats every line, so `paste gold out` aligns.
        const QByteArray input = "-DOCSTART- O\nزار O\nالرئيس O\nبغداد B-LOC\n\n\n\n-DOCSTART- O\n-DOCSTART- O\n\n"_ba
                                 + nertest::kTinyConll + "\n\nوإسرائيل B-LOC\n-DOCSTART- O\n"_ba;
        QVERIFY(writeFile(path(u"in.conll"_s), input));
        const Run run = runAlam({u"tag"_s, u"--conll"_s, path(u"in.conll"_s), u"--out"_s, path(u"out.conll"_s),
                                 u"--model"_s, model()}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> in = input.split('\n');
        const QList<QByteArray> out = readFile(path(u"out.conll"_s)).split('\n');
        // Line for line: blank where the input is blank, -DOCSTART- where it has one, the same
        // token otherwise; two columns.
        QCOMPARE(out.size(), in.size());
        for (qsizetype i = 0; i < in.size(); ++i) {
            QCOMPARE(out[i].isEmpty(), in[i].isEmpty());
            if (in[i].isEmpty())
                continue;
            QCOMPARE(out[i].split(' ').first(), in[i].split(' ').first());
            QCOMPARE(out[i].split(' ').size(), 2);
        }
        QCOMPARE(out.count("-DOCSTART- O"_ba), 4);
        QVERIFY(out.contains("بغداد B-LOC"_ba));
    }

    void evalCountsDocumentStartsAsConllevalDoes()
    {
        // conlleval.pl knows no -DOCSTART-: pasted beside the output's `-DOCSTART- O`, the line is
        // a token that both tag O. Blank lines, however many, are sentence boundaries only.
        const QByteArray gold = "-DOCSTART- O\n"_ba + kGold.left(kGold.indexOf("قالت")) + "\n-DOCSTART- O\n"_ba
                                + kGold.mid(kGold.indexOf("قالت"));
        QVERIFY(writeFile(path(u"gold-docs.conll"_s), gold));
        QVERIFY(writeFile(path(u"guess.conll"_s), kGuess));
        const Run run = runAlam({u"eval"_s, u"--gold"_s, path(u"gold-docs.conll"_s), u"--guess"_s,
                                 path(u"guess.conll"_s)}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        // 17 tokens + 2 -DOCSTART- lines, 13 + 2 right tags; the chunks do not change.
        QString expected = kExpected;
        expected.replace(u"processed 17 tokens"_s, u"processed 19 tokens"_s);
        expected.replace(u"accuracy:  76.47%"_s, u"accuracy:  78.95%"_s);
        QCOMPARE(run.out, expected);
    }

    void tagTextWritesCodePointSpans()
    {
        // An emoji (outside the BMP) before the names shifts UTF-16 offsets by one per emoji.
        const QString text = u"😀 زار الرئيس بغداد أمس. 🇮🇶 وصل الوزير إلى دمشق اليوم."_s;
        QVERIFY(writeFile(path(u"article.txt"_s), text.toUtf8()));
        const Run run = runAlam({u"tag"_s, u"--text"_s, path(u"article.txt"_s), u"--out"_s,
                                 path(u"spans.jsonl"_s), u"--model"_s, model()}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        const QList<uint> codePoints = text.toUcs4();
        QStringList found;
        for (const QByteArray& line : readFile(path(u"spans.jsonl"_s)).split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject span = QJsonDocument::fromJson(line).object();
            const int start = span.value(u"start"_s).toInt(), end = span.value(u"end"_s).toInt();
            QVERIFY(0 <= start && start < end && end <= codePoints.size());
            const QList<uint> slice = codePoints.mid(start, end - start);
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t*>(slice.constData()), slice.size()),
                     span.value(u"text"_s).toString());
            QVERIFY(span.value(u"confidence"_s).toDouble() > 0.0);
            found << span.value(u"text"_s).toString() + u' ' + span.value(u"label"_s).toString();
        }
        QVERIFY2(found.contains(u"بغداد LOC"_s), qPrintable(found.join(u", "_s)));
        QVERIFY2(found.contains(u"دمشق LOC"_s), qPrintable(found.join(u", "_s)));
        // Baghdad starts at code point 13 (UTF-16 offset 14), Damascus at 42 (45: three
        // characters outside the BMP come before it).
        QCOMPARE(text.indexOf(u"بغداد"_s), 14);
        QCOMPARE(text.indexOf(u"دمشق"_s), 45);
        const QByteArray jsonl = readFile(path(u"spans.jsonl"_s));
        QVERIFY2(jsonl.contains("\"start\":13") && jsonl.contains("\"start\":42"), jsonl.constData());
    }

    void tagDatabaseThenLearnFromTheReview()
    {
        const QString article = u"وصل الوزير إلى بغداد اليوم. وقال محمد علي إن الوفد غادر القاهرة."_s;
        QVERIFY(writeFile(path(u"article.txt"_s), article.toUtf8()));
        QCOMPARE(runAlam({u"import"_s, u"--db"_s, db(), path(u"article.txt"_s)}, m_home.path()).exitCode, 0);
        Run run = runAlam({u"tag"_s, u"--db"_s, db(), u"--model"_s, model()}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Tagged 1 documents"_s), qPrintable(run.out));

        qint64 documentId = 0;
        {
            auto database = Database::openSqlite(db());
            QVERIFY(database.ok());
            documentId = DocumentStore(**database).ids()->first();
            AnnotationStore annotations(**database);
            QList<Annotation> stored = *annotations.forDocument(documentId);
            QVERIFY(!stored.isEmpty());
            // The analyst rejects everything, adds the minister and marks the article reviewed.
            for (Annotation a : stored) {
                a.status = AnnotationStatus::Rejected;
                QVERIFY(annotations.update(a, u"huda"_s).ok());
            }
            QVERIFY(annotations.add(nertest::annotationOf(documentId, article, u"الوزير"_s, u"PERS"_s,
                                                          AnnotationStatus::Manual)).ok());
            QVERIFY(DocumentStore(**database).setStatus(documentId, ReviewStatus::Reviewed, u"huda"_s).ok());
        }
        // Reviewed now: tagging again leaves it alone.
        run = runAlam({u"tag"_s, u"--db"_s, db(), u"--model"_s, model()}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Tagged 0 documents"_s), qPrintable(run.out));

        const QString learned = db() + u".learned-model"_s;
        QVERIFY(!QFile::exists(learned));
        run = runAlam({u"learn"_s, u"--db"_s, db(), u"--model"_s, model(), u"--document"_s,
                       QString::number(documentId)}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(learned));
        QVERIFY(readFile(learned) != readFile(model()));
        QVERIFY2(run.out.contains(u"Learned from 1 documents"_s), qPrintable(run.out));
        // The same decisions are not learned twice: the model file stays as it is.
        const QByteArray once = readFile(learned);
        run = runAlam({u"learn"_s, u"--db"_s, db(), u"--document"_s, QString::number(documentId)},
                      m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"already learned from document"_s), qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Learned from 0 documents"_s), qPrintable(run.out));
        QCOMPARE(readFile(learned), once);

        // The learned model is the database's default from now on.
        QVERIFY(writeFile(path(u"second.txt"_s), u"وصل الوزير إلى دمشق."_s.toUtf8()));
        QCOMPARE(runAlam({u"import"_s, u"--db"_s, db(), path(u"second.txt"_s)}, m_home.path()).exitCode, 0);
        run = runAlam({u"tag"_s, u"--db"_s, db()}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(learned), qPrintable(run.out));
        // A document that is not reviewed is not learned from.
        run = runAlam({u"learn"_s, u"--db"_s, db(), u"--document"_s, QString::number(documentId + 1)},
                      m_home.path());
        QCOMPARE(run.exitCode, 1);
    }

    void trainFromTheDatabase()
    {
        const QString article = u"وصل الوزير إلى بغداد اليوم."_s;
        {
            auto database = Database::openSqlite(path(u"reviewed.sqlite"_s));
            QVERIFY(database.ok());
            Document document = nertest::document(u"one"_s, article);
            const auto id = DocumentStore(**database).add(document);
            QVERIFY(id.ok());
            AnnotationStore annotations(**database);
            QVERIFY(annotations.add(nertest::annotationOf(*id, article, u"بغداد"_s, u"LOC"_s,
                                                          AnnotationStatus::Accepted)).ok());
            QVERIFY(DocumentStore(**database).setStatus(*id, ReviewStatus::Reviewed, u"huda"_s).ok());
        }
        const Run run = runAlam({u"train"_s, u"--db"_s, path(u"reviewed.sqlite"_s), u"--from-db"_s, u"--conll"_s,
                                 path(u"tiny.conll"_s), u"--epochs"_s, u"3"_s, u"--out"_s, path(u"db.bin"_s)},
                                m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"9 sentences"_s) && run.out.contains(u"1 reviewed documents"_s), qPrintable(run.out));
        QVERIFY2(!run.err.contains(u"warning"_s), qPrintable(run.err));
        // The database alone, with one reviewed article: trained, with a warning.
        const Run alone = runAlam({u"train"_s, u"--db"_s, path(u"reviewed.sqlite"_s), u"--from-db"_s,
                                   u"--epochs"_s, u"3"_s, u"--out"_s, path(u"db-only.bin"_s)}, m_home.path());
        QVERIFY2(alone.exitCode == 0, qPrintable(alone.err));
        QVERIFY2(alone.err.contains(u"warning: only 1 reviewed documents"_s), qPrintable(alone.err));
    }

    void propagateInTheDocumentThenAcrossTheCorpus()
    {
        const QString dbPath = path(u"propagate.sqlite"_s);
        const QString source = u"زار الوزير كركوك أمس، ثم غادر كركوك متوجها إلى أربيل."_s;
        const QString other = u"وقال المحافظ إن وكركوك آمنة."_s;
        qint64 sourceId = 0, otherId = 0;
        {
            auto database = Database::openSqlite(dbPath);
            QVERIFY(database.ok());
            DocumentStore documents(**database);
            sourceId = *documents.add(nertest::document(u"a"_s, source));
            otherId = *documents.add(nertest::document(u"b"_s, other));
            QVERIFY(AnnotationStore(**database).add(nertest::annotationOf(sourceId, source, u"كركوك"_s, u"LOC"_s,
                                                                          AnnotationStatus::Accepted)).ok());
        }
        const auto stored = [&](qint64 id) {
            auto database = Database::openSqlite(dbPath);
            return database ? *AnnotationStore(**database).forDocument(id) : QList<Annotation>();
        };
        QCOMPARE(runAlam({u"propagate"_s, u"--db"_s, dbPath}, m_home.path()).exitCode, 2);  // no --document
        Run run = runAlam({u"propagate"_s, u"--db"_s, dbPath, u"--document"_s, QString::number(sourceId)},
                          m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"1 suggestions added"_s), qPrintable(run.out));
        QList<Annotation> inSource = stored(sourceId);
        QCOMPARE(inSource.size(), 2);
        const Annotation& second = inSource.at(0).start == int(source.lastIndexOf(u"كركوك"_s)) ? inSource.at(0)
                                                                                              : inSource.at(1);
        QCOMPARE(second.start, int(source.lastIndexOf(u"كركوك"_s)));
        QCOMPARE(toString(second.status), toString(AnnotationStatus::Suggested));
        QCOMPARE(toString(second.source), u"propagation"_s);
        QVERIFY(stored(otherId).isEmpty());  // not without --corpus

        run = runAlam({u"propagate"_s, u"--db"_s, dbPath, u"--document"_s, QString::number(sourceId), u"--corpus"_s},
                      m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<Annotation> inOther = stored(otherId);
        QCOMPARE(inOther.size(), 1);
        QCOMPARE(nertest::spanText(other, inOther.first()), u"كركوك"_s);  // after the و of وكركوك
        QCOMPARE(inOther.first().label, u"LOC"_s);
        QCOMPARE(stored(sourceId).size(), 2);  // no duplicate in the source document
    }

    void simulatePrintsThirds()
    {
        QByteArray gold;
        for (int i = 0; i < 3; ++i)
            gold += nertest::kTinyConll;
        QVERIFY(writeFile(path(u"sim.conll"_s), gold));
        for (const QString& learn : {u"on"_s, u"off"_s}) {
            const Run run = runAlam({u"simulate"_s, u"--gold"_s, path(u"sim.conll"_s), u"--model"_s, model(),
                                     u"--documents-of"_s, u"4"_s, u"--learn"_s, learn}, m_home.path());
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(u"6 documents (24 sentences, 39 gold entities)"_s), qPrintable(run.out));
            for (const QString& row : {u"first third"_s, u"middle third"_s, u"last third"_s, u"per 100 gold"_s,
                                      u"with accept-all"_s})
                QVERIFY2(run.out.contains(row), qPrintable(run.out));
        }
    }

    void anercorpHeldOutScores()
    {
        const QString anercorp = QStringLiteral(ALAM_SHARED_DIR) + u"/data/anercorp-train.conll"_s;
        if (!QFile::exists(anercorp))
            QSKIP("ANERcorp is not beside the project (ALAM_SHARED_DIR)");
        const Run trained = runAlam({u"train"_s, u"--conll"_s, anercorp, u"--hold-out-last-sixth"_s,
                                     u"--fraction"_s, u"0.1"_s, u"--epochs"_s, u"5"_s, u"--out"_s,
                                     path(u"small.bin"_s)}, m_home.path());
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        QVERIFY2(trained.out.contains(u"337 sentences"_s), qPrintable(trained.out));
        const Run run = runAlam({u"eval"_s, u"--gold"_s, anercorp, u"--held-out-only"_s, u"--model"_s,
                                 path(u"small.bin"_s)}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        // The held-out part: sentences 3374…4047 of the file.
        QVERIFY2(run.out.startsWith(u"processed 20964 tokens with 1661 phrases;"_s), qPrintable(run.out));
        const QStringList lines = run.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 6);
        const double f1 = lines.at(1).section(u"FB1:"_s, 1).trimmed().toDouble();
        QVERIFY2(f1 > 30.0, qPrintable(lines.at(1)));  // a tenth of the data still finds most places
    }

private:
    QString path(const QString& name) const { return m_home.filePath(name); }
    QString db() const { return path(u"alam.sqlite"_s); }
    QString model() const { return path(u"tiny.bin"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QDir m_home;
};

QTEST_GUILESS_MAIN(TestCliNer)
#include "test_cli_ner.moc"
