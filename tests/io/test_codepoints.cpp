// UTF-16 ↔ code point offsets, with characters outside the BMP between Arabic words.
#include "io/codepoints.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;

class TestCodePoints final : public QObject {
    Q_OBJECT

private slots:
    void textWithoutAstralCharactersIsIdentity()
    {
        const QString text = u"زار الكاظمي بغداد"_s;
        const CodePointMap map(text);
        QCOMPARE(map.codePointLength(), text.size());
        for (int i = 0; i <= text.size(); ++i) {
            QCOMPARE(map.toCodePoint(i), i);
            QCOMPARE(map.toUtf16(i), std::optional<int>(i));
        }
    }

    void emojiBetweenArabicWords()
    {
        // «Baghdad 😀 Washington 🇮🇶 Amman»: one emoji (one pair) and a flag (two pairs).
        const QString text = u"بغداد 😀 واشنطن 🇮🇶 عمان"_s;
        const CodePointMap map(text);
        QCOMPARE(text.size(), 25);
        QCOMPARE(map.codePointLength(), 22);  // what Python's len() says

        const int washington = int(text.indexOf(u"واشنطن"_s));
        const int amman = int(text.indexOf(u"عمان"_s));
        QCOMPARE(washington, 9);
        QCOMPARE(map.toCodePoint(washington), 8);
        QCOMPARE(map.toCodePoint(washington + 6), 14);
        QCOMPARE(map.toCodePoint(amman), 18);
        QCOMPARE(map.toCodePoint(int(text.size())), 22);
        QCOMPARE(map.toUtf16(8), std::optional<int>(washington));
        QCOMPARE(map.toUtf16(18), std::optional<int>(amman));
        QCOMPARE(map.toUtf16(22), std::optional<int>(int(text.size())));
    }

    void roundTripsEveryCodePointBoundary()
    {
        const QString text = u"😀قال 𝐀 المتحدث🙂🙂 إن 𠜎"_s;
        const CodePointMap map(text);
        int codePoint = 0;
        for (int i = 0; i <= text.size(); ++i) {
            if (i < text.size() && text[i].isLowSurrogate())
                continue;
            QCOMPARE(map.toCodePoint(i), codePoint);
            QCOMPARE(map.toUtf16(codePoint), std::optional<int>(i));
            ++codePoint;
        }
        QCOMPARE(codePoint - 1, map.codePointLength());
    }

    void offsetInsidePairMapsToItsCharacter()
    {
        const QString text = u"ا😀ب"_s;
        const CodePointMap map(text);
        QCOMPARE(map.toCodePoint(1), 1);
        QCOMPARE(map.toCodePoint(2), 1);  // between the two halves of 😀
        QCOMPARE(map.toCodePoint(3), 2);
    }

    void outOfRangeCodePointsAreRefused()
    {
        const CodePointMap map(u"عمان 😀"_s);
        QCOMPARE(map.toUtf16(-1), std::nullopt);
        QCOMPARE(map.toUtf16(7), std::nullopt);
        QCOMPARE(map.toUtf16(6), std::optional<int>(7));
    }

    void loneSurrogateCountsAsOneCharacter()
    {
        QString text = u"اب"_s;
        text.insert(1, QChar(0xD83D));  // a high surrogate with no partner
        const CodePointMap map(text);
        QCOMPARE(map.codePointLength(), 3);
        QCOMPARE(map.toCodePoint(2), 2);
    }

    void manyOffsetsOfLongTextAreFast()
    {
        QString text;
        for (int i = 0; i < 20000; ++i)
            text += u"كلمة 😀 "_s;
        const CodePointMap map(text);
        QElapsedTimer timer;
        timer.start();
        qint64 sum = 0;
        for (int i = 0; i <= text.size(); i += 3)
            sum += map.toCodePoint(i) + map.toUtf16(map.toCodePoint(i)).value_or(0);
        QVERIFY(sum > 0);
        QVERIFY2(timer.elapsed() < 2000, "conversion should be logarithmic, not linear");
    }
};

QTEST_GUILESS_MAIN(TestCodePoints)
#include "test_codepoints.moc"
