// Annotations with their history: add, get, update (optimistic version), remove; foreign keys.
#include "storetestutil.h"

#include "store/entitystore.h"
#include "store/historystore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::storetest;

class TestAnnotationStore final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = open(m_dir.filePath(u"annotations-%1.sqlite"_s.arg(++m_count)));
        QVERIFY(m_db);
        Result<qint64> id = DocumentStore(*m_db).add(document(u"k"_s, kKadhimi));
        QVERIFY(id);
        m_documentId = *id;
    }
    void cleanup() { m_db.reset(); }

    void addGetAndHistory()
    {
        AnnotationStore annotations(*m_db);
        Annotation a = annotationOf(m_documentId, kKadhimi, u"مصطفى الكاظمي"_s, u"PERS"_s);
        a.confidence = 0.8125;
        const qint64 entity = *EntityStore(*m_db).add({0, u"مصطفى الكاظمي"_s, u"PERS"_s, {}});
        a.entityId = entity;
        Result<qint64> id = annotations.add(a);
        QVERIFY2(id, why(id));

        const Annotation got = *annotations.get(*id);
        QCOMPARE(got.id, *id);
        QCOMPARE(got.documentId, m_documentId);
        QCOMPARE(kKadhimi.mid(got.start, got.end - got.start), u"مصطفى الكاظمي"_s);
        QCOMPARE(got.label, u"PERS"_s);
        QCOMPARE(toString(got.status), toString(AnnotationStatus::Suggested));
        QCOMPARE(toString(got.source), toString(AnnotationSource::Model));
        QCOMPARE(got.confidence, 0.8125);
        QCOMPARE(got.annotator, u"tagger"_s);
        QCOMPARE(got.entityId, entity);
        QCOMPARE(got.version, 1);
        QVERIFY(got.createdAt.isValid());

        const QList<HistoryEntry> history = *HistoryStore(*m_db).forAnnotation(*id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).action, u"add"_s);
        QCOMPARE(history.at(0).documentId, m_documentId);
        QCOMPARE(history.at(0).annotator, u"tagger"_s);
        QVERIFY(history.at(0).before.isEmpty());
        QVERIFY(!history.at(0).undone);
        // Every field is in the JSON, so that undo can restore the row.
        const QJsonObject after = QJsonDocument::fromJson(history.at(0).after.toUtf8()).object();
        for (const char* key : {"id", "document_id", "start", "end", "label", "status", "source",
                                "confidence", "annotator", "entity_id", "version"})
            QVERIFY2(after.contains(QLatin1StringView(key)), key);
        QCOMPARE(after.value(u"status"_s).toString(), u"suggested"_s);
        QCOMPARE(after.value(u"entity_id"_s).toInteger(), entity);
        const Annotation restored = *HistoryStore::annotationFromJson(history.at(0).after);
        QCOMPARE(restored.start, got.start);
        QCOMPARE(restored.end, got.end);
        QCOMPARE(restored.label, got.label);
        QCOMPARE(toString(restored.status), toString(got.status));
        QCOMPARE(toString(restored.source), toString(got.source));
        QCOMPARE(restored.confidence, got.confidence);
        QCOMPARE(restored.annotator, got.annotator);
        QCOMPARE(restored.entityId, got.entityId);
        QCOMPARE(restored.version, got.version);
        QCOMPARE(restored.createdAt, got.createdAt);
    }

    void historyJsonKeepsOddText()
    {
        // Quotes, backslashes, control characters and Arabic in the free-text fields.
        Annotation a = annotationOf(m_documentId, kKadhimi, u"بغداد"_s, u"LOC"_s,
                                    AnnotationStatus::Manual);
        a.id = 17;
        a.annotator = u"هدى \"الحلبي\" \\ \t\n\u0001 𝔸"_s;
        a.confidence = 0.1;
        a.entityId = 5;
        a.version = 3;
        a.createdAt = QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        a.updatedAt = QDateTime(QDate(2024, 2, 29), QTime(0, 0, 0, 7), Qt::OffsetFromUTC, 3 * 3600);
        const QString json = HistoryStore::toJson(a);
        QVERIFY(QJsonDocument::fromJson(json.toUtf8()).isObject());
        Result<Annotation> back = HistoryStore::annotationFromJson(json);
        QVERIFY2(back, why(back));
        QCOMPARE(back->id, 17);
        QCOMPARE(back->annotator, a.annotator);
        QCOMPARE(back->label, u"LOC"_s);
        QCOMPARE(back->confidence, 0.1);
        QCOMPARE(back->entityId, 5);
        QCOMPARE(back->version, 3);
        QCOMPARE(back->createdAt, a.createdAt);
        QCOMPARE(back->updatedAt, a.updatedAt);  // the same instant, now in UTC
        QCOMPARE(back->updatedAt.time(), QTime(21, 0, 0, 7));
        QVERIFY(!HistoryStore::annotationFromJson(u"{\"status\":\"maybe\"}"_s));
        QVERIFY(!HistoryStore::annotationFromJson(u"not json"_s));
    }

    void addAllIsOneTransaction()
    {
        AnnotationStore annotations(*m_db);
        const QList<Annotation> batch = {
            annotationOf(m_documentId, kKadhimi, u"بغداد"_s, u"LOC"_s),
            annotationOf(m_documentId, kKadhimi, u"مصطفى الكاظمي"_s, u"PERS"_s),
            annotationOf(m_documentId, kKadhimi, u"أيمن الصفدي"_s, u"PERS"_s),
        };
        Result<QList<qint64>> ids = annotations.addAll(batch);
        QVERIFY2(ids, why(ids));
        QCOMPARE(ids->size(), 3);
        // In offset order, whatever the insertion order.
        const QList<Annotation> stored = *annotations.forDocument(m_documentId);
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(0).id, ids->at(1));
        QCOMPARE(stored.at(1).id, ids->at(0));
        QCOMPARE(stored.at(2).id, ids->at(2));
        QCOMPARE(HistoryStore(*m_db).forDocument(m_documentId)->size(), 3);

        // One bad annotation (unknown label) and none of the batch is stored.
        QList<Annotation> broken = batch;
        broken[1].label = u"GPE"_s;
        Result<QList<qint64>> refused = annotations.addAll(broken);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"there is no label GPE"_s), why(refused));
        QCOMPARE(annotations.forDocument(m_documentId)->size(), 3);
        QCOMPARE(rowCount(*m_db, u"history"_s), 3);
    }

    void badAnnotationsAreRefused()
    {
        AnnotationStore annotations(*m_db);
        Annotation a = annotationOf(m_documentId, kKadhimi, u"بغداد"_s, u"LOC"_s);
        a.end = a.start;
        QVERIFY(!annotations.add(a));
        a = annotationOf(m_documentId, kKadhimi, u"بغداد"_s, QString());
        QVERIFY(!annotations.add(a));
        a = annotationOf(m_documentId, kKadhimi, u"بغداد"_s, u"LOC"_s);
        a.entityId = 77;
        Result<qint64> noEntity = annotations.add(a);
        QVERIFY(!noEntity);
        QVERIFY2(noEntity.error().contains(u"there is no entity 77"_s), why(noEntity));
        QCOMPARE(rowCount(*m_db, u"annotations"_s), 0);
        QCOMPARE(rowCount(*m_db, u"history"_s), 0);
    }

    void foreignKeysHold()
    {
        AnnotationStore annotations(*m_db);
        // No annotation on a document that does not exist.
        Result<qint64> orphan = annotations.add(annotationOf(999, kKadhimi, u"بغداد"_s, u"LOC"_s));
        QVERIFY(!orphan);
        QVERIFY2(orphan.error().contains(u"there is no document 999"_s), why(orphan));
        QCOMPARE(rowCount(*m_db, u"annotations"_s), 0);

        // Deleting the document (plain SQL, as a second tool would) takes its annotations.
        QVERIFY(annotations.add(annotationOf(m_documentId, kKadhimi, u"بغداد"_s, u"LOC"_s)).ok());
        QSqlQuery query(m_db->connection());
        QVERIFY(query.prepare(u"DELETE FROM documents WHERE id = ?"_s));
        query.addBindValue(m_documentId);
        QVERIFY(query.exec());
        QCOMPARE(rowCount(*m_db, u"annotations"_s), 0);
    }

    void updateBumpsTheVersionAndRecordsBeforeAndAfter()
    {
        AnnotationStore annotations(*m_db);
        const qint64 id = *annotations.add(
            annotationOf(m_documentId, kKadhimi, u"وزير الخارجية الأردني"_s, u"PERS"_s));
        Annotation changed = *annotations.get(id);
        // The analyst narrows the span to «الخارجية الأردني» and makes it an ORG.
        const int start = int(kKadhimi.indexOf(u"الخارجية"_s));
        changed.start = start;
        changed.label = u"ORG"_s;
        changed.status = AnnotationStatus::Edited;
        changed.source = AnnotationSource::Analyst;
        changed.confidence = 1.0;
        QTest::qWait(2);
        Result<Annotation> updated = annotations.update(changed, u"huda"_s);
        QVERIFY2(updated, why(updated));
        QCOMPARE(updated->version, 2);
        QCOMPARE(updated->annotator, u"huda"_s);
        QVERIFY(updated->updatedAt > updated->createdAt);

        const Annotation stored = *annotations.get(id);
        QCOMPARE(stored.start, start);
        QCOMPARE(stored.label, u"ORG"_s);
        QCOMPARE(toString(stored.status), toString(AnnotationStatus::Edited));
        QCOMPARE(toString(stored.source), toString(AnnotationSource::Analyst));
        QCOMPARE(stored.version, 2);
        QCOMPARE(stored.annotator, u"huda"_s);
        QCOMPARE(stored.updatedAt, updated->updatedAt);

        const QList<HistoryEntry> history = *HistoryStore(*m_db).forAnnotation(id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).action, u"update"_s);  // newest last
        QCOMPARE(history.at(1).annotator, u"huda"_s);
        const Annotation before = *HistoryStore::annotationFromJson(history.at(1).before);
        const Annotation after = *HistoryStore::annotationFromJson(history.at(1).after);
        QCOMPARE(before.label, u"PERS"_s);
        QCOMPARE(before.version, 1);
        QCOMPARE(toString(before.status), toString(AnnotationStatus::Suggested));
        QCOMPARE(after.label, u"ORG"_s);
        QCOMPARE(after.start, start);
        QCOMPARE(after.version, 2);
        QCOMPARE(toString(after.status), toString(AnnotationStatus::Edited));
    }

    void staleUpdateChangesNothing()
    {
        AnnotationStore annotations(*m_db);
        const qint64 id = *annotations.add(
            annotationOf(m_documentId, kKadhimi, u"بغداد"_s, u"LOC"_s));
        Annotation mine = *annotations.get(id);
        Annotation theirs = mine;  // another analyst loaded the same version

        theirs.status = AnnotationStatus::Accepted;
        QVERIFY(annotations.update(theirs, u"omar"_s).ok());

        mine.status = AnnotationStatus::Rejected;
        Result<Annotation> refused = annotations.update(mine, u"huda"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"changed by someone else"_s), why(refused));

        const Annotation stored = *annotations.get(id);
        QCOMPARE(toString(stored.status), toString(AnnotationStatus::Accepted));
        QCOMPARE(stored.annotator, u"omar"_s);
        QCOMPARE(stored.version, 2);
        QCOMPARE(HistoryStore(*m_db).forAnnotation(id)->size(), 2);

        // A missing annotation cannot be updated either.
        mine.id = 4242;
        QVERIFY(!annotations.update(mine, u"huda"_s));
    }

    void removeRecordsTheLastState()
    {
        AnnotationStore annotations(*m_db);
        const qint64 id = *annotations.add(
            annotationOf(m_documentId, kKadhimi, u"أيمن الصفدي"_s, u"PERS"_s));
        const qint64 other = *annotations.add(
            annotationOf(m_documentId, kKadhimi, u"بغداد"_s, u"LOC"_s));
        QVERIFY(annotations.remove(id, u"huda"_s));
        QVERIFY(!annotations.get(id));
        QVERIFY(annotations.get(other).ok());
        QVERIFY(!annotations.remove(id, u"huda"_s));  // already gone

        const QList<HistoryEntry> history = *HistoryStore(*m_db).forDocument(m_documentId);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).annotationId, id);
        QCOMPARE(history.at(1).annotationId, other);
        QCOMPARE(history.at(2).action, u"delete"_s);
        QCOMPARE(history.at(2).annotator, u"huda"_s);
        QVERIFY(history.at(2).after.isEmpty());
        const Annotation last = *HistoryStore::annotationFromJson(history.at(2).before);
        QCOMPARE(last.id, id);
        QCOMPARE(kKadhimi.mid(last.start, last.end - last.start), u"أيمن الصفدي"_s);

        // Undo marks (for the later undo/redo).
        QVERIFY(HistoryStore(*m_db).setUndone(history.at(2).id, true));
        QVERIFY(HistoryStore(*m_db).forAnnotation(id)->constLast().undone);
        QVERIFY(!HistoryStore(*m_db).setUndone(99999, true));
    }

    void withStatusInDocumentOrder()
    {
        AnnotationStore annotations(*m_db);
        const qint64 second = *DocumentStore(*m_db).add(document(u"l"_s, kLeague));
        QVERIFY(annotations.addAll({
            annotationOf(second, kLeague, u"القاهرة"_s, u"LOC"_s, AnnotationStatus::Accepted),
            annotationOf(m_documentId, kKadhimi, u"بغداد"_s, u"LOC"_s, AnnotationStatus::Accepted),
            annotationOf(m_documentId, kKadhimi, u"مصطفى الكاظمي"_s, u"PERS"_s,
                         AnnotationStatus::Manual),
            annotationOf(second, kLeague, u"جامعة الدول العربية"_s, u"ORG"_s),
        }).ok());
        const QList<Annotation> decided =
            *annotations.withStatus({AnnotationStatus::Accepted, AnnotationStatus::Manual});
        QCOMPARE(decided.size(), 3);
        QCOMPARE(decided.at(0).label, u"PERS"_s);  // first document, first offset
        QCOMPARE(decided.at(1).label, u"LOC"_s);
        QCOMPARE(decided.at(1).documentId, m_documentId);
        QCOMPARE(decided.at(2).documentId, second);
        QCOMPARE(annotations.withStatus({AnnotationStatus::Suggested})->size(), 1);
        QCOMPARE(annotations.withStatus({})->size(), 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_documentId = 0;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "test_annotationstore.moc"
