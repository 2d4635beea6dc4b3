// Runs the `alam` binary as a person or a script would and checks what it did.
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QFile>
#include <QJsonArray>
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

const QByteArray kArticle = "استقبل رئيس الوزراء في بغداد وزير الخارجية الأردني.\n"_ba;
const QByteArray kConll =
    "زار O\nالرئيس O\nالفرنسي O\nإيمانويل B-PERS\nماكرون I-PERS\nبغداد B-LOC\n. O\n"_ba;

}  // namespace

class TestCli final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();  // a fresh home and database per test
        QVERIFY(m_dir->isValid());
        m_home.setPath(m_dir->path());
    }

    void helpListsCommandsAndExitCodes()
    {
        const Run run = runAlam({u"--help"_s}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        for (const QString& command : {u"import"_s, u"export"_s, u"stats"_s})
            QVERIFY2(run.out.contains(command), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Exit codes"_s));
        const Run importHelp = runAlam({u"import"_s, u"--help"_s}, m_home.path());
        QCOMPARE(importHelp.exitCode, 0);
        QVERIFY2(importHelp.out.contains(u"--db"_s), qPrintable(importHelp.out));
    }

    void unknownCommandIsAUsageError()
    {
        const Run run = runAlam({u"frobnicate"_s}, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"frobnicate"_s));
        QCOMPARE(runAlam({u"import"_s, u"--db"_s, db()}, m_home.path()).exitCode, 2);
        QCOMPARE(runAlam({u"export"_s, u"--db"_s, db(), u"--format"_s, u"xml"_s, u"--out"_s, u"x"_s},
                      m_home.path()).exitCode, 2);
        QCOMPARE(runAlam({u"stats"_s, u"--bogus"_s}, m_home.path()).exitCode, 2);
    }

    void importReportsBadFilesAndKeepsTheRest()
    {
        const QString folder = m_home.filePath(u"in"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + u"/good.txt"_s, kArticle));
        QVERIFY(writeFile(folder + u"/empty.txt"_s, {}));
        QVERIFY(writeFile(folder + u"/gold.conll"_s, kConll));
        QVERIFY(writeFile(folder + u"/broken.conll"_s, "زار O\nبغداد\n"_ba));

        const Run run = runAlam({u"import"_s, u"--db"_s, db(), folder}, m_home.path());
        QCOMPARE(run.exitCode, 1);  // some inputs failed
        QVERIFY2(run.err.contains(u"empty.txt"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"broken.conll"_s) && run.err.contains(u"2"_s), qPrintable(run.err));

        auto database = Database::openSqlite(db());
        QVERIFY(database.ok());
        DocumentStore documents(**database);
        QCOMPARE(*documents.count(), 2);
        const auto ids = documents.ids();
        QVERIFY(ids.ok());
        int accepted = 0;
        for (qint64 id : *ids)
            accepted += int(AnnotationStore(**database).forDocument(id)->size());
        QCOMPARE(accepted, 2);  // إيمانويل ماكرون and بغداد

        // The same text again is a duplicate, not a second document; nothing failed.
        const Run again = runAlam({u"import"_s, u"--db"_s, db(), folder + u"/good.txt"_s}, m_home.path());
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains(u"good.txt"_s), qPrintable(again.err));
        QCOMPARE(*documents.count(), 2);
    }

    void exportWritesTheChosenFormat()
    {
        const QString conll = m_home.filePath(u"gold.conll"_s);
        QVERIFY(writeFile(conll, kConll));
        QCOMPARE(runAlam({u"import"_s, u"--db"_s, db(), conll}, m_home.path()).exitCode, 0);

        // By default only reviewed documents: none yet.
        const QString jsonl = m_home.filePath(u"out.jsonl"_s);
        Run run = runAlam({u"export"_s, u"--db"_s, db(), u"--format"_s, u"jsonl"_s, u"--out"_s, jsonl},
                       m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"0"_s));

        run = runAlam({u"export"_s, u"--db"_s, db(), u"--format"_s, u"jsonl"_s, u"--out"_s, jsonl,
                    u"--all-documents"_s}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QFile file(jsonl);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        QCOMPARE(line.value(u"direction"_s).toString(), u"rtl"_s);
        const QString text = line.value(u"text"_s).toString();
        QVERIFY(text.contains(u"إيمانويل ماكرون"_s));
        QCOMPARE(line.value(u"label"_s).toArray().size(), 2);

        const QString bioes = m_home.filePath(u"out.bioes"_s);
        run = runAlam({u"export"_s, u"--db"_s, db(), u"--format"_s, u"bioes"_s, u"--out"_s, bioes,
                    u"--all-documents"_s}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QFile bioesFile(bioes);
        QVERIFY(bioesFile.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(bioesFile.readAll());
        QVERIFY2(written.contains(u"ماكرون E-PERS"_s), qPrintable(written));
        QVERIFY2(written.contains(u"بغداد S-LOC"_s), qPrintable(written));
    }

    void statsCountsWhatIsStored()
    {
        const QString file = m_home.filePath(u"a.txt"_s);
        QVERIFY(writeFile(file, kArticle));
        QCOMPARE(runAlam({u"import"_s, u"--db"_s, db(), file}, m_home.path()).exitCode, 0);
        const Run run = runAlam({u"stats"_s, u"--db"_s, db()}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Documents:    1"_s), qPrintable(run.out));
    }

    void unwritableDatabaseIsADatabaseError()
    {
        const QString blocker = m_home.filePath(u"not-a-folder"_s);
        QVERIFY(writeFile(blocker, "x"_ba));
        const Run run = runAlam({u"stats"_s, u"--db"_s, blocker + u"/alam.sqlite"_s}, m_home.path());
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"not-a-folder"_s), qPrintable(run.err));
    }

    void withoutDbCommandsUseTheAppDatabase()
    {
        const QString file = m_home.filePath(u"a.txt"_s);
        QVERIFY(writeFile(file, kArticle));
        QCOMPARE(runAlam({u"import"_s, file}, m_home.path()).exitCode, 0);
        const QString expected = m_home.path() + u"/.local/share/Alam/alam/alam.sqlite"_s;
        QVERIFY(QFile::exists(expected));
        const Run run = runAlam({u"stats"_s}, m_home.path());
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Documents:    1"_s), qPrintable(run.out));
    }

private:
    QString db() const { return m_home.filePath(u"alam.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QDir m_home;
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
