// History beyond annotations: a document's status and reviewer, entities and their aliases,
// labels. Each change writes its row (before, after, annotator, time) in the change's own
// transaction: both are stored or neither.
#include "storetestutil.h"

#include "store/entitystore.h"
#include "store/historystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::storetest;

namespace {

QJsonObject jsonOf(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

}  // namespace

class TestHistory final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = open(m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_count)));
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void documentStatusAndReviewerAreRecorded()
    {
        DocumentStore documents(*m_db);
        const qint64 id = *documents.add(document(u"k"_s, kKadhimi));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(documents.setStatus(id, ReviewStatus::InProgress, u"huda"_s));
        QVERIFY(documents.setStatus(id, ReviewStatus::Reviewed, u"omar"_s));
        QVERIFY(documents.setStatus(id, ReviewStatus::Reviewed, u"omar"_s));  // no change

        const QList<HistoryEntry> rows = *HistoryStore(*m_db).forDocument(id);
        QCOMPARE(rows.size(), 2);
        const HistoryEntry& last = rows.last();
        QCOMPARE(toString(last.subject), toString(HistorySubject::Document));
        QCOMPARE(last.documentId, id);
        QCOMPARE(last.annotationId, qint64(0));
        QCOMPARE(last.action, u"set_status"_s);
        QCOMPARE(last.annotator, u"omar"_s);
        QVERIFY(last.at >= before && last.at <= QDateTime::currentDateTimeUtc());
        QCOMPARE(jsonOf(last.before).value(u"status"_s).toString(), u"in_progress"_s);
        QCOMPARE(jsonOf(last.before).value(u"reviewer"_s).toString(), u"huda"_s);
        QCOMPARE(jsonOf(last.after).value(u"status"_s).toString(), u"reviewed"_s);
        QCOMPARE(jsonOf(last.after).value(u"reviewer"_s).toString(), u"omar"_s);
        QCOMPARE(jsonOf(rows.first().before).value(u"status"_s).toString(), u"new"_s);

        // An annotation's rows and the document's own come together, oldest first.
        QVERIFY(AnnotationStore(*m_db).add(annotationOf(id, kKadhimi, u"بغداد"_s, u"LOC"_s)));
        const QList<HistoryEntry> all = *HistoryStore(*m_db).forDocument(id);
        QCOMPARE(all.size(), 3);
        QCOMPARE(toString(all.last().subject), toString(HistorySubject::Annotation));
    }

    void changeAndHistoryShareOneTransaction()
    {
        DocumentStore documents(*m_db);
        const qint64 id = *documents.add(document(u"k"_s, kKadhimi));
        const int rowsBefore = rowCount(*m_db, u"history"_s);
        // The caller's transaction fails after the change: the change and its row both go.
        Status failed = m_db->transaction([&]() -> Status {
            if (!documents.setStatus(id, ReviewStatus::Reviewed, u"huda"_s))
                return Error{u"setStatus failed"_s};
            if (!EntityStore(*m_db).add({0, u"بغداد"_s, u"LOC"_s, {}}, u"huda"_s))
                return Error{u"add failed"_s};
            if (!LabelStore(*m_db).add({u"EVENT"_s, u"#911eb4"_s, u"5"_s, {}}, u"huda"_s))
                return Error{u"label failed"_s};
            return Error{u"the analyst's action failed later"_s};
        });
        QVERIFY(!failed);
        QCOMPARE(toString(documents.get(id)->status), toString(ReviewStatus::New));
        QCOMPARE(rowCount(*m_db, u"history"_s), rowsBefore);
        QCOMPARE(rowCount(*m_db, u"entities"_s), 0);
        QCOMPARE(LabelStore(*m_db).all()->size(), 4);

        // A change that fails leaves no row either.
        QVERIFY(!documents.setStatus(id + 100, ReviewStatus::Reviewed, u"huda"_s));
        QCOMPARE(rowCount(*m_db, u"history"_s), rowsBefore);
    }

    void entitiesAndAliasesAreRecorded()
    {
        EntityStore entities(*m_db);
        const qint64 id = *entities.add({0, u"مصطفى الكاظمي"_s, u"PERS"_s, {u"الكاظمي"_s}},
                                        u"huda"_s);
        QVERIFY(entities.addAlias(id, u"رئيس الوزراء"_s, u"omar"_s));
        QVERIFY(entities.addAlias(id, u"الكاظمي"_s, u"omar"_s));  // already there: no row
        QVERIFY(!entities.addAlias(id + 50, u"بغداد"_s, u"omar"_s));  // no such entity

        const QList<HistoryEntry> rows = *HistoryStore(*m_db).forEntity(id);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(toString(rows.at(0).subject), toString(HistorySubject::Entity));
        QCOMPARE(rows.at(0).action, u"add"_s);
        QCOMPARE(rows.at(0).annotator, u"huda"_s);
        QVERIFY(rows.at(0).before.isEmpty());
        QCOMPARE(jsonOf(rows.at(0).after).value(u"name"_s).toString(), u"مصطفى الكاظمي"_s);
        QCOMPARE(jsonOf(rows.at(0).after).value(u"aliases"_s).toArray(),
                 QJsonArray{u"الكاظمي"_s});
        QCOMPARE(rows.at(1).action, u"add_alias"_s);
        QCOMPARE(rows.at(1).annotator, u"omar"_s);
        QCOMPARE(jsonOf(rows.at(1).before).value(u"aliases"_s).toArray(),
                 QJsonArray{u"الكاظمي"_s});
        QCOMPARE(jsonOf(rows.at(1).after).value(u"aliases"_s).toArray(),
                 (QJsonArray{u"الكاظمي"_s, u"رئيس الوزراء"_s}));
        QVERIFY(rows.at(1).at.isValid());
        QCOMPARE(rowCount(*m_db, u"history"_s), 2);
    }

    void labelsAreRecorded()
    {
        LabelStore labels(*m_db);
        QVERIFY(labels.add({u"EVENT"_s, u"#911eb4"_s, u"5"_s, u"Events"_s}, u"huda"_s));
        QVERIFY(labels.update({u"EVENT"_s, u"#42d4f4"_s, u"6"_s, u"Events"_s}, u"omar"_s));
        QVERIFY(!labels.update({u"EVENT"_s, u"#42d4f4"_s, u"1"_s, {}}, u"omar"_s));  // PERS's key
        QVERIFY(labels.update({u"PERS"_s, u"#000075"_s, u"1"_s, u"Person"_s}, u"omar"_s));

        const QList<HistoryEntry> rows = *HistoryStore(*m_db).forLabel(u"EVENT"_s);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(toString(rows.at(0).subject), toString(HistorySubject::Label));
        QCOMPARE(rows.at(0).action, u"add"_s);
        QCOMPARE(rows.at(1).action, u"update"_s);
        QCOMPARE(rows.at(1).annotator, u"omar"_s);
        QCOMPARE(jsonOf(rows.at(1).before).value(u"colour"_s).toString(), u"#911eb4"_s);
        QCOMPARE(jsonOf(rows.at(1).before).value(u"shortcut"_s).toString(), u"5"_s);
        QCOMPARE(jsonOf(rows.at(1).after).value(u"colour"_s).toString(), u"#42d4f4"_s);
        QCOMPARE(jsonOf(rows.at(1).after).value(u"shortcut"_s).toString(), u"6"_s);
        const QList<HistoryEntry> pers = *HistoryStore(*m_db).forLabel(u"PERS"_s);
        QCOMPARE(pers.size(), 1);
        QCOMPARE(jsonOf(pers.first().before).value(u"colour"_s).toString(), u"#e6194b"_s);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestHistory)
#include "test_history.moc"
