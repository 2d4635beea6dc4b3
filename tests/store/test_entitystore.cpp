// Entities with aliases (found in the matching form) and the label set.
#include "storetestutil.h"

#include "store/entitystore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::storetest;

class TestEntityStore final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = open(m_dir.filePath(u"entities-%1.sqlite"_s.arg(++m_count)));
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void addGetAndFindByNameOrAlias()
    {
        EntityStore entities(*m_db);
        Result<qint64> id = entities.add(
            {0, u"مصطفى الكاظمي"_s, u"PERS"_s, {u"الكاظمي"_s, u"رئيس الوزراء العراقي"_s}});
        QVERIFY2(id, why(id));
        const qint64 baghdad = *entities.add({0, u"بغداد"_s, u"LOC"_s, {}});

        const Entity got = *entities.get(*id);
        QCOMPARE(got.name, u"مصطفى الكاظمي"_s);
        QCOMPARE(got.label, u"PERS"_s);
        QCOMPARE(got.aliases, (QStringList{u"الكاظمي"_s, u"رئيس الوزراء العراقي"_s}));

        QCOMPARE(findId(u"مصطفى الكاظمي"_s, u"PERS"_s), *id);
        QCOMPARE(findId(u"الكاظمي"_s, u"PERS"_s), *id);
        QCOMPARE(findId(u" الكاظمي "_s, u"PERS"_s), *id);  // surrounding spaces do not count
        QCOMPARE(findId(u"الكاظمي"_s, u"ORG"_s), 0);      // within the label only
        QCOMPARE(findId(u"الكاظمي"_s, QString()), *id);   // any label
        QCOMPARE(findId(u"بغداد"_s, u"LOC"_s), baghdad);
        QCOMPARE(findId(u"البصرة"_s, u"LOC"_s), 0);
        QVERIFY(!entities.get(999));
    }

    void findIgnoresAlefVariants()
    {
        // Relies on MatchingForm (alef variants → ا, ة → ه, no diacritics): the name is stored
        // with hamza «أيمن الصفدي», looked up as typed without it, and an alias with ة.
        EntityStore entities(*m_db);
        const qint64 id = *entities.add({0, u"أيمن الصفدي"_s, u"PERS"_s, {}});
        QCOMPARE(findId(u"ايمن الصفدي"_s, u"PERS"_s), id);
        QCOMPARE(findId(u"أَيْمَن الصفدي"_s, u"PERS"_s), id);
        const qint64 league =
            *entities.add({0, u"جامعة الدول العربية"_s, u"ORG"_s, {u"الجامعة"_s}});
        QCOMPARE(findId(u"الجامعه"_s, u"ORG"_s), league);
    }

    void aliases()
    {
        EntityStore entities(*m_db);
        const qint64 id = *entities.add({0, u"جامعة الدول العربية"_s, u"ORG"_s, {}});
        QVERIFY(entities.addAlias(id, u"الجامعة العربية"_s));
        QVERIFY(entities.addAlias(id, u"الجامعة العربية"_s));  // again: kept once
        QCOMPARE(entities.get(id)->aliases, QStringList{u"الجامعة العربية"_s});
        QVERIFY(!entities.addAlias(id, u"  "_s));
        Status missing = entities.addAlias(555, u"الجامعة"_s);
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(u"there is no entity 555"_s), why(missing));
    }

    void entityNeedsANameAndAKnownLabel()
    {
        EntityStore entities(*m_db);
        QVERIFY(!entities.add({0, u" "_s, u"PERS"_s, {}}));
        Result<qint64> unknown = entities.add({0, u"القاهرة"_s, u"CITY"_s, {u"مصر المحروسة"_s}});
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains(u"there is no label CITY"_s), why(unknown));
        QCOMPARE(rowCount(*m_db, u"entities"_s), 0);
        QCOMPARE(rowCount(*m_db, u"entity_aliases"_s), 0);
    }

    void allGroupsAliases()
    {
        EntityStore entities(*m_db);
        const qint64 kadhimi = *entities.add({0, u"مصطفى الكاظمي"_s, u"PERS"_s, {u"الكاظمي"_s}});
        const qint64 cairo = *entities.add({0, u"القاهرة"_s, u"LOC"_s, {}});
        const qint64 safadi = *entities.add({0, u"أيمن الصفدي"_s, u"PERS"_s, {u"الصفدي"_s}});
        QVERIFY(entities.addAlias(kadhimi, u"رئيس الوزراء"_s));
        const QList<Entity> all = *entities.all();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).id, cairo);  // LOC before PERS
        QVERIFY(all.at(0).aliases.isEmpty());
        QCOMPARE(all.at(1).id, safadi);  // «أيمن» sorts before «مصطفى»
        QCOMPARE(all.at(1).aliases, QStringList{u"الصفدي"_s});
        QCOMPARE(all.at(2).id, kadhimi);
        QCOMPARE(all.at(2).aliases, (QStringList{u"الكاظمي"_s, u"رئيس الوزراء"_s}));
    }

    void labelsAddAndUpdate()
    {
        LabelStore labels(*m_db);
        QVERIFY(labels.add({u"EVENT"_s, u"#911eb4"_s, u"5"_s, u"حدث"_s}));
        QList<Label> all = *labels.all();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.constLast().name, u"EVENT"_s);
        QCOMPARE(all.constLast().description, u"حدث"_s);

        Status again = labels.add({u"EVENT"_s, u"#911eb4"_s, QString(), {}});
        QVERIFY(!again);
        QVERIFY2(again.error().contains(u"EVENT"_s), why(again));
        Status taken = labels.add({u"GPE"_s, u"#46f0f0"_s, u"1"_s, {}});
        QVERIFY(!taken);
        QVERIFY2(taken.error().contains(u"PERS"_s), why(taken));
        QVERIFY(!labels.add({u"B LOC"_s, u"#46f0f0"_s, QString(), {}}));
        QVERIFY(!labels.add({u"GPE"_s, u"teal"_s, QString(), {}}));
        QCOMPARE(labels.all()->size(), 5);

        QVERIFY(labels.update({u"LOC"_s, u"#008080"_s, u"2"_s, u"مكان"_s}));
        all = *labels.all();
        QCOMPARE(all.at(1).name, u"LOC"_s);
        QCOMPARE(all.at(1).colour, u"#008080"_s);
        QCOMPARE(all.at(1).description, u"مكان"_s);
        QVERIFY(!labels.update({u"LOC"_s, u"#008080"_s, u"5"_s, {}}));  // EVENT's key
        QVERIFY(!labels.update({u"NOPE"_s, u"#008080"_s, QString(), {}}));
        QVERIFY(labels.update({u"MISC"_s, u"#f58231"_s, QString(), {}}));  // no shortcut
        QCOMPARE(labels.all()->at(3).shortcut, QString());
    }

private:
    qint64 findId(const QString& name, const QString& label)
    {
        Result<std::optional<Entity>> found = EntityStore(*m_db).find(name, label);
        if (!found) {
            qWarning().noquote() << found.error();
            return -1;
        }
        return found->has_value() ? (*found)->id : 0;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestEntityStore)
#include "test_entitystore.moc"
