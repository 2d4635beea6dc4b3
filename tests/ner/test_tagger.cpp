// The shipped tagger on text: UTF-16 spans that never include an attached proclitic, and the
// names of the two seed articles (read from ALAM_SHARED_DIR; skipped when it is absent).
#include "ner/namestart.h"
#include "ner/tagger.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam::ner;

namespace {

bool hasSpan(const QList<EntitySpan>& spans, QStringView text, const QString& name, const QString& label)
{
    return std::any_of(spans.cbegin(), spans.cend(), [&](const EntitySpan& s) {
        return s.label == label && text.mid(s.start, s.end - s.start) == name;
    });
}

}  // namespace

class TestNerTagger final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto tagger = Tagger::loadDefault();
        if (!tagger)
            QSKIP(qPrintable(tagger.error()));  // hunspell-ar missing
        m_tagger = std::make_unique<Tagger>(std::move(tagger).value());
        QVERIFY(m_tagger->matchesLexicon());
    }

    void spansWithoutProclitics()
    {
        const QString text = u"وصل الرئيس الأمريكي جو بايدن إلى بغداد قادما من وواشنطن، واجتمع بوزير الخارجية."_s;
        const QList<EntitySpan> spans = m_tagger->tagText(text);
        QVERIFY(hasSpan(spans, text, u"جو بايدن"_s, u"PERS"_s));
        QVERIFY(hasSpan(spans, text, u"بغداد"_s, u"LOC"_s));
        QVERIFY(hasSpan(spans, text, u"واشنطن"_s, u"LOC"_s));  // inside وواشنطن
        for (const EntitySpan& span : spans) {
            QVERIFY(span.confidence > 0.0f && span.confidence <= 1.0f);
            QVERIFY(span.firstToken < span.lastToken);
        }
    }

    void offsetsAreUtf16()
    {
        // A character outside the BMP takes two UTF-16 units before the name.
        const QString text = u"😀 قال الرئيس الأمريكي دونالد ترامب إن العراق بلد مهم."_s;
        const QList<EntitySpan> spans = m_tagger->tagText(text);
        QVERIFY(hasSpan(spans, text, u"دونالد ترامب"_s, u"PERS"_s));
        QVERIFY(hasSpan(spans, text, u"العراق"_s, u"LOC"_s));
    }

    void nameStartKeepsNamesWhole()
    {
        const Model& model = m_tagger->model();
        auto gazetteer = Gazetteer::loadDefault();
        QVERIFY(gazetteer.ok());
        const quint32 classes = gazetteer->classMask({u"PERS"_s, u"LOC"_s, u"ORG"_s, u"MISC"_s, u"GIVEN"_s});
        const auto start = [&](const QString& token) {
            return nameStart(token, 0, int(token.size()), model, *gazetteer, classes);
        };
        QCOMPARE(start(u"بغداد"_s), 0);   // ب is part of the name
        QCOMPARE(start(u"لبنان"_s), 0);
        QCOMPARE(start(u"وليد"_s), 0);
        QCOMPARE(start(u"وبغداد"_s), 1);
        QCOMPARE(start(u"وواشنطن"_s), 1);
        QCOMPARE(start(u"والعراق"_s), 1);
        QCOMPARE(start(u"للحكومة"_s), 1);  // ل + الحكومة: the span starts after the first ل
        // Seen whole inside ANERcorp entities, yet the و is a conjunction: the name is after it.
        QCOMPARE(start(u"وليبيا"_s), 1);
        QCOMPARE(start(u"وتايوان"_s), 1);
        QCOMPARE(start(u"وشارون"_s), 1);
        QCOMPARE(start(u"وأوغندا"_s), 1);
        QCOMPARE(start(u"ولبنان"_s), 1);  // لبنان, not the given name بنان
    }

    void conllTaggingKeepsTokens()
    {
        QList<TaggedSentence> sentences{{{u"زار"_s, u"بايدن"_s, u"بغداد"_s}, {}, false},
                                        {{u"."_s}, {}, false}};
        const QList<TaggedSentence> tagged = m_tagger->tagSentences(sentences);
        QCOMPARE(tagged.size(), 2);
        QCOMPARE(tagged[0].tokens, sentences[0].tokens);
        QCOMPARE(tagged[0].labels, (QStringList{u"O"_s, u"B-PERS"_s, u"B-LOC"_s}));
        QCOMPARE(tagged[1].labels, QStringList{u"O"_s});
    }

    void seedArticles()
    {
        const QDir seeds(QStringLiteral(ALAM_SHARED_DIR) + u"/seeds"_s);
        const QStringList files = seeds.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            QSKIP("The seed articles (../shared/seeds) are not here.");
        QString all;
        QList<EntitySpan> spans;
        for (const QString& name : files) {
            QFile file(seeds.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (EntitySpan span : m_tagger->tagText(text)) {
                span.start += int(all.size());
                span.end += int(all.size());
                spans.append(span);
            }
            all += text + u'\n';
        }
        const QList<std::pair<QString, QString>> expected{
            {u"مصطفى الكاظمي"_s, u"PERS"_s}, {u"الكاظمي"_s, u"PERS"_s}, {u"دونالد ترامب"_s, u"PERS"_s},
            {u"جو بايدن"_s, u"PERS"_s}, {u"جوزيف بايدن"_s, u"PERS"_s}, {u"بايدن"_s, u"PERS"_s},
            {u"العراق"_s, u"LOC"_s}, {u"بغداد"_s, u"LOC"_s}, {u"واشنطن"_s, u"LOC"_s}, {u"أربيل"_s, u"LOC"_s},
            {u"صلاح الدين"_s, u"LOC"_s}, {u"إيران"_s, u"LOC"_s}, {u"طهران"_s, u"LOC"_s},
            {u"الولايات المتحدة"_s, u"LOC"_s}, {u"داعش"_s, u"ORG"_s}};
        for (const auto& [name, label] : expected)
            QVERIFY2(hasSpan(spans, all, name, label), qPrintable(name + u' ' + label));
        // واشنطن inside وواشنطن, without the و
        const qsizetype joined = all.indexOf(u"وواشنطن"_s);
        if (joined >= 0)
            QVERIFY(std::any_of(spans.cbegin(), spans.cend(), [&](const EntitySpan& s) {
                return s.start == joined + 1 && s.label == u"LOC"_s;
            }));
        // no span starts with a proclitic before a name the tagger knows
        for (const EntitySpan& span : spans) {
            const QString text = all.mid(span.start, span.end - span.start);
            QVERIFY2(!text.startsWith(u"وال"_s) && !text.startsWith(u"ووا"_s), qPrintable(text));
        }
    }

private:
    std::unique_ptr<Tagger> m_tagger;
};

QTEST_GUILESS_MAIN(TestNerTagger)
#include "test_tagger.moc"
