// MatchingForm: the letter foldings, removal of diacritics and tatweel, NFKC of presentation
// forms, and the map back to original offsets.
#include "text/matchingform.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace alam {

class TestMatchingForm final : public QObject {
    Q_OBJECT

private:
    static QList<int> offsets(const MatchingForm& form)
    {
        QList<int> out;
        for (int i = 0; i <= form.text().size(); ++i)
            out.append(form.originalOffset(i));
        return out;
    }

private slots:
    void alefVariantsFold()
    {
        const QString expected = u"احمد"_s;
        for (const QString& spelling : {u"أحمد"_s, u"إحمد"_s, u"احمد"_s, u"آحمد"_s, u"ٱحمد"_s}) {
            QCOMPARE(MatchingForm::normalise(spelling), expected);
            QCOMPARE(MatchingForm::of(spelling).text(), expected);
        }
    }

    void tehMarbutaAndAlefMaksura()
    {
        QCOMPARE(MatchingForm::normalise(u"مدرسة"_s), MatchingForm::normalise(u"مدرسه"_s));
        QCOMPARE(MatchingForm::normalise(u"مدرسة"_s), u"مدرسه"_s);
        QCOMPARE(MatchingForm::normalise(u"مستشفى"_s), MatchingForm::normalise(u"مستشفي"_s));
        QCOMPARE(MatchingForm::normalise(u"مصطفى الكاظمي"_s), u"مصطفي الكاظمي"_s);
        // Letters outside the foldings are untouched, including ؤ and ئ.
        QCOMPARE(MatchingForm::normalise(u"مسؤول رئيس"_s), u"مسؤول رئيس"_s);
    }

    void diacriticsAreRemovedWithTheirOffsets()
    {
        const QString original = u"مُحَمَّد"_s;  // م ُ ح َ م ّ َ د
        const MatchingForm form = MatchingForm::of(original);
        QCOMPARE(form.text(), u"محمد"_s);
        QCOMPARE(offsets(form), (QList<int>{0, 2, 4, 7, 8}));
        // The diacritics of a matched letter belong to the range mapped back.
        QCOMPARE(original.mid(form.originalOffset(0), form.originalOffset(3)), u"مُحَمَّ"_s);
        QCOMPARE(MatchingForm::normalise(u"غداً سيُعلَن ٰ"_s), u"غدا سيعلن "_s);
    }

    void tatweelIsRemovedWithItsOffset()
    {
        const QString original = u"الـكاظمي لـ"_s;
        const MatchingForm form = MatchingForm::of(original);
        QCOMPARE(form.text(), u"الكاظمي ل"_s);
        QCOMPARE(offsets(form), (QList<int>{0, 1, 3, 4, 5, 6, 7, 8, 9, 11}));
    }

    void lamAlefLigature()
    {
        const QString original = u"ﻻ شيء ﻷن"_s;  // U+FEFB, and U+FEF7 (with hamza)
        const MatchingForm form = MatchingForm::of(original);
        QCOMPARE(form.text(), u"لا شيء لان"_s);
        QCOMPARE(MatchingForm::normalise(original), form.text());
        // Both letters of the ligature map back to it.
        QCOMPARE(form.originalOffset(0), 0);
        QCOMPARE(form.originalOffset(1), 0);
        QCOMPARE(form.originalOffset(2), 1);
        QCOMPARE(form.originalOffset(7), 6);
        QCOMPARE(form.originalOffset(8), 6);
        QCOMPARE(form.originalOffset(9), 7);
        QCOMPARE(form.originalOffset(10), original.size());
    }

    void presentationFormsFold()
    {
        // Isolated and final forms of ه ة ى, and a presentation-form fathatan.
        QCOMPARE(MatchingForm::normalise(u"ﺑﻐﺪاد ﻣﺪﺭﺳﺔ ﻣﺴﺘﺸﻔﻰ"_s), u"بغداد مدرسه مستشفي"_s);
        QCOMPARE(MatchingForm::normalise(u"ﻙﻻﹰ"_s), u"كلا"_s);
        // ﷺ grows to four words: the fast path must grow its buffer.
        const QString honorific = u"محمد ﷺ"_s;
        QCOMPARE(MatchingForm::normalise(honorific), u"محمد صلي الله عليه وسلم"_s);
        QCOMPARE(MatchingForm::of(honorific).text(), MatchingForm::normalise(honorific));
        QCOMPARE(MatchingForm::of(honorific).originalOffset(10), 5);
    }

    void surrogatePairsPassThrough()
    {
        const QString original = u"أ😀𝐀ة"_s;
        const MatchingForm form = MatchingForm::of(original);
        QCOMPARE(form.text(), u"ا😀𝐀ه"_s);
        QCOMPARE(offsets(form), (QList<int>{0, 1, 2, 3, 4, 5, 6}));
        QCOMPARE(MatchingForm::normalise(original), form.text());
    }

    void emptyAndLatin()
    {
        QVERIFY(MatchingForm::normalise({}).isEmpty());
        const MatchingForm empty = MatchingForm::of({});
        QVERIFY(empty.text().isEmpty());
        QCOMPARE(empty.originalOffset(0), 0);
        QCOMPARE(MatchingForm::normalise(u"Joe Biden 2021"_s), u"Joe Biden 2021"_s);
    }

    void lastCharIsTheFormsLast()
    {
        // Trailing diacritics and tatweel, ة/ى/أ at the end, a ligature, a presentation form that
        // folds to nothing (ﹰ), Latin, a surrogate pair, and words that are only diacritics.
        const QStringList words = {u"بغداد"_s, u"بغدادُ"_s, u"المدينةـ"_s, u"مصطفى"_s, u"أنبأ"_s,
                                   u"ﻻ"_s, u"ﺑﻐﺪاد"_s, u"بغدادﹰ"_s, u"Biden"_s, u"x😀"_s,
                                   u"ًٌ"_s, u"ﹰ"_s, QString()};
        for (const QString& word : words) {
            const QString form = MatchingForm::normalise(word);
            QCOMPARE(MatchingForm::lastChar(word), form.isEmpty() ? char16_t(0) : form.back().unicode());
        }
    }

    void fastPathAgreesOnSeedArticles()
    {
        const QDir seeds(QStringLiteral(ALAM_SHARED_DIR "/seeds"));
        const QStringList files = seeds.entryList({u"*.txt"_s}, QDir::Files);
        if (files.isEmpty())
            QSKIP("no seed articles in ALAM_SHARED_DIR/seeds");
        for (const QString& name : files) {
            QFile file(seeds.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            const MatchingForm form = MatchingForm::of(text);
            QCOMPARE(MatchingForm::normalise(text), form.text());
            QVERIFY(!form.text().contains(u'ة') && !form.text().contains(u'أ'));
            for (int i = 0; i < form.text().size(); ++i) {
                QVERIFY(form.originalOffset(i) < form.originalOffset(i + 1));
                const QChar original = text.at(form.originalOffset(i));
                QCOMPARE(MatchingForm::normalise(QStringView(&original, 1)),
                         form.text().mid(i, 1));
            }
        }
    }
};

}  // namespace alam

QTEST_GUILESS_MAIN(alam::TestMatchingForm)
#include "test_matchingform.moc"
