// The database layer: opening, pragmas, connections, transactions, read-only use, reopening.
#include "storetestutil.h"

#include "common/asnobody.h"

#include "store/entitystore.h"
#include "store/historystore.h"
#include "store/migrations.h"
#include "store/sqlstatement.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::storetest;

class TestDatabase final : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsTheFolderAndTheSchema()
    {
        const QString path = m_dir.filePath(u"nested/deeper/alam.sqlite"_s);
        auto db = open(path);
        QVERIFY(db);
        QVERIFY(QFile::exists(path));
        QCOMPARE(db->schemaVersion(), latestSchemaVersion());
        QCOMPARE(db->displayName(), path);
    }

    void pragmasAreSet()
    {
        auto db = open(m_dir.filePath(u"pragmas.sqlite"_s));
        QVERIFY(db);
        QCOMPARE(pragma(*db, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(*db, u"foreign_keys"_s).toInt(), 1);
        QCOMPARE(pragma(*db, u"busy_timeout"_s).toInt(), 5000);
        QCOMPARE(pragma(*db, u"synchronous"_s).toInt(), 2);  // FULL: a commit survives a power cut
    }

    void eachDatabaseHasItsOwnConnection()
    {
        const QString path = m_dir.filePath(u"two.sqlite"_s);
        auto first = open(path);
        auto second = open(path);
        QVERIFY(first && second);
        const QString firstName = first->connection().connectionName();
        QVERIFY(firstName != second->connection().connectionName());

        QVERIFY(DocumentStore(*first).add(document(u"k"_s, kKadhimi)).ok());
        QCOMPARE(*DocumentStore(*second).count(), 1);  // WAL: the other sees the commit

        first.reset();
        QVERIFY(!QSqlDatabase::contains(firstName));
        QCOMPARE(*DocumentStore(*second).count(), 1);
    }

    void anotherThreadWaitsForTheWriter()
    {
        // A second thread opens its own Database; while this one holds the write lock, the
        // other's write waits (busy timeout) instead of failing with "database is locked".
        const QString path = m_dir.filePath(u"threads.sqlite"_s);
        auto db = open(path);
        QVERIFY(db);
        QString workerError = u"not run"_s;
        int workerSawBefore = -1;
        std::thread worker;
        Status held = db->transaction([&]() -> Status {
            if (!DocumentStore(*db).add(document(u"k"_s, kKadhimi)))
                return Error{u"add failed"_s};
            worker = std::thread([&] {
                auto own = open(path);
                if (!own) {
                    workerError = u"open failed"_s;
                    return;
                }
                workerSawBefore = *DocumentStore(*own).count();  // WAL: the last commit
                Result<qint64> added = DocumentStore(*own).add(document(u"l"_s, kLeague));
                workerError = added ? QString() : added.error();
            });
            QThread::msleep(300);
            return {};
        });
        worker.join();
        QVERIFY(held);
        QCOMPARE(workerError, QString());
        QCOMPARE(workerSawBefore, 0);
        QCOMPARE(*DocumentStore(*db).count(), 2);
    }

    void openingSomethingElseFailsClearly()
    {
        const QString notADatabase = m_dir.filePath(u"notes.sqlite"_s);
        QFile file(notADatabase);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        auto db = Database::openSqlite(notADatabase);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(notADatabase), why(db));

        QVERIFY(!Database::openSqlite(QString()).ok());
        // The folder cannot be made: a file stands where it should be.
        auto blocked = Database::openSqlite(notADatabase + u"/inside/alam.sqlite"_s);
        QVERIFY(!blocked);
        QVERIFY2(blocked.error().contains(u"folder"_s), why(blocked));
        QCOMPARE(QFileInfo(notADatabase).size(), 4096);  // left as it was
    }

    void transactionRollbackLeavesNothing()
    {
        auto db = open(m_dir.filePath(u"rollback.sqlite"_s));
        QVERIFY(db);
        Status result = db->transaction([&]() -> Status {
            Result<qint64> id = DocumentStore(*db).add(document(u"k"_s, kKadhimi));
            if (!id)
                return Error{id.error()};
            Result<qint64> a = AnnotationStore(*db).add(
                annotationOf(*id, kKadhimi, u"مصطفى الكاظمي"_s, u"PERS"_s));
            if (!a)
                return Error{a.error()};
            return Error{u"analyst cancelled"_s};
        });
        QVERIFY(!result);
        QCOMPARE(result.error(), u"analyst cancelled"_s);
        QVERIFY(!db->inTransaction());
        QCOMPARE(rowCount(*db, u"documents"_s), 0);
        QCOMPARE(rowCount(*db, u"annotations"_s), 0);
        QCOMPARE(rowCount(*db, u"history"_s), 0);
    }

    void nestedTransactionsJoinTheOuterOne()
    {
        auto db = open(m_dir.filePath(u"nested.sqlite"_s));
        QVERIFY(db);
        DocumentStore documents(*db);
        // The inner failure is ignored by the outer work: the whole transaction still goes.
        Status result = db->transaction([&]() -> Status {
            if (!documents.add(document(u"k"_s, kKadhimi)))
                return Error{u"first add failed"_s};
            Status inner = db->transaction([&]() -> Status {
                if (!documents.add(document(u"l"_s, kLeague)))
                    return Error{u"second add failed"_s};
                return Error{u"inner step failed"_s};
            });
            return inner ? Error{u"inner should have failed"_s} : Status();
        });
        QVERIFY(!result);
        QCOMPARE(*documents.count(), 0);

        // Both succeed: one commit for both.
        result = db->transaction([&]() -> Status {
            if (!documents.add(document(u"k"_s, kKadhimi)))
                return Error{u"first add failed"_s};
            return db->transaction([&]() -> Status {
                return documents.add(document(u"l"_s, kLeague)) ? Status()
                                                                 : Status(Error{u"failed"_s});
            });
        });
        QVERIFY2(result, why(result));
        QCOMPARE(*documents.count(), 2);
    }

    void failedCommitRollsBack()
    {
        auto db = open(m_dir.filePath(u"commit.sqlite"_s));
        QVERIFY(db);
        // With foreign keys deferred, the missing document is only noticed at COMMIT.
        Status result = db->transaction([&]() -> Status {
            Result<SqlStatement> deferred = db->executeOnce(u"PRAGMA defer_foreign_keys = ON"_s);
            if (!deferred)
                return Error{deferred.error()};
            if (!DocumentStore(*db).add(document(u"k"_s, kKadhimi)))
                return Error{u"add failed"_s};
            Annotation orphan = annotationOf(999, kKadhimi, u"بغداد"_s, u"LOC"_s);
            Result<qint64> added = AnnotationStore(*db).add(orphan);
            return added ? Status() : Status(Error{added.error()});
        });
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"FOREIGN KEY"_s), why(result));
        QCOMPARE(rowCount(*db, u"documents"_s), 0);
        QCOMPARE(rowCount(*db, u"annotations"_s), 0);
        // The connection is usable again.
        QVERIFY(DocumentStore(*db).add(document(u"k"_s, kKadhimi)).ok());
    }

    void cachedStatementCanBeReadWhileRunAgain()
    {
        auto db = open(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY(db);
        DocumentStore documents(*db);
        QVERIFY(documents.add(document(u"k"_s, kKadhimi)).ok());
        QVERIFY(documents.add(document(u"l"_s, kLeague)).ok());
        const QString sql = u"SELECT id FROM documents ORDER BY id"_s;
        Result<SqlStatement> outer = db->execute(sql);
        QVERIFY(outer);
        QList<qint64> pairs;
        while (outer->next()) {
            Result<SqlStatement> inner = db->execute(sql);  // same text, still being read
            QVERIFY(inner);
            while (inner->next())
                pairs << outer->id(0) * 10 + inner->id(0);
        }
        QCOMPARE(pairs, (QList<qint64>{11, 12, 21, 22}));
    }

    void reopeningKeepsEverything()
    {
        const QString path = m_dir.filePath(u"reopen.sqlite"_s);
        qint64 documentId = 0;
        qint64 annotationId = 0;
        qint64 entityId = 0;
        {
            auto db = open(path);
            QVERIFY(db);
            documentId = *DocumentStore(*db).add(document(u"k"_s, kKadhimi));
            QVERIFY(DocumentStore(*db).setStatus(documentId, ReviewStatus::InProgress, u"huda"_s));
            entityId = *EntityStore(*db).add({0, u"مصطفى الكاظمي"_s, u"PERS"_s, {u"الكاظمي"_s}});
            Annotation a = annotationOf(documentId, kKadhimi, u"مصطفى الكاظمي"_s, u"PERS"_s,
                                        AnnotationStatus::Accepted);
            a.entityId = entityId;
            annotationId = *AnnotationStore(*db).add(a);
            QVERIFY(LabelStore(*db).add({u"EVENT"_s, u"#911eb4"_s, u"5"_s, u"Event"_s}));
        }
        auto db = open(path);
        QVERIFY(db);
        const Document d = *DocumentStore(*db).get(documentId);
        QCOMPARE(d.text, kKadhimi);
        QCOMPARE(toString(d.status), toString(ReviewStatus::InProgress));
        QCOMPARE(d.reviewer, u"huda"_s);
        const Annotation a = *AnnotationStore(*db).get(annotationId);
        QCOMPARE(kKadhimi.mid(a.start, a.end - a.start), u"مصطفى الكاظمي"_s);
        QCOMPARE(a.entityId, entityId);
        QCOMPARE(toString(a.status), toString(AnnotationStatus::Accepted));
        QCOMPARE(EntityStore(*db).get(entityId)->aliases, QStringList{u"الكاظمي"_s});
        QCOMPARE(LabelStore(*db).all()->size(), 5);
        // The annotation's add and the document's status change.
        QCOMPARE(HistoryStore(*db).forDocument(documentId)->size(), 2);
        QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    }

    void readOnlyRefusesWritesAndKeepsData()
    {
        const QString path = m_dir.filePath(u"readonly.sqlite"_s);
        qint64 documentId = 0;
        Annotation stored;
        {
            auto db = open(path);
            QVERIFY(db);
            documentId = *DocumentStore(*db).add(document(u"k"_s, kKadhimi));
            const qint64 id = *AnnotationStore(*db).add(
                annotationOf(documentId, kKadhimi, u"بغداد"_s, u"LOC"_s));
            stored = *AnnotationStore(*db).get(id);
        }
        {
            auto db = open(path, /*readOnly=*/true);
            QVERIFY(db);
            DocumentStore documents(*db);
            AnnotationStore annotations(*db);
            QCOMPARE(documents.get(documentId)->text, kKadhimi);  // reading works

            Result<qint64> added = documents.add(document(u"l"_s, kLeague));
            QVERIFY(!added);
            QVERIFY2(added.error().contains(u"read-only"_s), why(added));
            Annotation changed = stored;
            changed.label = u"ORG"_s;
            QVERIFY(!annotations.update(changed, u"huda"_s));
            QVERIFY(!annotations.remove(stored.id, u"huda"_s));
            QVERIFY(!documents.setStatus(documentId, ReviewStatus::Reviewed, u"huda"_s));
            QVERIFY(!LabelStore(*db).add({u"EVENT"_s, u"#911eb4"_s, u"5"_s, {}}));
            QVERIFY(!documents.remove(documentId));
        }
        auto db = open(path);
        QVERIFY(db);
        QCOMPARE(*DocumentStore(*db).count(), 1);
        QCOMPARE(toString(DocumentStore(*db).get(documentId)->status), toString(ReviewStatus::New));
        const Annotation after = *AnnotationStore(*db).get(stored.id);
        QCOMPARE(after.label, u"LOC"_s);
        QCOMPARE(after.version, 1);
        QCOMPARE(LabelStore(*db).all()->size(), 4);
        QCOMPARE(HistoryStore(*db).forDocument(documentId)->size(), 1);
    }

    void readOnlyNeedsAnExistingFile()
    {
        const QString path = m_dir.filePath(u"missing.sqlite"_s);
        ConnectionOptions options;
        options.path = path;
        options.readOnly = true;
        auto db = Database::open(options);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(u"does not exist"_s), why(db));
        QVERIFY(!QFile::exists(path));
    }

    void writeProtectedFileKeepsItsData()
    {
        ALAM_RUN_AS_NOBODY_WHEN_ROOT("writeProtectedFileKeepsItsData");
        const QString path = m_dir.filePath(u"protected.sqlite"_s);
        {
            auto db = open(path);
            QVERIFY(db);
            QVERIFY(DocumentStore(*db).add(document(u"k"_s, kKadhimi)).ok());
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        {
            auto db = Database::openSqlite(path);
            if (db) {  // opened for reading: writes fail
                QCOMPARE(*DocumentStore(**db).count(), 1);
                Result<qint64> added = DocumentStore(**db).add(document(u"l"_s, kLeague));
                QVERIFY(!added);
                QVERIFY2(added.error().contains(u"cannot be written"_s), why(added));
            } else {  // or refused with a message naming the file
                QVERIFY2(db.error().contains(path), why(db));
            }
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto db = open(path);
        QVERIFY(db);
        QCOMPARE(*DocumentStore(*db).count(), 1);
    }

private:
    static QVariant pragma(Database& db, const QString& name)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(u"PRAGMA "_s + name) || !query.next())
            return {};
        return query.value(0);
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
