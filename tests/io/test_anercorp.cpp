// ANERcorp (train split, beside the project) imports whole: every token, sentence and entity,
// checked against a count made here from the raw lines; and its CoNLL export reads back.
#include "iotestutil.h"

#include "io/exporter.h"
#include "io/importer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::iotest;

namespace {

const QString kCorpus = QStringLiteral(ALAM_SHARED_DIR "/data/anercorp-train.conll");

struct RawCorpus {
    int tokens = 0;
    int sentences = 0;
    QString allTokens;             // every token, concatenated
    QList<QPair<QString, QString>> entities;  // (type, its tokens concatenated), in order
    QHash<QString, int> perType;
};

// Counted independently of the reader: `token LABEL`, blank line between sentences; an
// entity starts at B-X, or at I-X that does not continue an X (IOB1-style slips).
RawCorpus countRaw()
{
    RawCorpus raw;
    QFile file(kCorpus);
    if (!file.open(QIODevice::ReadOnly))
        return raw;
    QString previousType;
    bool inSentence = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty()) {
            raw.sentences += inSentence ? 1 : 0;
            inSentence = false;
            previousType.clear();
            continue;
        }
        inSentence = true;
        const qsizetype space = line.lastIndexOf(u' ');
        const QString token = line.left(space), label = line.mid(space + 1);
        ++raw.tokens;
        raw.allTokens += token;
        const QString type = label == u"O" ? QString() : label.mid(2);
        if (label.startsWith(u"B-"_s) || (label.startsWith(u"I-"_s) && type != previousType)) {
            raw.entities.append({type, token});
            ++raw.perType[type];
        } else if (label.startsWith(u"I-"_s)) {
            raw.entities.last().second += token;
        }
        previousType = type;
    }
    raw.sentences += inSentence ? 1 : 0;
    return raw;
}

}  // namespace

class TestAnercorp final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFile::exists(kCorpus))
            QSKIP("ANERcorp is not beside the project (../shared/data)");
        m_raw = countRaw();
        QCOMPARE(m_raw.tokens, 125112);
        QCOMPARE(m_raw.sentences, 4048);
        QVERIFY(m_dir.isValid());
    }

    void importsEveryTokenSentenceAndEntity()
    {
        m_db = open(m_dir.filePath(u"anercorp.sqlite"_s));
        QVERIFY(m_db);
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = Importer(*m_db).run({kCorpus});
        qInfo("ANERcorp train imported in %lld ms: %d documents, %d annotations",
              qint64(timer.elapsed()), report.imported, report.annotations);
        QVERIFY(report.failed.isEmpty());
        QCOMPARE(report.imported, (4048 + 49) / 50);  // 50 sentences per document
        QCOMPARE(report.annotations, int(m_raw.entities.size()));

        QString allText;
        int lines = 0;
        QList<QPair<QString, QString>> entities;
        QHash<QString, int> perType;
        for (qint64 id : report.documentIds) {
            const Document document = *DocumentStore(*m_db).get(id);
            lines += int(document.text.count(u'\n')) + 1;
            QString compact = document.text;
            allText += compact.remove(u' ').remove(u'\n');
            const QList<Annotation> annotations = *AnnotationStore(*m_db).forDocument(id);
            for (const Annotation& a : annotations) {
                QCOMPARE(toString(a.status), u"accepted"_s);
                QString surface = document.text.mid(a.start, a.end - a.start);
                entities.append({a.label, surface.remove(u' ')});
                ++perType[a.label];
            }
        }
        QCOMPARE(lines, m_raw.sentences);
        QCOMPARE(allText.size(), m_raw.allTokens.size());
        QVERIFY(allText == m_raw.allTokens);
        QCOMPARE(perType, m_raw.perType);
        QCOMPARE(entities.size(), m_raw.entities.size());
        QVERIFY(entities == m_raw.entities);
    }

    void conllExportReadsBackTheSameEntities()
    {
        QVERIFY(m_db);
        ExportOptions options;
        options.format = ExportFormat::ConllIob2;
        options.allDocuments = true;
        options.outputPath = m_dir.filePath(u"export/anercorp.conll"_s);
        QElapsedTimer timer;
        timer.start();
        Result<ExportReport> exported = Exporter(*m_db).run(options);
        QVERIFY2(exported, why(exported));
        qInfo("exported in %lld ms", qint64(timer.elapsed()));
        QCOMPARE(exported->documents, 81);
        QCOMPARE(exported->annotations + exported->annotationsDropped,
                 int(m_raw.entities.size()));
        QCOMPARE(exported->annotationsDropped, 0);

        // Token for token the same as the original where our tokenizer agrees with ANERcorp's.
        QFile file(options.outputPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        int tokens = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (!line.isEmpty() && !line.startsWith("-DOCSTART-"))
                ++tokens;
        }
        qInfo("ANERcorp tokens %d, exported tokens %d", m_raw.tokens, tokens);

        std::unique_ptr<Database> again = open(m_dir.filePath(u"again.sqlite"_s));
        QVERIFY(again);
        const ImportReport reread = Importer(*again).run({options.outputPath});
        QVERIFY(reread.failed.isEmpty());
        QCOMPARE(reread.imported, 81);
        QCOMPARE(reread.annotations, int(m_raw.entities.size()));
    }

    void jsonlExportReadsBackExactly()
    {
        QVERIFY(m_db);
        ExportOptions options;
        options.format = ExportFormat::Jsonl;
        options.allDocuments = true;
        options.outputPath = m_dir.filePath(u"export/anercorp.jsonl"_s);
        Result<ExportReport> exported = Exporter(*m_db).run(options);
        QVERIFY2(exported, why(exported));
        QCOMPARE(exported->annotations, int(m_raw.entities.size()));

        std::unique_ptr<Database> again = open(m_dir.filePath(u"again-jsonl.sqlite"_s));
        QVERIFY(again);
        const ImportReport reread = Importer(*again).run({options.outputPath});
        QVERIFY(reread.failed.isEmpty());
        QCOMPARE(reread.imported, 81);
        const QList<qint64> ids = *DocumentStore(*m_db).ids();
        QCOMPARE(reread.documentIds.size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QCOMPARE(DocumentStore(*again).get(reread.documentIds[i])->text,
                     DocumentStore(*m_db).get(ids[i])->text);
            QCOMPARE(spansOf(*AnnotationStore(*again).forDocument(reread.documentIds[i])),
                     spansOf(*AnnotationStore(*m_db).forDocument(ids[i])));
        }
    }

    void cleanupTestCase() { m_db.reset(); }

private:
    RawCorpus m_raw;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestAnercorp)
#include "test_anercorp.moc"
