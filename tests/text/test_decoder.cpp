// TextDecoder: UTF-8 (BOM or not), UTF-16 with BOM, Windows-1256 and ISO-8859-6 Arabic, line
// ends, and clear errors for empty, binary, undecodable and unreadable files.
#include "codepagebytes.h"
#include "common/asnobody.h"
#include "resultmessage.h"
#include "text/decoder.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace alam {

class TestDecoder final : public QObject {
    Q_OBJECT

private:
    static QByteArray utf16WithBom(const QString& text, QStringConverter::Encoding encoding)
    {
        QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
        return encoder.encode(text);
    }

private slots:
    void utf8WithoutBom()
    {
        const QString text = u"قال Joe Biden إن 2021 عام 😀\n"_s;
        const auto decoded = TextDecoder::decode(text.toUtf8(), u"a.txt"_s);
        QVERIFY2(decoded.ok(), test::messageOf(decoded).constData());
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->encoding, u"UTF-8"_s);
    }

    void utf8BomIsStripped()
    {
        const QString text = u"مصطفى الكاظمي"_s;
        const auto decoded = TextDecoder::decode("\xEF\xBB\xBF" + text.toUtf8(), u"bom.txt"_s);
        QVERIFY2(decoded.ok(), test::messageOf(decoded).constData());
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->text.at(0), QChar(u'م'));
        QCOMPARE(decoded->encoding, u"UTF-8"_s);
    }

    void lineEndsAreNormalised()
    {
        const auto decoded = TextDecoder::decode("\xD8\xA3\r\nb\rc\n\r\nd\r"_ba, u"crlf.txt"_s);
        QVERIFY2(decoded.ok(), test::messageOf(decoded).constData());
        QCOMPARE(decoded->text, u"أ\nb\nc\n\nd\n"_s);
        QCOMPARE(TextDecoder::normaliseLineEnds(u"a\r\n\r\nb"_s), u"a\n\nb"_s);
        QCOMPARE(TextDecoder::normaliseLineEnds(u"no breaks"_s), u"no breaks"_s);
    }

    void utf16WithBom_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("name");
        QTest::newRow("LE") << int(QStringConverter::Utf16LE) << u"UTF-16LE"_s;
        QTest::newRow("BE") << int(QStringConverter::Utf16BE) << u"UTF-16BE"_s;
    }

    void utf16WithBom()
    {
        QFETCH(int, encoding);
        QFETCH(QString, name);
        const QString text = u"وواشنطن 𝐀😀\r\nللحكومة"_s;
        const QByteArray bytes = utf16WithBom(text, QStringConverter::Encoding(encoding));
        QCOMPARE(bytes.size(), 2 + text.size() * 2);
        const auto decoded = TextDecoder::decode(bytes, u"u16.txt"_s);
        QVERIFY2(decoded.ok(), test::messageOf(decoded).constData());
        QCOMPARE(decoded->text, u"وواشنطن 𝐀😀\nللحكومة"_s);
        QCOMPARE(decoded->encoding, name);
    }

    void utf16CutShortIsAnError()
    {
        QByteArray bytes = utf16WithBom(u"بغداد"_s, QStringConverter::Utf16LE);
        bytes.chop(1);
        const auto decoded = TextDecoder::decode(bytes, u"cut.txt"_s);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(u"cut.txt"_s), test::messageOf(decoded).constData());
    }

    void utf32IsNamedNotMisread()
    {
        QStringEncoder encoder(QStringConverter::Utf32LE, QStringEncoder::Flag::WriteBom);
        const auto decoded = TextDecoder::decode(encoder.encode(u"بغداد"_s), u"u32.txt"_s);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(u"UTF-32"_s), test::messageOf(decoded).constData());
    }

    void windows1256()
    {
        const QString text = test::arabicParagraphs();
        const QByteArray bytes = test::encodeWithIcu(text, "windows-1256");
        QCOMPARE(bytes.size(), text.size());  // one byte per letter: really single-byte
        const auto decoded = TextDecoder::decode(bytes, u"cp1256.txt"_s);
        QVERIFY2(decoded.ok(), test::messageOf(decoded).constData());
        QCOMPARE(decoded->encoding, u"windows-1256"_s);
        QCOMPARE(decoded->text, text);
    }

    void windows1256ShortLineWithCrLf()
    {
        // A short line gives the detector little to go on; Windows-1256 is still preferred.
        const QString text = u"رئيس الوزراء مصطفى الكاظمي في بغداد\r\n"_s;
        const auto decoded = TextDecoder::decode(test::encodeWithIcu(text, "windows-1256"),
                                                 u"short.txt"_s);
        QVERIFY2(decoded.ok(), test::messageOf(decoded).constData());
        QCOMPARE(decoded->encoding, u"windows-1256"_s);
        QCOMPARE(decoded->text, u"رئيس الوزراء مصطفى الكاظمي في بغداد\n"_s);
    }

    void windows1256WhenTheDetectorSaysLatin()
    {
        // Mostly English with an Arabic name: ICU's detector names ISO-8859-1 for these bytes,
        // but they hold Arabic words and decode cleanly as Windows-1256.
        const QString text = u"Prime Minister Mustafa al-Kadhimi (مصطفى الكاظمي) spoke in "
                             "Baghdad on Monday about the economy."_s;
        const auto decoded = TextDecoder::decode(test::encodeWithIcu(text, "windows-1256"),
                                                 u"mostly-latin.txt"_s);
        QVERIFY2(decoded.ok(), test::messageOf(decoded).constData());
        QCOMPARE(decoded->encoding, u"windows-1256"_s);
        QCOMPARE(decoded->text, text);
    }

    void iso88596()
    {
        const QString text = test::arabicParagraphs();
        const QByteArray bytes = test::encodeWithIcu(text, "ISO-8859-6");
        QCOMPARE(bytes.size(), text.size());
        QVERIFY(bytes != test::encodeWithIcu(text, "windows-1256"));
        const auto decoded = TextDecoder::decode(bytes, u"iso.txt"_s);
        QVERIFY2(decoded.ok(), test::messageOf(decoded).constData());
        QCOMPARE(decoded->encoding, u"ISO-8859-6"_s);
        QCOMPARE(decoded->text, text);
    }

    void emptyFileIsAnError()
    {
        const auto decoded = TextDecoder::decode({}, u"/news/empty.txt"_s);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(u"/news/empty.txt"_s),
                 test::messageOf(decoded).constData());
        QVERIFY2(decoded.error().contains(u"is empty"_s), test::messageOf(decoded).constData());
    }

    void binaryFileIsAnError()
    {
        const QByteArray png = "\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR\x00\x00\x01\x00\x00\x00"
                               "\x01\x00\x08\x06\x00\x00\x00\x5C\x72\xA8\x66"_ba;
        const auto decoded = TextDecoder::decode(png, u"photo.png"_s);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(u"photo.png"_s), test::messageOf(decoded).constData());
        QVERIFY2(decoded.error().contains(u"binary"_s), test::messageOf(decoded).constData());

        // Control bytes without NULs, as in many binary formats.
        QByteArray controls;
        for (int i = 0; i < 200; ++i)
            controls += "ab\x01\x02\x03\x04"_ba;
        QVERIFY(!TextDecoder::decode(controls, u"c.bin"_s).ok());
    }

    void strayControlByteIsTolerated()
    {
        const QByteArray bytes = u"الكاظمي"_s.toUtf8() + "\x1B" + QByteArray(300, 'a');
        const auto decoded = TextDecoder::decode(bytes, u"esc.txt"_s);
        QVERIFY2(decoded.ok(), test::messageOf(decoded).constData());
    }

    void invalidUtf8NamesTheByteOffset_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("offset");
        QTest::newRow("C3 28") << "Hello caf\xC3\x28 world"_ba << 9;
        QTest::newRow("Latin-1 e-acute") << "The caf\xE9 is open."_ba << 7;
        QTest::newRow("surrogate") << "abc \xED\xA0\x80 def"_ba << 4;
        QTest::newRow("overlong") << "x\xC0\xAF y"_ba << 1;
        QTest::newRow("cut short") << "ok \xE2\x82"_ba << 3;
    }

    void invalidUtf8NamesTheByteOffset()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, offset);
        const auto decoded = TextDecoder::decode(bytes, u"latin.txt"_s);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(u"latin.txt"_s), test::messageOf(decoded).constData());
        QVERIFY2(decoded.error().contains(u"byte offset %1"_s.arg(offset)),
                 test::messageOf(decoded).constData());
    }

    void utf8BomWithInvalidBytesIsNotMisread()
    {
        // The BOM says UTF-8; a damaged byte is reported, not read as a code page (which
        // turned «مصطفى» and the BOM itself into mojibake). Windows-1256 bytes after a BOM:
        const QByteArray bytes =
            "\xEF\xBB\xBF"_ba + test::encodeWithIcu(test::arabicParagraphs(), "windows-1256");
        const auto decoded = TextDecoder::decode(bytes, u"bom.txt"_s);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(u"bom.txt"_s), test::messageOf(decoded).constData());
        QVERIFY2(decoded.error().contains(u"byte order mark"_s),
                 test::messageOf(decoded).constData());
        QVERIFY2(decoded.error().contains(u"byte offset 3"_s),  // the first byte after the BOM
                 test::messageOf(decoded).constData());

        // One bad byte inside valid UTF-8 Arabic: its offset counts the BOM's three bytes.
        QByteArray damaged = "\xEF\xBB\xBF"_ba + u"رئيس الوزراء"_s.toUtf8();
        const qsizetype at = damaged.size();
        damaged += "\xFF"_ba + u" في بغداد"_s.toUtf8();
        const auto one = TextDecoder::decode(damaged, u"one.txt"_s);
        QVERIFY(!one.ok());
        QVERIFY2(one.error().contains(u"byte offset %1"_s.arg(at)), test::messageOf(one).constData());
    }

    void validUtf8ArabicIsNeverTakenForACodePage()
    {
        // Every UTF-8 byte of Arabic is also a Windows-1256 character; UTF-8 must win.
        const QByteArray bytes = test::arabicParagraphs().toUtf8();
        const auto decoded = TextDecoder::decode(bytes, u"u8.txt"_s);
        QVERIFY2(decoded.ok(), test::messageOf(decoded).constData());
        QCOMPARE(decoded->encoding, u"UTF-8"_s);
        QCOMPARE(decoded->text, test::arabicParagraphs());
    }

    void decodeFileReadsAndReports()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"article.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::encodeWithIcu(test::arabicParagraphs(), "windows-1256"));
        file.close();

        const auto decoded = TextDecoder::decodeFile(path);
        QVERIFY2(decoded.ok(), test::messageOf(decoded).constData());
        QCOMPARE(decoded->text, test::arabicParagraphs());

        const QString missing = dir.filePath(u"missing.txt"_s);
        const auto notThere = TextDecoder::decodeFile(missing);
        QVERIFY(!notThere.ok());
        QVERIFY2(notThere.error().contains(missing), test::messageOf(notThere).constData());

        const auto folder = TextDecoder::decodeFile(dir.path());
        QVERIFY(!folder.ok());
        QVERIFY2(folder.error().contains(dir.path()), test::messageOf(folder).constData());

        const QString empty = dir.filePath(u"empty.txt"_s);
        QVERIFY(QFile(empty).open(QIODevice::WriteOnly));
        const auto emptyFile = TextDecoder::decodeFile(empty);
        QVERIFY(!emptyFile.ok());
        QVERIFY2(emptyFile.error().contains(u"is empty"_s),
                 test::messageOf(emptyFile).constData());
    }

    void unreadableFileIsAnError()
    {
        ALAM_RUN_AS_NOBODY_WHEN_ROOT("unreadableFileIsAnError");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"locked.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"نص"_s.toUtf8());
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::Permissions()));
        QVERIFY(!QFile(path).open(QIODevice::ReadOnly));  // the premise: nobody may read it
        const auto unreadable = TextDecoder::decodeFile(path);
        QVERIFY(!unreadable.ok());
        QVERIFY2(unreadable.error().contains(path), test::messageOf(unreadable).constData());
    }
};

}  // namespace alam

QTEST_GUILESS_MAIN(alam::TestDecoder)
#include "test_decoder.moc"
