// Runs the `alam` binary as a person or a script would and checks what it did.
#include "common/alamprocess.h"
#include "common/asnobody.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "store/migrations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
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
        // The usage line names the command once, as people type it.
        QCOMPARE(importHelp.out.section(u'\n', 0, 0), u"Usage: alam import [options] PATH..."_s);
        const Run exportHelp = runAlam({u"export"_s, u"--help"_s}, m_home.path());
        QCOMPARE(exportHelp.exitCode, 0);
        QCOMPARE(exportHelp.out.section(u'\n', 0, 0), u"Usage: alam export [options]"_s);
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
        // Read fine, refused by the store (a label with a space): its batch is rolled back and
        // stored file by file, which is the importer's business, not the person's.
        QVERIFY(writeFile(folder + u"/label.jsonl"_s,
                          "{\"text\": \"مصر بلد عربي\", \"label\": [[0, 3, \"BAD LABEL\"]]}\n"_ba));

        const Run run = runAlam({u"import"_s, u"--db"_s, db(), folder}, m_home.path());
        QCOMPARE(run.exitCode, 1);  // some inputs failed
        QVERIFY2(run.err.contains(u"empty.txt"_s), qPrintable(run.err));
        // The file by its full path, and the line.
        QVERIFY2(run.err.contains(folder + u"/broken.conll, line 2"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(folder + u"/empty.txt"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(folder + u"/label.jsonl: "_s), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"rolled back"_s), qPrintable(run.err));

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
        const QString conll = m_home.filePath(u"gold.conll"_s);
        QVERIFY(writeFile(conll, kConll));
        QCOMPARE(runAlam({u"import"_s, u"--db"_s, db(), file, conll}, m_home.path()).exitCode, 0);

        // Kept open while stats runs, so the latest commits stay in the write-ahead log.
        auto database = Database::openSqlite(db());
        QVERIFY(database.ok());
        DocumentStore documents(**database);
        const Result<QList<qint64>> imported = documents.ids();
        QVERIFY(imported && imported->size() == 2);
        QVERIFY(documents.setStatus(imported->at(1), ReviewStatus::InProgress, u"huda"_s));
        Document longer;
        longer.title = u"long"_s;
        longer.text = QString::fromUtf8(kArticle).repeated(100);
        QVERIFY(documents.add(longer).ok());
        qint64 characters = 0;
        const Result<QList<qint64>> all = documents.ids();
        QVERIFY(all);
        for (qint64 id : *all)
            characters += documents.get(id)->text.size();  // all BMP: code points = UTF-16 units

        const Run run = runAlam({u"stats"_s, u"--db"_s, db()}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        const qint64 wal = QFileInfo(db() + u"-wal"_s).size();
        QVERIFY2(wal >= 1024, "the test needs a write-ahead log of at least a KB");
        const qint64 kb = (QFileInfo(db()).size() + wal) / 1024;
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0), u"Database:     %1 (%2 KB, schema version %3)"_s.arg(
                                  QFileInfo(db()).absoluteFilePath(), QString::number(kb),
                                  QString::number(latestSchemaVersion())));
        QCOMPARE(lines.at(1), u"Documents:    3 (in progress 1, new 2)"_s);
        QCOMPARE(lines.at(2), u"Characters:   %1"_s.arg(characters));
        QCOMPARE(lines.at(3), u"Annotations:  2 (accepted 2)"_s);
        QCOMPARE(lines.at(4), u"By label:     LOC 1, PERS 1"_s);
        QCOMPARE(lines.at(5), u"Entities:     0"_s);
    }

    void csvExportHasItsHeader()
    {
        const QString conll = m_home.filePath(u"gold.conll"_s);
        QVERIFY(writeFile(conll, kConll));
        QCOMPARE(runAlam({u"import"_s, u"--db"_s, db(), conll}, m_home.path()).exitCode, 0);
        const QString csv = m_home.filePath(u"mentions.csv"_s);
        const Run run = runAlam({u"export"_s, u"--db"_s, db(), u"--format"_s, u"csv"_s,
                                 u"--out"_s, csv, u"--all-documents"_s},
                                m_home.path());
        QCOMPARE(run.exitCode, 0);
        const QByteArray bytes = readFile(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));  // a BOM, so spreadsheets read UTF-8
        const QStringList rows = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), u"document_id,title,start,end,surface,label,status,source,confidence,"
                             "entity_id,entity_name,annotator"_s);
        QVERIFY2(rows.at(1).contains(u",إيمانويل ماكرون,PERS,accepted,import,"_s), qPrintable(rows.at(1)));
        QVERIFY2(rows.at(2).contains(u",بغداد,LOC,accepted,import,"_s), qPrintable(rows.at(2)));
    }

    void interruptStopsTheImportAndKeepsWhatIsStored()
    {
        // Enough files that the import is still running when Ctrl+C comes.
        const QString folder = m_home.filePath(u"many"_s);
        QVERIFY(QDir().mkpath(folder));
        const int files = 4000;
        for (int i = 0; i < files; ++i)
            QVERIFY(writeFile(folder + u"/%1.txt"_s.arg(i, 4, 10, QChar(u'0')),
                              kArticle + QByteArray::number(i)));
        QProcess process;
        process.start(QStringLiteral(ALAM_BINARY), {u"import"_s, u"--db"_s, db(), folder});
        QVERIFY(process.waitForStarted());
        QByteArray err;
        QElapsedTimer clock;
        clock.start();
        // Progress lines come every 10 %: wait for the first after the start.
        while (!err.contains("(10%)") && process.state() == QProcess::Running
               && clock.elapsed() < 120000) {
            process.waitForReadyRead(50);
            err += process.readAllStandardError();
        }
        QVERIFY2(err.contains("(10%)"), err.constData());
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(120000));
        err += process.readAllStandardError();
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 5);
        QVERIFY2(err.contains("interrupted"), err.constData());

        // What it reports is what is stored: a clean stop, part of the way.
        const QRegularExpressionMatch imported =
            QRegularExpression(u"Imported documents: (\\d+)"_s).match(out);
        QVERIFY2(imported.hasMatch(), qPrintable(out));
        const int reported = imported.captured(1).toInt();
        QVERIFY2(reported >= files / 10 && reported < files, qPrintable(out));
        auto database = Database::openSqlite(db());
        QVERIFY(database.ok());
        QCOMPARE(*DocumentStore(**database).count(), reported);
    }

    void writeProtectedDatabaseStopsTheImport()
    {
        // A database file no one may write (0444): the import stops at once with the database
        // error, names the files it could not store, and what was stored stays. Root may
        // write any file, so as root alam runs as nobody here.
        const QFileDevice::Permissions all =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(m_home.path(), all));  // nobody reaches it (-wal, -shm)
        const QString good = m_home.filePath(u"good.txt"_s);
        QVERIFY(writeFile(good, kArticle));
        QCOMPARE(runAlam({u"import"_s, u"--db"_s, db(), good}, m_home.path()).exitCode, 0);
        QVERIFY(QFile::setPermissions(db(), QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                                | QFileDevice::ReadOther));

        const QString first = m_home.filePath(u"first.txt"_s);
        const QString second = m_home.filePath(u"second.txt"_s);
        QVERIFY(writeFile(first, "وصل الوفد العراقي إلى عمان.\n"_ba));
        QVERIFY(writeFile(second, "عقدت جامعة الدول العربية اجتماعا في القاهرة.\n"_ba));
        const QStringList wrapper = test::runningAsRoot()
                                        ? QStringList{u"setpriv"_s} + test::setprivAsNobody()
                                        : QStringList();
        const Run run = runAlam({u"import"_s, u"--db"_s, db(), first, second}, m_home.path(),
                                240000, wrapper);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"import stopped"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(db()), qPrintable(run.err));
        QVERIFY2(run.err.contains(first + u": not imported"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(second + u": not imported"_s), qPrintable(run.err));

        QVERIFY(QFile::setPermissions(db(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        auto database = Database::openSqlite(db());
        QVERIFY(database.ok());
        DocumentStore documents(**database);
        QCOMPARE(*documents.count(), 1);
        const Result<QList<qint64>> ids = documents.ids();
        QVERIFY(ids && ids->size() == 1);
        QCOMPARE(documents.get(ids->first())->text, QString::fromUtf8(kArticle));
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
