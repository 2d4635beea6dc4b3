// The review's runs of the tagger (review/tagging.h) outside the window: learning from a
// reviewed document happens once per document and only for reviewed ones; the corpus's
// entities are found for "Link to entity" in the matching form; on PostgreSQL, training and
// learning are refused with a reason (when ALAM_TEST_PG_HOST and ALAM_TEST_PG_DATABASE name
// a server and an empty database to use).
#include "common/postgresoptions.h"
#include "reviewtestutil.h"

#include "review/entitydirectory.h"
#include "review/learningjournal.h"
#include "review/tagging.h"
#include "store/entitystore.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::reviewtest;

class TestTaggingRuns final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_path = m_dir.filePath(u"runs-%1.sqlite"_s.arg(++m_count));
        m_db = open(m_path);
        QVERIFY(m_db);
        m_id = addArticle(*m_db);
        QVERIFY(m_id > 0);
    }
    void cleanup() { m_db.reset(); }

    void learnsFromAReviewedDocumentOnce()
    {
        Result<LearnRunReport> early = Tagging::learnFromReviewed(*m_db, m_id);
        QVERIFY(!early);  // not reviewed: its suggestions are no decisions
        QVERIFY(early.error().contains(u"not reviewed"_s));

        QVERIFY(DocumentStore(*m_db).setStatus(m_id, ReviewStatus::Reviewed, u"huda"_s));
        Result<LearnRunReport> first = Tagging::learnFromReviewed(*m_db, m_id);
        QVERIFY2(first, why(first));
        QVERIFY(first->learned);
        QVERIFY(first->sentences > 0);
        QVERIFY(QFileInfo::exists(first->modelPath));
        const QDateTime written = QFileInfo(first->modelPath).lastModified();

        Result<LearnRunReport> again = Tagging::learnFromReviewed(*m_db, m_id);
        QVERIFY2(again, why(again));
        QVERIFY(!again->learned);
        QCOMPARE(QFileInfo(again->modelPath).lastModified(), written);
        QCOMPARE(*LearningJournal(*m_db).documents(), QList<qint64>{m_id});
    }

    void findsCorpusEntitiesInTheMatchingForm()
    {
        Entity kadhimi{0, u"مصطفى الكاظمي"_s, u"PERS"_s, {}};
        Result<qint64> person = EntityStore(*m_db).add(kadhimi);
        Result<qint64> place = EntityStore(*m_db).add({0, u"بغداد"_s, u"LOC"_s, {}});
        QVERIFY(person && place);
        QVERIFY(EntityStore(*m_db).addAlias(*person, u"أبو هيا"_s));
        const auto names = [&](const QString& label, const QString& query) {
            QStringList found;
            const Result<QList<EntityChoice>> choices = EntityDirectory(*m_db).withLabel(label, query);
            if (!choices)
                return QStringList{choices.error()};
            const QList<EntityChoice> list = choices.value();
            for (const EntityChoice& choice : list)
                found << choice.name;
            return found;
        };
        QCOMPARE(names(u"PERS"_s, u"مصطفي"_s), QStringList{u"مصطفى الكاظمي"_s});   // ى/ي
        QCOMPARE(names(u"PERS"_s, u"ابو هيا"_s), QStringList{u"مصطفى الكاظمي"_s});  // an alias
        QCOMPARE(names(u"PERS"_s, u"بغداد"_s), QStringList{});  // another label's
        QCOMPARE(names(u"LOC"_s, QString()), QStringList{u"بغداد"_s});
        QCOMPARE(names(u"PERS"_s, u"%"_s), QStringList{});  // taken literally
    }

    void postgresqlIsRefusedWithAReason()
    {
        const ConnectionOptions options = test::postgresOptions();
        if (options.host.isEmpty() || options.databaseName.isEmpty())
            QSKIP("Set ALAM_TEST_PG_HOST and ALAM_TEST_PG_DATABASE (an empty database) to test "
                  "PostgreSQL.");
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            QSKIP("Qt's QPSQL driver is not installed (libqt6sql6-psql).");
        Result<std::unique_ptr<Database>> pg = Database::open(options);
        QVERIFY2(pg, why(pg));
        QVERIFY(!Tagging::keepsLearnedModel(**pg));
        Result<TrainRunReport> trained = Tagging::train(**pg, {});
        QVERIFY(!trained);
        QVERIFY2(trained.error().contains(u"PostgreSQL"_s), qPrintable(trained.error()));
        QVERIFY2(trained.error().contains(u"alam train --from-db"_s), qPrintable(trained.error()));
        Result<LearnRunReport> learned = Tagging::learnFromReviewed(**pg, 1);
        QVERIFY(!learned);
        QVERIFY2(learned.error().contains(u"PostgreSQL"_s), qPrintable(learned.error()));
        // Linking to the corpus's entities works there as on SQLite (LIKE … ESCAPE).
        Result<qint64> person = EntityStore(**pg).add({0, u"مصطفى الكاظمي"_s, u"PERS"_s, {}});
        QVERIFY2(person, why(person));
        Result<QList<EntityChoice>> found = EntityDirectory(**pg).withLabel(u"PERS"_s, u"مصطفي"_s);
        QVERIFY2(found, why(found));
        const QList<EntityChoice> choices = found.value();
        QVERIFY(std::any_of(choices.cbegin(), choices.cend(),
                            [&](const EntityChoice& choice) { return choice.id == *person; }));
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    QString m_path;
    std::unique_ptr<Database> m_db;
    qint64 m_id = 0;
};

QTEST_GUILESS_MAIN(TestTaggingRuns)
#include "test_taggingruns.moc"
