// Tokenizer: exact UTF-16 offsets, punctuation split off, Latin words and numbers whole,
// diacritics and tatweel inside words, surrogate pairs never split, sentence ranges.
#include "resultmessage.h"
#include "text/decoder.h"
#include "text/tokenizer.h"

#include <QDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace alam {

class TestTokenizer final : public QObject {
    Q_OBJECT

private:
    static QStringList texts(const QString& text)
    {
        QStringList out;
        for (const Token& token : Tokenizer::tokenize(text))
            out.append(token.in(text).toString());
        return out;
    }

    static QList<TokenKind> kinds(const QString& text)
    {
        QList<TokenKind> out;
        for (const Token& token : Tokenizer::tokenize(text))
            out.append(token.kind);
        return out;
    }

    // Every token is the slice at its offsets, tokens are ordered and disjoint, and every
    // character outside the tokens is white space.
    static void verifyRoundTrip(const QString& text, const QList<Token>& tokens)
    {
        int covered = 0;
        for (const Token& token : tokens) {
            QVERIFY(token.start >= covered);
            QVERIFY(token.end > token.start);
            QVERIFY(token.end <= text.size());
            for (int i = covered; i < token.start; ++i)
                QVERIFY2(text.at(i).isSpace(),
                         qPrintable(u"uncovered U+%1 at %2"_s.arg(
                                 QString::number(text.at(i).unicode(), 16), QString::number(i))));
            QVERIFY(!text.at(token.start).isLowSurrogate());
            QVERIFY(!text.at(token.end - 1).isHighSurrogate());
            covered = token.end;
        }
        for (int i = covered; i < text.size(); ++i)
            QVERIFY(text.at(i).isSpace());
    }

private slots:
    void mixedLatinArabicLine()
    {
        const QString text = u"قال Joe Biden إن 2021 عام"_s;
        QCOMPARE(texts(text), (QStringList{u"قال"_s, u"Joe"_s, u"Biden"_s, u"إن"_s, u"2021"_s,
                                           u"عام"_s}));
        QCOMPARE(kinds(text), (QList<TokenKind>{TokenKind::Arabic, TokenKind::Latin,
                                                TokenKind::Latin, TokenKind::Arabic,
                                                TokenKind::Number, TokenKind::Arabic}));
        const QList<Token> tokens = Tokenizer::tokenize(text);
        QCOMPARE(tokens.at(1).start, 4);
        QCOMPARE(tokens.at(1).end, 7);
        QCOMPARE(tokens.at(4).start, 17);
        QCOMPARE(tokens.at(4).end, 21);
    }

    void numbers()
    {
        const QString text = u"عام ٢٠٢١ و۱۴۰۰ بنسبة 3.5% أو ٣٫٥ من 1,000 دينار."_s;
        QCOMPARE(texts(text), (QStringList{u"عام"_s, u"٢٠٢١"_s, u"و۱۴۰۰"_s, u"بنسبة"_s,
                                           u"3.5"_s, u"%"_s, u"أو"_s, u"٣٫٥"_s, u"من"_s,
                                           u"1,000"_s, u"دينار"_s, u"."_s}));
        const QList<TokenKind> k = kinds(text);
        QCOMPARE(k.at(1), TokenKind::Number);
        QCOMPARE(k.at(2), TokenKind::Arabic);  // و + digits: an Arabic word, not two scripts
        QCOMPARE(k.at(4), TokenKind::Number);
        QCOMPARE(k.at(5), TokenKind::Punctuation);  // % is punctuation in Unicode
        QCOMPARE(k.at(7), TokenKind::Number);
        QCOMPARE(k.at(9), TokenKind::Number);
        QCOMPARE(k.at(11), TokenKind::Punctuation);
        // A sentence-final period after a number is not a decimal point.
        QCOMPARE(texts(u"في عام 2021."_s).last(), u"."_s);
    }

    void punctuationSplitsOff()
    {
        const QString text =
                u"الكاظمي، اليوم؛ هل؟ «نعم» “قال” (بغداد) [1] {x} قال: نعم! why? a,b;c 'd' \"e\""_s;
        QCOMPARE(texts(text),
                 (QStringList{u"الكاظمي"_s, u"،"_s, u"اليوم"_s, u"؛"_s, u"هل"_s, u"؟"_s,
                              u"«"_s, u"نعم"_s, u"»"_s, u"“"_s, u"قال"_s, u"”"_s, u"("_s,
                              u"بغداد"_s, u")"_s, u"["_s, u"1"_s, u"]"_s, u"{"_s, u"x"_s,
                              u"}"_s, u"قال"_s, u":"_s, u"نعم"_s, u"!"_s, u"why"_s, u"?"_s,
                              u"a"_s, u","_s, u"b"_s, u";"_s, u"c"_s, u"'"_s, u"d"_s, u"'"_s,
                              u"\""_s, u"e"_s, u"\""_s}));
        for (const Token& token : Tokenizer::tokenize(text)) {
            if (token.length() == 1 && !token.in(text).front().isLetterOrNumber())
                QCOMPARE(token.kind, TokenKind::Punctuation);
        }
    }

    void prepositionWithTatweelBeforeQuote()
    {
        const QString text = u"لـ\"العربي الجديد\""_s;
        const QList<Token> tokens = Tokenizer::tokenize(text);
        QCOMPARE(texts(text), (QStringList{u"لـ"_s, u"\""_s, u"العربي"_s, u"الجديد"_s,
                                           u"\""_s}));
        QCOMPARE(tokens.at(0).start, 0);
        QCOMPARE(tokens.at(0).end, 2);
        QCOMPARE(tokens.at(0).kind, TokenKind::Arabic);
        QCOMPARE(tokens.at(2).start, 3);
        QCOMPARE(tokens.at(4).start, text.size() - 1);
    }

    void diacriticsAndTatweelStayInside()
    {
        const QString text = u"وَواشنطن مُحَمَّد الـكاظمي"_s;
        QCOMPARE(texts(text), (QStringList{u"وَواشنطن"_s, u"مُحَمَّد"_s, u"الـكاظمي"_s}));
        QCOMPARE(Tokenizer::tokenize(text).at(1).start, 9);
    }

    void mixedScriptWord()
    {
        QCOMPARE(kinds(u"الـBBC"_s), QList<TokenKind>{TokenKind::Mixed});
        QCOMPARE(kinds(u"G20"_s), QList<TokenKind>{TokenKind::Latin});
    }

    void outsideTheBmp()
    {
        const QString text = u"قال 😀 مرحبا😀! x𝐀y 👍🏽 🇮🇶 ب"_s;
        const QList<Token> tokens = Tokenizer::tokenize(text);
        QCOMPARE(texts(text), (QStringList{u"قال"_s, u"😀"_s, u"مرحبا"_s, u"😀"_s, u"!"_s,
                                           u"x𝐀y"_s, u"👍🏽"_s, u"🇮🇶"_s, u"ب"_s}));
        QCOMPARE(tokens.at(1).start, 4);
        QCOMPARE(tokens.at(1).end, 6);  // two UTF-16 units
        QCOMPARE(tokens.at(1).kind, TokenKind::Symbol);
        QCOMPARE(tokens.at(2).start, 7);
        QCOMPARE(tokens.at(3).start, 12);
        QCOMPARE(tokens.at(4).start, 14);
        QCOMPARE(tokens.at(5).length(), 4);
        QCOMPARE(tokens.at(5).kind, TokenKind::Latin);
        QCOMPARE(tokens.at(8).start, text.size() - 1);
        verifyRoundTrip(text, tokens);
    }

    void loneSurrogatesDoNotBreakAnything()
    {
        QString text = u"أ b"_s;
        text.insert(1, QChar(0xD83D));  // high surrogate without its low half
        text.append(QChar(0xDE00));     // low surrogate without its high half
        const QList<Token> tokens = Tokenizer::tokenize(text);
        int covered = 0;
        for (const Token& token : tokens) {
            QVERIFY(token.start >= covered && token.end > token.start);
            covered = token.end;
        }
        QCOMPARE(covered, text.size());
    }

    void invisibleBidiMarksSeparate()
    {
        const QString text = u"Biden\u200F قال\u200E"_s;
        QCOMPARE(texts(text), (QStringList{u"Biden"_s, u"قال"_s}));
        QCOMPARE(texts(u"نصف\u200Cكلمة"_s), QStringList{u"نصف\u200Cكلمة"_s});  // ZWNJ joins
    }

    void emptyAndBlank()
    {
        QVERIFY(Tokenizer::tokenize(u""_s).isEmpty());
        QVERIFY(Tokenizer::tokenize(u" \n\t "_s).isEmpty());
        QVERIFY(Tokenizer::sentences(u""_s, {}).isEmpty());
    }

    void sentences()
    {
        const QString text =
                u"جملة أولى. جملة ثانية؟ قال: \"نعم.\" ثم\nسطر جديد بلا نقطة\n\nآخر!!"_s;
        const QList<Token> tokens = Tokenizer::tokenize(text);
        const QList<SentenceRange> ranges = Tokenizer::sentences(text, tokens);
        QStringList joined;
        int expectedFirst = 0;
        for (const SentenceRange& range : ranges) {
            QCOMPARE(range.firstToken, expectedFirst);  // every token in exactly one range
            QVERIFY(range.lastToken > range.firstToken);
            joined.append(text.mid(tokens.at(range.firstToken).start,
                                   tokens.at(range.lastToken - 1).end
                                           - tokens.at(range.firstToken).start));
            expectedFirst = range.lastToken;
        }
        QCOMPARE(expectedFirst, tokens.size());
        QCOMPARE(joined, (QStringList{u"جملة أولى."_s, u"جملة ثانية؟"_s, u"قال: \"نعم.\""_s,
                                      u"ثم"_s, u"سطر جديد بلا نقطة"_s, u"آخر!!"_s}));
    }

    void seedArticlesRoundTrip()
    {
        const QDir seeds(QStringLiteral(ALAM_SHARED_DIR "/seeds"));
        const QStringList files = seeds.entryList({u"*.txt"_s}, QDir::Files);
        if (files.isEmpty())
            QSKIP("no seed articles in ALAM_SHARED_DIR/seeds");
        for (const QString& name : files) {
            const auto decoded = TextDecoder::decodeFile(seeds.filePath(name));
            QVERIFY2(decoded.ok(), test::messageOf(decoded).constData());
            const QString& text = decoded->text;
            const QList<Token> tokens = Tokenizer::tokenize(text);
            QVERIFY(tokens.size() > 100);
            verifyRoundTrip(text, tokens);
            for (const Token& token : tokens) {
                const QStringView slice = token.in(text);
                QCOMPARE(slice.size(), token.length());
                if (token.kind == TokenKind::Arabic)
                    QVERIFY(!slice.contains(u'،'));
            }
            const QList<SentenceRange> ranges = Tokenizer::sentences(text, tokens);
            QVERIFY(ranges.size() >= 5);
            QCOMPARE(ranges.last().lastToken, tokens.size());
        }
    }
};

}  // namespace alam

QTEST_GUILESS_MAIN(alam::TestTokenizer)
#include "test_tokenizer.moc"
