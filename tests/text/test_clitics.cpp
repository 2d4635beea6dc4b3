// Clitics: proclitic readings of real news tokens, with original offsets.
#include "text/clitics.h"
#include "text/tokenizer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace alam {

class TestClitics final : public QObject {
    Q_OBJECT

private:
    // The readings of the token at `tokenStart` (white space ends it).
    static QList<CliticReading> readingsAt(const QString& text, int tokenStart)
    {
        int end = tokenStart;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        return Clitics::analyse(text, tokenStart, end);
    }

    static const CliticReading* withProclitics(const QList<CliticReading>& readings,
                                               const QString& proclitics, bool article)
    {
        for (const CliticReading& reading : readings) {
            if (reading.proclitics == proclitics && reading.hasArticle == article)
                return &reading;
        }
        return nullptr;
    }

    static void verifyOrdered(const QList<CliticReading>& readings)
    {
        QVERIFY(!readings.isEmpty());
        QVERIFY(readings.first().proclitics.isEmpty());
        for (qsizetype i = 1; i < readings.size(); ++i)
            QVERIFY(readings.at(i).proclitics.size() >= readings.at(i - 1).proclitics.size());
    }

private slots:
    void conjunctionBeforeWaw()
    {
        const QString text = u"بين بغداد وواشنطن اليوم"_s;
        const int offset = 10;
        const auto readings = readingsAt(text, offset);
        verifyOrdered(readings);
        QCOMPARE(readings.first().stemStart, offset);
        QCOMPARE(readings.first().stem, u"وواشنطن"_s);
        const CliticReading* waw = withProclitics(readings, u"و"_s, false);
        QVERIFY(waw);
        QCOMPARE(waw->stemStart, offset + 1);
        QCOMPARE(waw->stemEnd, offset + 7);
        QCOMPARE(text.mid(waw->stemStart, waw->stemEnd - waw->stemStart), u"واشنطن"_s);
        QCOMPARE(waw->stem, u"واشنطن"_s);
        QCOMPARE(waw->bareStem, u"واشنطن"_s);
    }

    void diacriticAfterTheConjunction()
    {
        const QString text = u"وَواشنطن"_s;
        const auto readings = Clitics::analyse(text, 0, int(text.size()));
        const CliticReading* waw = withProclitics(readings, u"و"_s, false);
        QVERIFY(waw);
        QCOMPARE(waw->stemStart, 2);  // after the و and its fatha
        QCOMPARE(waw->stem, u"واشنطن"_s);
    }

    void lamWithElidedArticle()
    {
        const QString text = u"في بيان للحكومة العراقية"_s;
        const int offset = 8;
        const auto readings = readingsAt(text, offset);
        verifyOrdered(readings);
        const CliticReading* lam = withProclitics(readings, u"ل"_s, true);
        QVERIFY(lam);
        QCOMPARE(lam->stemStart, offset + 1);
        QCOMPARE(lam->stemEnd, offset + 7);
        QCOMPARE(lam->stem, u"الحكومه"_s);
        QCOMPARE(lam->bareStem, u"حكومه"_s);
        // The elided-article reading comes before the plain ل + لحكومة one.
        QCOMPARE(readings.at(1).stem, u"الحكومه"_s);
    }

    void lamBeforeAWordStartingWithLam()
    {
        const auto readings = readingsAt(u"لليبيا"_s, 0);
        const CliticReading* plain = withProclitics(readings, u"ل"_s, false);
        QVERIFY(plain);
        QCOMPARE(plain->stem, u"ليبيا"_s);
        QCOMPARE(plain->stemStart, 1);
    }

    void prepositionWithArticle()
    {
        const QString text = u"صوت بالبرلمان"_s;
        const auto readings = readingsAt(text, 4);
        verifyOrdered(readings);
        const CliticReading* ba = withProclitics(readings, u"ب"_s, true);
        QVERIFY(ba);
        QCOMPARE(ba->stemStart, 5);
        QCOMPARE(ba->stem, u"البرلمان"_s);
        QCOMPARE(ba->bareStem, u"برلمان"_s);
    }

    void conjunctionWithArticle()
    {
        const auto readings = readingsAt(u"والكاظمي"_s, 0);
        verifyOrdered(readings);
        QCOMPARE(readings.size(), 2);
        QCOMPARE(readings.at(1).proclitics, u"و"_s);
        QCOMPARE(readings.at(1).stemStart, 1);
        QCOMPARE(readings.at(1).stem, u"الكاظمي"_s);
        QCOMPARE(readings.at(1).bareStem, u"كاظمي"_s);
        QVERIFY(readings.at(1).hasArticle);
    }

    void twoProclitics_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("proclitics");
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QString>("bareStem");
        QTest::newRow("فبالحكومة") << u"فبالحكومة"_s << u"فب"_s << u"الحكومه"_s << u"حكومه"_s;
        QTest::newRow("وللحكومة") << u"وللحكومة"_s << u"ول"_s << u"الحكومه"_s << u"حكومه"_s;
        QTest::newRow("وبالبرلمان") << u"وبالبرلمان"_s << u"وب"_s << u"البرلمان"_s
                                   << u"برلمان"_s;
        QTest::newRow("وكالعادة") << u"وكالعادة"_s << u"وك"_s << u"العاده"_s << u"عاده"_s;
    }

    void twoProclitics()
    {
        QFETCH(QString, token);
        QFETCH(QString, proclitics);
        QFETCH(QString, stem);
        QFETCH(QString, bareStem);
        const QString text = u"قال "_s + token;
        const auto readings = readingsAt(text, 4);
        verifyOrdered(readings);
        const CliticReading* reading = withProclitics(readings, proclitics, true);
        QVERIFY(reading);
        QCOMPARE(reading->stemStart, 6);
        QCOMPARE(reading->stemEnd, text.size());
        QCOMPARE(reading->stem, stem);
        QCOMPARE(reading->bareStem, bareStem);
        // The one-letter reading is offered too, and the list grows by prefix.
        QVERIFY(withProclitics(readings, proclitics.left(1), false));
    }

    void articleWithoutProclitics()
    {
        const auto readings = readingsAt(u"الكاظمي"_s, 0);
        QCOMPARE(readings.size(), 1);
        QVERIFY(readings.first().hasArticle);
        QCOMPARE(readings.first().bareStem, u"كاظمي"_s);
        // ال before a single letter is not an article: إلا.
        const auto illa = readingsAt(u"إلا"_s, 0);
        QCOMPARE(illa.size(), 1);
        QVERIFY(!illa.first().hasArticle);
        QCOMPARE(illa.first().stem, u"الا"_s);
    }

    void futureSeenOnlyBeforeAVerb()
    {
        const auto verb = readingsAt(u"سيقول"_s, 0);
        const CliticReading* future = withProclitics(verb, u"س"_s, false);
        QVERIFY(future);
        QCOMPARE(future->stem, u"يقول"_s);
        QVERIFY(withProclitics(readingsAt(u"وسنعمل"_s, 0), u"وس"_s, false));
        const auto syria = readingsAt(u"سوريا"_s, 0);
        QCOMPARE(syria.size(), 1);
        QCOMPARE(syria.first().stem, u"سوريا"_s);
    }

    void standaloneProcliticBeforeAQuote()
    {
        const QString text = u"لـ\"العربي الجديد\""_s;
        const QList<Token> tokens = Tokenizer::tokenize(text);
        QCOMPARE(tokens.first().in(text), u"لـ"_s);
        QVERIFY(Clitics::analyse(text, tokens.first().start, tokens.first().end).isEmpty());
        QVERIFY(Clitics::isStandaloneProclitic(tokens.first().in(text)));
        const auto name = Clitics::analyse(text, tokens.at(2).start, tokens.at(2).end);
        QCOMPARE(name.first().stemStart, 3);
        QVERIFY(name.first().hasArticle);
    }

    void standaloneProclitics()
    {
        for (const QString& token : {u"و"_s, u"ف"_s, u"ب"_s, u"لـ"_s, u"بـ"_s, u"وَ"_s, u"وبـ"_s,
                                     u"الـ"_s, u"والـ"_s, u"بالـ"_s, u"للـ"_s})
            QVERIFY2(Clitics::isStandaloneProclitic(token), qPrintable(token));
        for (const QString& token : {u""_s, u"كل"_s, u"بل"_s, u"لا"_s, u"واشنطن"_s, u"في"_s,
                                     u"سال"_s, u"Biden"_s, u"ـ"_s})
            QVERIFY2(!Clitics::isStandaloneProclitic(token), qPrintable(token));
    }

    void presentationForms()
    {
        // ﻟﻠﺤﻜﻮﻣﺔ in presentation forms reads like للحكومة; the prefix of ﻻﻋﺐ is inside the
        // ligature, so no span could start after it.
        const auto government = readingsAt(u"ﻟﻠﺤﻜﻮﻣﺔ"_s, 0);
        const CliticReading* lam = withProclitics(government, u"ل"_s, true);
        QVERIFY(lam);
        QCOMPARE(lam->stemStart, 1);
        QCOMPARE(lam->stem, u"الحكومه"_s);
        const auto player = readingsAt(u"ﻻﻋﺐ"_s, 0);
        QCOMPARE(player.size(), 1);
        QCOMPARE(player.first().stem, u"لاعب"_s);
    }

    void latinAndShortTokens()
    {
        const auto biden = readingsAt(u"Biden"_s, 0);
        QCOMPARE(biden.size(), 1);
        QCOMPARE(biden.first().stem, u"Biden"_s);
        QVERIFY(readingsAt(u"و"_s, 0).isEmpty());
        QVERIFY(readingsAt(u"وو"_s, 0).size() == 1);  // no one-letter stem
    }

    void offsetsOutsideTheTextAreClamped()
    {
        const QString text = u"وواشنطن"_s;
        QCOMPARE(Clitics::analyse(text, -5, 100).first().stemEnd, text.size());
        QVERIFY(Clitics::analyse(text, 50, 60).isEmpty());
        QVERIFY(Clitics::analyse(text, 5, 2).isEmpty());
    }
};

}  // namespace alam

QTEST_GUILESS_MAIN(alam::TestClitics)
#include "test_clitics.moc"
