// The same stores on PostgreSQL. Runs only when ALAM_TEST_PG_HOST names a server (a host or a
// socket folder; also ALAM_TEST_PG_PORT, _USER, _PASSWORD) on which the user may create
// databases; each run works in a database of its own and drops it afterwards.
#include "common/postgresoptions.h"
#include "storetestutil.h"

#include "store/entitystore.h"
#include "store/historystore.h"
#include "store/migrations.h"
#include "store/sqlstatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::storetest;

class TestPostgres final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_options = test::postgresOptions();
        if (m_options.host.isEmpty())
            QSKIP("Set ALAM_TEST_PG_HOST (and _PORT, _USER, _PASSWORD) to test PostgreSQL.");
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            QSKIP("Qt's QPSQL driver is not installed (libqt6sql6-psql).");
        // Its own database, made and dropped here.
        m_options.databaseName =
            u"alam_test_"_s + QString::number(QCoreApplication::applicationPid());
        // The name is made here from digits only; CREATE DATABASE takes no bound values.
        QVERIFY2(admin(u"CREATE DATABASE "_s + m_options.databaseName), "cannot create database");
    }

    void cleanupTestCase()
    {
        if (!m_options.databaseName.isEmpty())
            admin(u"DROP DATABASE IF EXISTS "_s + m_options.databaseName);
    }

    void migratesAndSeeds()
    {
        auto db = openPg();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), latestSchemaVersion());
        QCOMPARE(LabelStore(*db).all()->size(), 4);
        auto again = openPg();  // nothing applied twice
        QVERIFY(again);
        QCOMPARE(LabelStore(*again).all()->size(), 4);
    }

    void storesWork()
    {
        auto db = openPg();
        QVERIFY(db);
        DocumentStore documents(*db);
        AnnotationStore annotations(*db);
        Result<qint64> k = documents.add(document(u"الكاظمي في بغداد"_s, kKadhimi));
        QVERIFY2(k, why(k));
        QVERIFY(!documents.add(document(u"مكرر"_s, kKadhimi)));  // same text
        const qint64 l = *documents.add(document(u"إجتماع طارئ"_s, kLeague));
        QCOMPARE(documents.get(*k)->text, kKadhimi);

        Result<QList<qint64>> ids = annotations.addAll({
            annotationOf(*k, kKadhimi, u"مصطفى الكاظمي"_s, u"PERS"_s),
            annotationOf(*k, kKadhimi, u"بغداد"_s, u"LOC"_s, AnnotationStatus::Accepted),
            annotationOf(l, kLeague, u"القاهرة"_s, u"LOC"_s, AnnotationStatus::Rejected),
        });
        QVERIFY2(ids, why(ids));
        Annotation first = *annotations.get(ids->at(0));
        QCOMPARE(first.confidence, 0.75);
        Annotation mine = first;
        first.status = AnnotationStatus::Accepted;
        QVERIFY(annotations.update(first, u"omar"_s).ok());
        mine.status = AnnotationStatus::Rejected;
        QVERIFY(!annotations.update(mine, u"huda"_s));  // stale
        QCOMPARE(HistoryStore(*db).forAnnotation(first.id)->size(), 2);

        DocumentFilter filter;
        filter.label = u"LOC"_s;
        Result<QList<DocumentSummary>> listed = documents.list(filter);
        QVERIFY2(listed, why(listed));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->at(0).entityCount, 2);
        filter = {};
        filter.text = u"اجتماع"_s;
        QCOMPARE(documents.list(filter)->size(), 1);

        EntityStore entities(*db);
        const qint64 id = *entities.add({0, u"أيمن الصفدي"_s, u"PERS"_s, {u"الصفدي"_s}});
        QVERIFY(entities.addAlias(id, u"الصفدي"_s));  // ON CONFLICT DO NOTHING
        QCOMPARE((*entities.find(u"الصفدي"_s, u"PERS"_s))->id, id);
        QVERIFY(LabelStore(*db).add({u"EVENT"_s, u"#911eb4"_s, u"5"_s, {}}));
        QVERIFY(!LabelStore(*db).add({u"GPE"_s, u"#911eb4"_s, u"5"_s, {}}));

        Status rolledBack = db->transaction([&]() -> Status {
            if (!documents.add(document(u"ث"_s, u"نص ثالث"_s)))
                return Error{u"add failed"_s};
            return Error{u"cancelled"_s};
        });
        QVERIFY(!rolledBack);
        QCOMPARE(*documents.count(), 2);
        // PostgreSQL aborts a transaction at its first failed statement: even when the work
        // goes on and returns ok, the transaction reports the failure instead of a silent loss.
        Status ignored = db->transaction([&]() -> Status {
            (void)documents.add(document(u"ج"_s, u"نص جديد"_s));
            (void)documents.add(document(u"مكرر"_s, kLeague));  // the same text: fails
            return {};
        });
        QVERIFY(!ignored);
        QCOMPARE(*documents.count(), 2);
        QVERIFY(documents.remove(*k));
        QCOMPARE(annotations.forDocument(*k)->size(), 0);
    }

    void historyCoversEveryChange()
    {
        auto db = openPg();
        QVERIFY(db);
        DocumentStore documents(*db);
        const qint64 id = *documents.add(document(u"تاريخ"_s, u"وصل الوفد إلى بغداد مساء أمس."_s));
        QVERIFY(documents.setStatus(id, ReviewStatus::Reviewed, u"omar"_s));
        const QList<HistoryEntry> rows = *HistoryStore(*db).forDocument(id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(toString(rows.first().subject), toString(HistorySubject::Document));
        QCOMPARE(rows.first().annotator, u"omar"_s);
        QVERIFY(rows.first().after.contains(u"reviewed"_s));

        EntityStore entities(*db);
        const qint64 entity = *entities.add({0, u"بغداد"_s, u"LOC"_s, {}}, u"omar"_s);
        QVERIFY(entities.addAlias(entity, u"دار السلام"_s, u"huda"_s));
        QCOMPARE(HistoryStore(*db).forEntity(entity)->size(), 2);
        QVERIFY(LabelStore(*db).update({u"LOC"_s, u"#3cb44b"_s, u"2"_s, u"Places"_s}, u"huda"_s));
        QCOMPARE(HistoryStore(*db).forLabel(u"LOC"_s)->size(), 1);
        // Rolled back together with the change it records.
        Status failed = db->transaction([&]() -> Status {
            (void)documents.setStatus(id, ReviewStatus::New, u"omar"_s);
            return Error{u"cancelled"_s};
        });
        QVERIFY(!failed);
        QCOMPARE(HistoryStore(*db).forDocument(id)->size(), 1);
        QCOMPARE(toString(documents.get(id)->status), toString(ReviewStatus::Reviewed));
    }

    void readOnlySessionRefusesWrites()
    {
        ConnectionOptions options = m_options;
        options.readOnly = true;
        auto db = Database::open(options);
        QVERIFY2(db, why(db));
        QVERIFY(!DocumentStore(**db).add(document(u"ر"_s, u"نص للقراءة فقط"_s)));
        QVERIFY(DocumentStore(**db).count().ok());
    }

private:
    std::unique_ptr<Database> openPg()
    {
        Result<std::unique_ptr<Database>> db = Database::open(m_options);
        if (!db) {
            qWarning().noquote() << db.error();
            return nullptr;
        }
        return std::move(*db);
    }

    bool admin(const QString& statement)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"alam-test-admin"_s);
            db.setHostName(m_options.host);
            db.setPort(m_options.port);
            db.setUserName(m_options.user);
            db.setPassword(m_options.password);
            db.setDatabaseName(u"postgres"_s);
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.exec(statement);
                if (!ok)
                    qWarning() << query.lastError().text();
            } else {
                qWarning() << db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(u"alam-test-admin"_s);
        return ok;
    }

    ConnectionOptions m_options;
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "test_postgres.moc"
