// Gazetteer matching: longest first, per class, with proclitics on the first token; and the
// shipped lists (Iraq's governorates, month names as a negative list).
#include "ner/gazetteer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam::ner;

namespace {

QList<GazetteerMatch> matchText(const Gazetteer& gazetteer, const QString& text)
{
    QList<GazetteerKeys> keys;
    for (const QString& token : text.split(u' '))
        keys.append(GazetteerKeys::of(token));
    return gazetteer.match(keys.constData(), int(keys.size()));
}

}  // namespace

class TestNerGazetteer final : public QObject {
    Q_OBJECT

private slots:
    void procliticsOnTheFirstToken()
    {
        Gazetteer gazetteer;
        gazetteer.add(u"واشنطن", u"LOC"_s);
        gazetteer.add(u"الحكومة العراقية", u"ORG"_s);
        const QList<GazetteerMatch> matches = matchText(gazetteer, u"زار وواشنطن ثم بيان للحكومة العراقية"_s);
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches[0].firstToken, 1);
        QCOMPARE(matches[0].lastToken, 2);
        QVERIFY(matches[0].reading > 0);  // matched after stripping و
        QCOMPARE(gazetteer.classes().at(matches[0].classId), u"LOC"_s);
        // ل + الحكومة with the article's alef elided, and the matching form (ة = ه)
        QCOMPARE(matches[1].firstToken, 4);
        QCOMPARE(matches[1].lastToken, 6);
    }

    void longestFirstPerClass()
    {
        Gazetteer gazetteer;
        gazetteer.add(u"رئيس", u"TITLE"_s);
        gazetteer.add(u"رئيس الوزراء", u"TITLE"_s);
        gazetteer.add(u"الوزراء", u"ORG"_s);
        const QList<GazetteerMatch> matches = matchText(gazetteer, u"قال رئيس الوزراء"_s);
        // TITLE takes the two-word entry; ORG still matches inside it (classes are independent)
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches[0].lastToken - matches[0].firstToken, 2);
        QCOMPARE(gazetteer.classes().at(matches[1].classId), u"ORG"_s);
        QCOMPARE(matches[1].firstToken, 2);
    }

    void shortStemsAfterProcliticsDoNotMatch()
    {
        Gazetteer gazetteer;
        gazetteer.add(u"ين", u"MISC"_s);  // the yen; بين (between) must not become ب + ين
        QVERIFY(matchText(gazetteer, u"بين"_s).isEmpty());
        QCOMPARE(matchText(gazetteer, u"ين"_s).size(), 1);
    }

    void fingerprintFollowsContent()
    {
        Gazetteer a, b;
        a.add(u"بغداد", u"LOC"_s);
        b.add(u"بغداد", u"LOC"_s);
        QCOMPARE(a.fingerprint(), b.fingerprint());
        b.add(u"البصرة", u"LOC"_s);
        QVERIFY(a.fingerprint() != b.fingerprint());
    }

    void shippedLists()
    {
        auto loaded = Gazetteer::loadDefault();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const Gazetteer& gazetteer = *loaded;
        for (const QString& name : {u"LOC"_s, u"PERS"_s, u"ORG"_s, u"MISC"_s, u"TIME"_s, u"TITLE"_s, u"ORGHEAD"_s})
            QVERIFY2(gazetteer.classId(name) >= 0, qPrintable(name));
        // Iraq's 18 governorates, as places
        const quint32 place = gazetteer.classMask({u"LOC"_s});
        const QStringList governorates{u"بغداد"_s, u"البصرة"_s, u"نينوى"_s, u"أربيل"_s, u"السليمانية"_s,
                                       u"دهوك"_s, u"كركوك"_s, u"ديالى"_s, u"الأنبار"_s, u"صلاح الدين"_s,
                                       u"بابل"_s, u"كربلاء"_s, u"النجف"_s, u"واسط"_s, u"ميسان"_s,
                                       u"ذي قار"_s, u"المثنى"_s, u"القادسية"_s};
        QCOMPARE(governorates.size(), 18);
        for (const QString& governorate : governorates) {
            const QList<GazetteerMatch> matches = matchText(gazetteer, governorate);
            const bool found = std::any_of(matches.cbegin(), matches.cend(), [&](const GazetteerMatch& m) {
                return (place & (1u << m.classId)) && m.firstToken == 0
                       && m.lastToken == governorate.count(u' ') + 1;
            });
            QVERIFY2(found, qPrintable(governorate));
        }
        // month names are a negative list (TIME), Iraqi/Levantine and Gregorian alike
        const quint32 time = gazetteer.classMask({u"TIME"_s});
        for (const QString& month : {u"نيسان"_s, u"آذار"_s, u"أيلول"_s, u"يناير"_s, u"أغسطس"_s})
            QVERIFY2(gazetteer.classesOfWord(GazetteerKeys::of(month)) & time, qPrintable(month));
        QCOMPARE(matchText(gazetteer, u"في كانون الثاني"_s).size() >= 1, true);
        // heads of state, with a proclitic
        const quint32 person = gazetteer.classMask({u"PERS"_s});
        QVERIFY(gazetteer.classesOfWord(GazetteerKeys::of(u"وترامب")) & person);
        QVERIFY(gazetteer.classesOfWord(GazetteerKeys::of(u"داعش")) & gazetteer.classMask({u"ORG"_s}));
    }

    void missingIndexIsAnError()
    {
        auto loaded = Gazetteer::load(u"/nonexistent/folder"_s);
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().contains(u"index.txt"_s));
    }
};

QTEST_GUILESS_MAIN(TestNerGazetteer)
#include "test_gazetteer.moc"
