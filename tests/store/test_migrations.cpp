// Schema versions: a new database gets every step; a failing step is rolled back; a database
// from a newer Alam is refused.
#include "storetestutil.h"

#include "store/entitystore.h"
#include "store/migrations.h"
#include "store/sqlstatement.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::storetest;

class TestMigrations final : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void emptyDatabaseGetsTheWholeSchema()
    {
        auto db = open(m_dir.filePath(u"fresh.sqlite"_s));
        QVERIFY(db);
        QVERIFY(latestSchemaVersion() >= 1);
        QCOMPARE(db->schemaVersion(), latestSchemaVersion());
        QCOMPARE(*storedSchemaVersion(*db), latestSchemaVersion());
        const QStringList tables = db->connection().tables();
        for (const QString& table : {u"schema_version"_s, u"documents"_s, u"annotations"_s,
                                     u"entities"_s, u"entity_aliases"_s, u"labels"_s,
                                     u"history"_s})
            QVERIFY2(tables.contains(table), qPrintable(table));

        const QList<Label> labels = *LabelStore(*db).all();
        QCOMPARE(labels.size(), 4);
        const QStringList names = {u"PERS"_s, u"LOC"_s, u"ORG"_s, u"MISC"_s};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(labels.at(i).name, names.at(i));
            QCOMPARE(labels.at(i).shortcut, QString::number(i + 1));
            QVERIFY(labels.at(i).colour.startsWith(u'#'));
            QCOMPARE(labels.at(i).colour.size(), 7);
        }
        QCOMPARE(labels.at(0).colour, u"#e6194b"_s);
    }

    void reopeningAppliesNothingTwice()
    {
        const QString path = m_dir.filePath(u"twice.sqlite"_s);
        QVERIFY(open(path));
        auto db = open(path);
        QVERIFY(db);
        QCOMPARE(LabelStore(*db).all()->size(), 4);  // seeds not repeated
        QCOMPARE(rowCount(*db, u"schema_version"_s), 1);
        QVERIFY(runMigrations(*db, schemaMigrations()));  // already there: nothing to do
        QCOMPARE(LabelStore(*db).all()->size(), 4);
    }

    void failingStepIsRolledBack()
    {
        auto db = open(m_dir.filePath(u"failing.sqlite"_s));
        QVERIFY(db);
        const int base = latestSchemaVersion();
        QList<Migration> steps = schemaMigrations();
        steps << Migration{base + 1, u"a good step"_s, [](Database& d) -> Status {
                               auto done = d.executeOnce(u"CREATE TABLE good_step (x INTEGER)"_s);
                               return done ? Status() : Status(Error{done.error()});
                           }};
        steps << Migration{base + 2, u"a broken step"_s, [](Database& d) -> Status {
                               auto made = d.executeOnce(u"CREATE TABLE half_done (x INTEGER)"_s);
                               if (!made)
                                   return Error{made.error()};
                               auto moved = d.executeOnce(
                                   u"INSERT INTO documents (no_such_column) VALUES (1)"_s);
                               return moved ? Status() : Status(Error{moved.error()});
                           }};
        steps << Migration{base + 3, u"never reached"_s, [](Database& d) -> Status {
                               auto done = d.executeOnce(u"CREATE TABLE never (x INTEGER)"_s);
                               return done ? Status() : Status(Error{done.error()});
                           }};

        Status result = runMigrations(*db, steps);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QString::number(base + 2)), why(result));
        QVERIFY2(result.error().contains(u"no_such_column"_s), why(result));
        QVERIFY2(result.error().contains(u"stays at version %1"_s.arg(base + 1)),
                 why(result));
        QVERIFY(!db->inTransaction());

        QCOMPARE(db->schemaVersion(), base + 1);
        const QStringList tables = db->connection().tables();
        QVERIFY(tables.contains(u"good_step"_s));
        QVERIFY(!tables.contains(u"half_done"_s));
        QVERIFY(!tables.contains(u"never"_s));
        QCOMPARE(LabelStore(*db).all()->size(), 4);
    }

    void newerDatabaseIsRefused()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        {
            auto db = open(path);
            QVERIFY(db);
            QVERIFY(DocumentStore(*db).add(document(u"k"_s, kKadhimi)).ok());
            QVERIFY(db->executeOnce(u"UPDATE schema_version SET version = ?"_s, {99}).ok());
        }
        auto refused = Database::openSqlite(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"99"_s), why(refused));
        QVERIFY2(refused.error().contains(u"newer"_s), why(refused));
        QVERIFY2(refused.error().contains(path), why(refused));

        // Nothing was touched: read the file with a plain connection.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-check"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(u"SELECT version FROM schema_version"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 99);
            QVERIFY(query.exec(u"SELECT COUNT(*) FROM documents"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(u"raw-check"_s);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
