// Feature extraction on Arabic tokens: stems after clitic analysis, gazetteer classes with
// proclitics, the dictionary flag, and windows that reach across neighbours.
#include "ner/features.h"
#include "ner/hashing.h"
#include "ner/lexicon.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam::ner;

class TestNerFeatures final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto lexicon = Lexicon::withDictionary(Dictionary::none());
        QVERIFY2(lexicon.ok(), qPrintable(lexicon.error()));
        m_lexicon = *lexicon;
    }

    void stemsWithoutProclitics()
    {
        const FeatureExtractor features(m_lexicon);
        QCOMPARE(features.word(u"وواشنطن").stem, hashText(u"واشنطن"));
        QCOMPARE(features.word(u"والعراق").stem, hashText(u"عراق"));  // article off too
        QCOMPARE(features.word(u"العراق").stem, hashText(u"عراق"));
        QCOMPARE(features.word(u"للحكومة").stem, hashText(u"حكومه"));  // matching form, ة → ه
        QCOMPARE(features.word(u"بغداد").form, hashText(u"بغداد"));
        QCOMPARE(features.word(u"بغداد").stem, hashText(u"بغداد"));   // ب is part of the name
        QCOMPARE(features.word(u"وبغداد").stem, hashText(u"بغداد"));  // not و + ب + غداد
        // the matching form: hamza on alef and diacritics do not matter
        QCOMPARE(features.word(u"إيران").form, features.word(u"ايران").form);
    }

    void gazetteerClassesReadThroughClitics()
    {
        const FeatureExtractor features(m_lexicon);
        const Gazetteer& gazetteer = m_lexicon->gazetteer;
        QVERIFY(features.word(u"وواشنطن").gazetteerClasses & gazetteer.classMask({u"LOC"_s}));
        QVERIFY(features.word(u"وبغداد").gazetteerClasses & gazetteer.classMask({u"LOC"_s}));
        QVERIFY(features.word(u"الرئيس").gazetteerClasses & gazetteer.classMask({u"TITLE"_s}));
        QVERIFY(features.word(u"وزارة").gazetteerClasses & gazetteer.classMask({u"ORGHEAD"_s}));
        QVERIFY(features.word(u"حزيران").gazetteerClasses & gazetteer.classMask({u"TIME"_s}));
        QCOMPARE(features.word(u"كتاب").gazetteerClasses, 0u);
    }

    void windowKeys()
    {
        const FeatureExtractor features(m_lexicon);
        const QList<QList<quint64>> keys = features.sentence({u"قال"_s, u"الرئيس"_s, u"ترامب"_s});
        QCOMPARE(keys.size(), 3);
        // the same word gives the same keys, at every run
        QCOMPARE(features.word(u"ترامب").keys, features.word(u"ترامب").keys);
        const WordFeatures president = features.word(u"الرئيس");
        // ترامب's features hold what الرئيس gives the word after it, قال's what it gives two
        // words on; the first token sees the sentence start.
        for (quint64 key : president.keys[windowRadius - 1])
            QVERIFY(keys[2].contains(key));
        for (quint64 key : president.keys[windowRadius + 1])
            QVERIFY(keys[0].contains(key));
        for (quint64 key : features.beforeSentence().keys[windowRadius - 1])
            QVERIFY(keys[0].contains(key));
        QVERIFY(!keys[1].contains(features.beforeSentence().keys[windowRadius - 1].first()));
        // a word's own keys and its keys as a neighbour differ
        QVERIFY(president.keys[windowRadius].first() != president.keys[windowRadius - 1].first());
    }

    void triggerOnTheLeft()
    {
        // The TITLE match ending right before ترامب is a context key that ترامب has only
        // when الرئيس stands there.
        const FeatureExtractor features(m_lexicon);
        const QList<QList<quint64>> with = features.sentence({u"الرئيس"_s, u"ترامب"_s});
        const QList<QList<quint64>> without = features.sentence({u"الكتاب"_s, u"ترامب"_s});
        int onlyWith = 0;
        for (quint64 key : with[1])
            onlyWith += !without[1].contains(key);
        QVERIFY(onlyWith >= 3);  // window form, neighbour stem, title ending at −1, …
    }

    void dictionaryTellsForeignNames()
    {
        auto dictionary = Dictionary::loadDefault();
        if (!dictionary)
            QSKIP("hunspell-ar is not installed");
        QVERIFY((*dictionary)->isKnown(u"الحكومة"));
        QVERIFY((*dictionary)->isKnown(u"بغداد"));
        QVERIFY(!(*dictionary)->isKnown(u"ترامب"));
        QVERIFY(!(*dictionary)->isKnown(u"بايدن"));
        QVERIFY(!(*dictionary)->isKnown(u"أربيل"));
        // ar.dic's own name lists: a country stands in another part than a verb
        QVERIFY(!(*dictionary)->entryClasses(u"فرنسا"_s).isEmpty());
        QVERIFY((*dictionary)->entryClasses(u"فرنسا"_s) != (*dictionary)->entryClasses(u"كتب"_s));
        QVERIFY((*dictionary)->entryClasses(u"ترامب"_s).isEmpty());
    }

private:
    std::shared_ptr<const Lexicon> m_lexicon;
};

QTEST_GUILESS_MAIN(TestNerFeatures)
#include "test_features.moc"
