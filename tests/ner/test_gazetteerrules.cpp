// Decoding rules from the gazetteers (gazetteerrules.h) on tags as Viterbi leaves them.
#include "ner/gazetteerrules.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam::ner;

namespace {

struct Case {
    QStringList tokens;
    QList<GazetteerMatch> matches;
};

Case prepare(const Gazetteer& gazetteer, const QString& text)
{
    Case c;
    c.tokens = text.split(u' ');
    QList<GazetteerKeys> keys;
    for (const QString& token : c.tokens)
        keys.append(GazetteerKeys::of(token));
    c.matches = gazetteer.match(keys.constData(), int(keys.size()));
    return c;
}

QStringList names(const LabelSet& labels, const QList<int>& tags)
{
    QStringList out;
    for (int tag : tags)
        out.append(labels.tagName(tag));
    return out;
}

QList<int> tagsOf(const LabelSet& labels, const QStringList& names)
{
    QList<int> out;
    for (const QString& name : names)
        out.append(labels.tagOf(name));
    return out;
}

}  // namespace

class TestGazetteerRules final : public QObject {
    Q_OBJECT

private slots:
    void coordinatedNamesAreSplit()
    {
        const LabelSet labels = LabelSet::anercorp();
        Gazetteer gazetteer;
        gazetteer.add(u"بايدن", u"PERS"_s);
        gazetteer.add(u"الكاظمي", u"PERS"_s);
        gazetteer.add(u"وادي عربة", u"LOC"_s);
        const GazetteerRules rules(labels, gazetteer);

        // و + a listed name inside a span begins a second name.
        Case c = prepare(gazetteer, u"بين بايدن والكاظمي ،"_s);
        QList<int> tags = tagsOf(labels, {u"O"_s, u"B-PERS"_s, u"I-PERS"_s, u"O"_s});
        QCOMPARE(rules.apply(c.tokens, c.matches, tags), 1);
        QCOMPARE(names(labels, tags), (QStringList{u"O"_s, u"B-PERS"_s, u"B-PERS"_s, u"O"_s}));

        // ب is no conjunction: the span stays whole.
        c = prepare(gazetteer, u"جامعة بالكاظمي"_s);
        tags = tagsOf(labels, {u"B-ORG"_s, u"I-ORG"_s});
        QCOMPARE(rules.apply(c.tokens, c.matches, tags), 0);
        QCOMPARE(names(labels, tags), (QStringList{u"B-ORG"_s, u"I-ORG"_s}));

        // A listed name that begins with و as written keeps its place in the span.
        c = prepare(gazetteer, u"منطقة وادي عربة"_s);
        tags = tagsOf(labels, {u"B-LOC"_s, u"I-LOC"_s, u"I-LOC"_s});
        QCOMPARE(rules.apply(c.tokens, c.matches, tags), 0);

        // Outside a span the rule has nothing to split.
        c = prepare(gazetteer, u"وصل والكاظمي"_s);
        tags = tagsOf(labels, {u"O"_s, u"B-PERS"_s});
        QCOMPARE(rules.apply(c.tokens, c.matches, tags), 0);
    }

    void neverNamesAndCompletedNames()
    {
        const LabelSet labels = LabelSet::anercorp();
        Gazetteer gazetteer;
        gazetteer.add(u"نيسان", u"TIME"_s);
        gazetteer.add(u"وكالة الأنباء العراقية", u"ORG"_s);
        const GazetteerRules rules(labels, gazetteer);
        const Case c = prepare(gazetteer, u"في نيسان نقلت وكالة الأنباء العراقية"_s);
        QList<int> tags = tagsOf(labels, {u"O"_s, u"B-ORG"_s, u"O"_s, u"O"_s, u"O"_s, u"O"_s});
        QCOMPARE(rules.apply(c.tokens, c.matches, tags), 2);
        QCOMPARE(names(labels, tags),
                 (QStringList{u"O"_s, u"O"_s, u"O"_s, u"B-ORG"_s, u"I-ORG"_s, u"I-ORG"_s}));
    }
};

QTEST_GUILESS_MAIN(TestGazetteerRules)
#include "test_gazetteerrules.moc"
