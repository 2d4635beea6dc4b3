// A 20 MB single article: decoded and tokenised whole, with offsets right to the end.
// (Speed is measured by hand, not asserted: tests never fail on a time.)
#include "codepagebytes.h"
#include "resultmessage.h"
#include "text/decoder.h"
#include "text/tokenizer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace alam {

class TestLargeArticle final : public QObject {
    Q_OBJECT

private:
    static constexpr qsizetype kTargetBytes = 20 * 1024 * 1024;

    // Decodes and tokenises `bytes` (paragraph repeated `repeats` times in some encoding) and
    // checks the result against one paragraph's tokens.
    static void verifyArticle(const QByteArray& bytes, const QString& paragraph, int repeats,
                              const QString& expectedEncoding)
    {
        const auto decoded = TextDecoder::decode(bytes, u"large.txt"_s);
        QVERIFY2(decoded.ok(), test::messageOf(decoded).constData());
        QCOMPARE(decoded->encoding, expectedEncoding);
        const QString& text = decoded->text;
        QCOMPARE(text.size(), paragraph.size() * repeats);

        const QList<Token> one = Tokenizer::tokenize(paragraph);
        const QList<Token> tokens = Tokenizer::tokenize(text);
        QCOMPARE(tokens.size(), one.size() * repeats);
        const int lastParagraph = int(paragraph.size()) * (repeats - 1);
        for (qsizetype i = 0; i < one.size(); ++i) {
            const Token& token = tokens.at(one.size() * (repeats - 1) + i);
            QCOMPARE(token.start, one.at(i).start + lastParagraph);
            QCOMPARE(token.end, one.at(i).end + lastParagraph);
            QCOMPARE(token.kind, one.at(i).kind);
        }
        QCOMPARE(tokens.last().end, text.size() - 1);  // the final "\n"

        const QList<SentenceRange> sentences = Tokenizer::sentences(text, tokens);
        QCOMPARE(sentences.size(), Tokenizer::sentences(paragraph, one).size() * repeats);
        QCOMPARE(sentences.last().lastToken, tokens.size());
    }

private slots:
    void utf8Article()
    {
        const QString paragraph = test::arabicParagraphs() + u"قال Joe Biden إن ٢٠٢١ عام 😀.\n"_s;
        const QByteArray unit = paragraph.toUtf8();
        const int repeats = int(kTargetBytes / unit.size()) + 1;
        const QByteArray bytes = unit.repeated(repeats);
        QVERIFY(bytes.size() >= kTargetBytes);
        verifyArticle(bytes, paragraph, repeats, u"UTF-8"_s);
    }

    void windows1256Article()
    {
        QString paragraph = test::arabicParagraphs();
        paragraph.replace(u"\n"_s, u"\r\n"_s);
        const QByteArray unit = test::encodeWithIcu(paragraph, "windows-1256");
        QVERIFY(!unit.isEmpty());
        const int repeats = int(kTargetBytes / unit.size()) + 1;
        paragraph.replace(u"\r\n"_s, u"\n"_s);
        verifyArticle(unit.repeated(repeats), paragraph, repeats, u"windows-1256"_s);
    }
};

}  // namespace alam

QTEST_GUILESS_MAIN(alam::TestLargeArticle)
#include "test_largearticle.moc"
