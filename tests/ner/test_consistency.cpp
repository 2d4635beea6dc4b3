// Label consistency after decoding (ner/consistency.h): a name found in a document is also a
// name where it recurs nearby and was missed, unless the word alone is a common word.
#include "ner/consistency.h"
#include "ner/hashing.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam::ner;

namespace {

// Tokens as the tagger hands them over: stem and form hashes of the words, and whether the
// dictionary knows each word.
ConsistencySentence sentence(const QStringList& words, const QList<bool>& known, int document = 1)
{
    ConsistencySentence out;
    out.document = document;
    for (const QString& word : words) {
        out.stems.append(hashText(word));
        out.forms.append(hashText(word));
        out.tooShort.append(word.size() < 3);
    }
    out.known = known;
    return out;
}

}  // namespace

class TestNerConsistency final : public QObject {
    Q_OBJECT

private slots:
    void missedMentionsOfNamesFound()
    {
        // B-PERS = 1, I-PERS = 2 (PERS is type 0)
        const QList<ConsistencySentence> sentences{
            sentence({u"قال"_s, u"جوزيف"_s, u"بايدن"_s}, {true, false, false}),
            sentence({u"وأضاف"_s, u"جوزيف"_s, u"بايدن"_s, u"أمس"_s}, {true, false, false, true}),
            sentence({u"بايدن"_s, u"يصل"_s}, {false, true}, 2),  // another document
        };
        QList<QList<int>> tags{{0, 1, 2}, {0, 0, 0, 0}, {0, 0}};
        QCOMPARE(propagateNames(sentences, tags, 10), 1);
        QCOMPARE(tags[1], (QList<int>{0, 1, 2, 0}));
        QCOMPARE(tags[2], (QList<int>{0, 0}));
    }

    void commonWordsAloneStayAsTagged()
    {
        // علي once a name; its other mentions are the preposition على (same matching form) that
        // the dictionary knows: they stay O. An unknown one-word name does propagate.
        const QList<ConsistencySentence> sentences{
            sentence({u"قال"_s, u"علي"_s, u"وفرويد"_s}, {true, true, false}),
            sentence({u"علي"_s, u"الطاولة"_s, u"وفرويد"_s}, {true, true, false}),
        };
        QList<QList<int>> tags{{0, 1, 1}, {0, 0, 0}};
        QCOMPARE(propagateNames(sentences, tags, 10), 1);
        QCOMPARE(tags[1], (QList<int>{0, 0, 1}));
    }
};

QTEST_GUILESS_MAIN(TestNerConsistency)
#include "test_consistency.moc"
