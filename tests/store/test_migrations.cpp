// Schema versions: a new database gets every step; a failing step is rolled back; a database
// from a newer Alam is refused.
#include "storetestutil.h"

#include "store/entitystore.h"
#include "store/historystore.h"
#include "store/migrations.h"
#include "store/schemasteps.h"
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
                                     u"history"_s, u"review_actions"_s, u"review_action_steps"_s,
                                     u"review_search"_s, u"review_search_state"_s,
                                     u"app_state"_s})
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

    void versionOneWithReviewTablesUpgrades()
    {
        // As Alam left a database before the review's tables were versioned: schema version
        // 1, the review tables made beside it when the review opened (the same statements,
        // CREATE ... IF NOT EXISTS), an analyst's history and undo rows.
        const QString path = m_dir.filePath(u"version1.sqlite"_s);
        const QString at = u"2024-05-01T09:30:00.000Z"_s;
        {
            ConnectionOptions options;
            options.path = path;
            auto old = Database::open(options, schemaMigrations().mid(0, 1));
            QVERIFY2(old, why(old));
            Database& db = **old;
            QCOMPARE(db.schemaVersion(), 1);
            QVERIFY(createReviewActions(db));
            QVERIFY(createSearchIndex(db));
            const QList<std::pair<QString, QVariantList>> rows = {
                {u"INSERT INTO documents (id, title, content_hash, text, status, reviewer, "
                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {1, u"k"_s, DocumentStore::hashOf(kKadhimi), kKadhimi, u"in_progress"_s,
                  u"huda"_s, at, at}},
                {u"INSERT INTO annotations (id, document_id, start_offset, end_offset, label, "
                 "status, source, created_at, updated_at) VALUES (7, 1, 0, 6, 'PERS', "
                 "'accepted', 'analyst', ?, ?)"_s,
                 {at, at}},
                {u"INSERT INTO history (annotation_id, document_id, action, after_json, "
                 "annotator, at) VALUES (7, 1, 'add', '{}', 'tagger', ?)"_s,
                 {at}},
                {u"INSERT INTO history (annotation_id, document_id, action, before_json, "
                 "after_json, annotator, at) VALUES (7, 1, 'update', '{}', '{}', 'huda', ?)"_s,
                 {at}},
                {u"INSERT INTO history (annotation_id, document_id, action, after_json, "
                 "annotator, at) VALUES (8, 1, 'add', '{}', 'huda', ?)"_s,
                 {at}},
                {u"DELETE FROM history WHERE id = 3"_s, {}},  // id 3 was handed out: never again
                {u"INSERT INTO review_actions (document_id, kind, annotator, at) "
                 "VALUES (1, 'accept', 'huda', ?)"_s,
                 {at}},
                {u"INSERT INTO review_action_steps (action_id, position, history_id) "
                 "VALUES (1, 0, 2)"_s,
                 {}},
                {u"INSERT INTO review_search_state (id, indexed_up_to) VALUES (1, 1)"_s, {}},
            };
            for (const auto& [sql, values] : rows) {
                Result<SqlStatement> done = db.executeOnce(sql, values);
                QVERIFY2(done, why(done));
            }
        }

        auto db = open(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), latestSchemaVersion());
        const QList<HistoryEntry> kept = *HistoryStore(*db).forAnnotation(7);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).id, qint64(1));
        QCOMPARE(kept.at(1).id, qint64(2));  // what review_action_steps points at
        QCOMPARE(kept.at(1).action, u"update"_s);
        QCOMPARE(kept.at(1).annotator, u"huda"_s);
        QCOMPARE(toString(kept.at(1).subject), toString(HistorySubject::Annotation));
        Result<SqlStatement> step = db->executeOnce(
            u"SELECT s.history_id, a.kind FROM review_action_steps s"
            " JOIN review_actions a ON a.id = s.action_id"_s);
        QVERIFY2(step, why(step));
        QVERIFY(step->next());
        QCOMPARE(step->id(0), qint64(2));
        QCOMPARE(step->text(1), u"accept"_s);
        QCOMPARE(rowCount(*db, u"review_search_state"_s), 1);

        // The widened history takes a document's change, under a new id.
        QVERIFY(DocumentStore(*db).setStatus(1, ReviewStatus::Reviewed, u"omar"_s));
        const QList<HistoryEntry> document = *HistoryStore(*db).forDocument(1);
        QCOMPARE(document.size(), 3);
        QCOMPARE(toString(document.last().subject), toString(HistorySubject::Document));
        QCOMPARE(document.last().id, qint64(4));
        // It held documents: it was started before, so no sample articles for it.
        QCOMPARE(rowCount(*db, u"app_state"_s), 1);
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
