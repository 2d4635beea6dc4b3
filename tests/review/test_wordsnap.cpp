// Word snapping and clitic-aware matching on real Arabic: selections become the name without
// its proclitics, bounds move by words and graphemes, mentions are found behind و ب ل.
#include "review/mentionmatcher.h"
#include "review/tokenindex.h"
#include "review/wordsnap.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;

namespace {

QString spanText(const QString& text, const std::optional<TextSpan>& span)
{
    return span ? text.mid(span->start, span->end - span->start) : u"<none>"_s;
}

int at(const QString& text, const QString& part, int occurrence = 0)
{
    int found = -1;
    for (int i = 0; i <= occurrence; ++i)
        found = int(text.indexOf(part, found + 1));
    return found;
}

}  // namespace

class TestWordSnap final : public QObject {
    Q_OBJECT

private slots:
    void snapSelection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("selected");
        QTest::addColumn<QString>("expected");
        // «... between Baghdad and Washington»
        QTest::newRow("double waw") << u"العلاقات بين بغداد وواشنطن قوية"_s << u"وواشنطن"_s
                                    << u"واشنطن"_s;
        QTest::newRow("article after و") << u"زار الوفد والعراق أمس"_s << u"والعراق"_s
                                         << u"العراق"_s;
        QTest::newRow("article after ب") << u"عقد الاجتماع بالقاهرة أمس"_s << u"بالقاهرة"_s
                                         << u"القاهرة"_s;
        // ل + الحكومة with the alef elided: the span starts after the first ل.
        QTest::newRow("elided alef after ل") << u"قدم الدعم للحكومة العراقية"_s
                                             << u"للحكومة العراقية"_s << u"لحكومة العراقية"_s;
        // The stem stands alone elsewhere in the document: وبغداد beside بغداد.
        QTest::newRow("evidence in the document")
            << u"وصل إلى بغداد ثم غادر وبغداد هادئة"_s << u"وبغداد"_s << u"بغداد"_s;
        // A name that begins with a letter that can be a proclitic stays whole.
        QTest::newRow("name starting with و") << u"التقى وليد جنبلاط بالسفير"_s << u"وليد"_s
                                              << u"وليد"_s;
        QTest::newRow("name starting with ب") << u"في بغداد اليوم"_s << u"بغداد"_s << u"بغداد"_s;
        QTest::newRow("name starting with ل") << u"وصل إلى لبنان أمس"_s << u"لبنان"_s
                                              << u"لبنان"_s;
        QTest::newRow("standalone proclitic") << u"قال لـ العربي الجديد"_s
                                              << u"لـ العربي الجديد"_s << u"العربي الجديد"_s;
        QTest::newRow("edge punctuation") << u"قال «مصطفى الكاظمي»، اليوم"_s
                                          << u"«مصطفى الكاظمي»،"_s << u"مصطفى الكاظمي"_s;
        QTest::newRow("inside a word") << u"زار أربيل أمس"_s << u"ربي"_s << u"أربيل"_s;
        QTest::newRow("Latin inside Arabic") << u"قالت وكالة Reuters للأنباء"_s
                                             << u"euter"_s << u"Reuters"_s;
        QTest::newRow("diacritics") << u"وَوَاشِنْطُن"_s << u"وَوَاشِنْطُن"_s << u"وَاشِنْطُن"_s;
    }
    void snapSelection()
    {
        QFETCH(QString, text);
        QFETCH(QString, selected);
        QFETCH(QString, expected);
        const TokenIndex index(text);
        const int start = at(text, selected);
        QVERIFY(start >= 0);
        QCOMPARE(spanText(text, WordSnap(index).snap(start, start + int(selected.size()))),
                 expected);
    }

    void knownNameDecides()
    {
        // «فرنسا» is a known name: «وفرنسا» loses its و; «فرنسا» itself keeps its ف.
        const QString text = u"اتفقت ألمانيا وفرنسا على الخطة"_s;
        const TokenIndex index(text);
        const WordSnap snap(index, [](const QString& form) { return form == u"فرنسا"_s; });
        const int start = at(text, u"وفرنسا"_s);
        QCOMPARE(spanText(text, snap.snap(start, start + 6)), u"فرنسا"_s);
        const QString alone = u"زار فرنسا"_s;
        const TokenIndex aloneIndex(alone);
        const WordSnap aloneSnap(aloneIndex, [](const QString& f) { return f == u"فرنسا"_s; });
        QCOMPARE(spanText(alone, aloneSnap.snap(4, 9)), u"فرنسا"_s);
    }

    void selectingOnlyPunctuationGivesNothing()
    {
        const QString text = u"قال: «نعم»."_s;
        const TokenIndex index(text);
        QVERIFY(!WordSnap(index).snap(3, 5));
    }

    void growStartLeavesTheProcliticOut()
    {
        const QString text = u"وأكد للحكومة الأمريكية أن العراق ملتزم"_s;
        const TokenIndex index(text);
        const WordSnap snap(index);
        const int start = at(text, u"الأمريكية"_s);
        const TextSpan american{start, start + 9};
        QCOMPARE(spanText(text, snap.resize(american, SpanEdge::Start, true, SpanUnit::Word)),
                 u"لحكومة الأمريكية"_s);  // للحكومة = ل + الحكومة
        QCOMPARE(spanText(text, snap.resize(american, SpanEdge::End, true, SpanUnit::Word)),
                 u"الأمريكية أن"_s);
        QVERIFY(!snap.resize(american, SpanEdge::End, false, SpanUnit::Word));
        // Growing over punctuation takes the next word, not the comma.
        const QString listed = u"زار بغداد، وأربيل"_s;
        const TokenIndex listedIndex(listed);
        const TextSpan baghdad{4, 9};
        QCOMPARE(spanText(listed, WordSnap(listedIndex)
                                      .resize(baghdad, SpanEdge::End, true, SpanUnit::Word)),
                 u"بغداد، وأربيل"_s);
    }

    void characterStepsKeepDiacriticsWithTheirLetter()
    {
        // «مُحَمَّد»: one step by character moves over a letter with its marks.
        const QString text = u"قال مُحَمَّد"_s;
        const TokenIndex index(text);
        const TextSpan name{4, int(text.size())};
        const std::optional<TextSpan> shrunk =
            WordSnap(index).resize(name, SpanEdge::Start, false, SpanUnit::Character);
        QCOMPARE(spanText(text, shrunk), u"حَمَّد"_s);
        const std::optional<TextSpan> end =
            WordSnap(index).resize(name, SpanEdge::End, false, SpanUnit::Character);
        QCOMPARE(spanText(text, end), u"مُحَمَّ"_s);
        // The text's edge: nothing to grow into.
        QVERIFY(!WordSnap(index).resize(name, SpanEdge::End, true, SpanUnit::Character));
    }

    void matcherFindsMentionsBehindClitics()
    {
        const QString text = u"قال الكاظمي إن الحكومة تدعم الكاظمي. وأشاد الرئيس بالكاظمي "
                             "وقال للكاظمي: نحن معك. وزار إلكاظمي"_s;
        const TokenIndex index(text);
        const QList<TextSpan> found = MentionMatcher(u"الكاظمي"_s).findIn(index);
        QStringList surfaces;
        QList<QChar> before;
        for (const TextSpan& span : found) {
            surfaces << text.mid(span.start, span.end - span.start);
            before << text.at(span.start - 1);
        }
        // The plain mentions, بالكاظمي (after ب), للكاظمي (elided alef: after the first ل), and
        // إلكاظمي (the same name in the matching form).
        QCOMPARE(found.size(), 5);
        QCOMPARE(surfaces.at(2), u"الكاظمي"_s);
        QCOMPARE(before.at(2), u'ب');
        QCOMPARE(surfaces.at(3), u"لكاظمي"_s);
        QCOMPARE(surfaces.at(4), u"إلكاظمي"_s);
    }

    void matcherMatchesPhrasesInTheMatchingForm()
    {
        const QString text = u"التقى مصطفى الكاظمي بالرئيس. ثم غادر مصطفي الكاظمى."_s;
        const TokenIndex index(text);
        const QList<TextSpan> found = MentionMatcher(u"مُصطفى الكاظمي"_s).findIn(index);
        QCOMPARE(found.size(), 2);
        QCOMPARE(text.mid(found.at(1).start, found.at(1).end - found.at(1).start),
                 u"مصطفي الكاظمى"_s);
        QVERIFY(MentionMatcher(u"«»"_s).isEmpty());
    }

    void matcherSeesEndingsThroughDiacriticsAndPresentationForms()
    {
        // Endings the quick last-letter check must read as the matching form does: a final
        // diacritic, a final tatweel, ة for ه, and a name typed in presentation forms.
        const QString text = u"زار بغدادَ ثم وبغدادـ ثم ﺑﻐﺪاد. وفي المدينة والمدينه"_s;
        const TokenIndex index(text);
        QCOMPARE(MentionMatcher(u"بغداد"_s).findIn(index).size(), 3);
        const QList<TextSpan> city = MentionMatcher(u"المدينه"_s).findIn(index);
        QCOMPARE(city.size(), 2);
        QCOMPARE(text.mid(city.at(0).start, city.at(0).end - city.at(0).start), u"المدينة"_s);
        QCOMPARE(MentionMatcher(u"بغداذ"_s).findIn(index).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWordSnap)
#include "test_wordsnap.moc"
