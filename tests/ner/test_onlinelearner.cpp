// Learning from the analyst: decisions become gold IOB2 labels over the tokenizer's tokens, an
// online step moves the tagger towards them (a new name is learned, a rejected span unlearned),
// and the learned model is kept beside the database and loaded from there.
#include "ner/goldlabels.h"
#include "ner/onlinelearner.h"
#include "ner/taggerloader.h"
#include "nertestutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace alam;
using namespace alam::nertest;

namespace {

bool hasSpan(const QList<ner::EntitySpan>& spans, const QString& text, const QString& surface, const QString& label)
{
    for (const ner::EntitySpan& span : spans)
        if (text.mid(span.start, span.end - span.start) == surface && span.label == label)
            return true;
    return false;
}

}  // namespace

class TestOnlineLearner final : public QObject {
    Q_OBJECT

private slots:
    void decisionsBecomeGoldLabels()
    {
        // «Mohammed Ali visited Baghdad (with و) yesterday. The delegation arrived.»
        const QString text = u"زار محمد علي وبغداد أمس. وصل الوفد."_s;
        QList<Annotation> annotations = {
            annotationOf(1, text, u"محمد علي"_s, u"PERS"_s, AnnotationStatus::Accepted),
            annotationOf(1, text, u"بغداد"_s, u"LOC"_s, AnnotationStatus::Manual),  // after the و
            annotationOf(1, text, u"أمس"_s, u"MISC"_s, AnnotationStatus::Suggested),
            annotationOf(1, text, u"وصل"_s, u"PERS"_s, AnnotationStatus::Rejected),
            annotationOf(1, text, u"الوفد"_s, u"ORG"_s, AnnotationStatus::Edited),
        };
        const QList<ner::TaggedSentence> sentences = ner::goldSentences(text, annotations);
        QCOMPARE(sentences.size(), 2);
        QCOMPARE(sentences[0].tokens, (QStringList{u"زار"_s, u"محمد"_s, u"علي"_s, u"وبغداد"_s, u"أمس"_s, u"."_s}));
        QCOMPARE(sentences[0].labels,
                 (QStringList{u"O"_s, u"B-PERS"_s, u"I-PERS"_s, u"B-LOC"_s, u"O"_s, u"O"_s}));
        QCOMPARE(sentences[1].labels, (QStringList{u"O"_s, u"B-ORG"_s, u"O"_s}));

        // Two adjacent names of one type stay two entities.
        const QString pair = u"التقى محمد علي أحمد حسن."_s;
        const QList<ner::TaggedSentence> both = ner::goldSentences(pair, {
            annotationOf(2, pair, u"محمد علي"_s, u"PERS"_s, AnnotationStatus::Accepted),
            annotationOf(2, pair, u"أحمد حسن"_s, u"PERS"_s, AnnotationStatus::Accepted),
        });
        QCOMPARE(both.first().labels,
                 (QStringList{u"O"_s, u"B-PERS"_s, u"I-PERS"_s, u"B-PERS"_s, u"I-PERS"_s, u"O"_s}));
    }

    void learningANewNameAndUnlearningARejectedOne()
    {
        auto tagger = tinyTagger();
        QVERIFY(tagger.has_value());
        // «Zaghloul Nassar said the delegation left Cairo.» — a name the tiny model never saw.
        const QString text = u"وقال زغلول نصار إن الوفد غادر القاهرة."_s;
        const QList<ner::EntitySpan> before = tagger->tagText(text);
        QVERIFY(!hasSpan(before, text, u"زغلول نصار"_s, u"PERS"_s));
        QVERIFY(hasSpan(before, text, u"القاهرة"_s, u"LOC"_s));

        // The analyst adds the person and rejects Cairo (say the article means a ship).
        const QList<Annotation> decisions = {
            annotationOf(1, text, u"زغلول نصار"_s, u"PERS"_s, AnnotationStatus::Manual),
            annotationOf(1, text, u"القاهرة"_s, u"LOC"_s, AnnotationStatus::Rejected),
        };
        // The trained weights of the document's features and the transitions as they were.
        const ner::Model& model = tagger->model();
        const int tags = model.tagCount();
        QList<QList<float>> trainedRows;
        QList<quint64> documentKeys;
        for (const ner::TaggedSentence& sentence : ner::goldSentences(text, decisions))
            for (const QList<quint64>& keys : tagger->features().sentence(sentence.tokens))
                documentKeys += keys;
        for (quint64 key : documentKeys) {
            const float* w = model.weights(key);
            trainedRows.append(w ? QList<float>(w, w + tags) : QList<float>());
        }
        QList<float> trainedTransitions;
        for (int from = -1; from < tags; ++from)
            for (int to = 0; to < tags; ++to)
                trainedTransitions.append(model.transition(from, to));

        ner::OnlineLearner learner(*tagger);
        const ner::LearningStep first = learner.learnDocument(text, decisions);
        QCOMPARE(first.sentences, 1);
        QCOMPARE(first.tokens, 8);
        QVERIFY(first.wrongTokens >= 3);  // two name tokens missed, Cairo wrongly found
        int wrong = first.wrongTokens;
        // A correction repeated for the same word grows until it wins; with dropout in training
        // (on by default) the model spreads its evidence over more features, and the memory
        // needs six reviews of this document (five without dropout).
        for (int pass = 0; pass < 6 && wrong > 0; ++pass)
            wrong = learner.learnDocument(text, decisions).wrongTokens;
        QCOMPARE(wrong, 0);

        // What was learned sits in the analyst memory: no trained weight, bias or transition
        // moved (raw perceptron steps on them made every other text's suggestions worse).
        for (qsizetype k = 0; k < documentKeys.size(); ++k) {
            const float* w = model.weights(documentKeys[k]);
            QCOMPARE(w ? QList<float>(w, w + tags) : QList<float>(), trainedRows[k]);
        }
        QList<float> transitions;
        for (int from = -1; from < tags; ++from)
            for (int to = 0; to < tags; ++to)
                transitions.append(model.transition(from, to));
        QCOMPARE(transitions, trainedTransitions);
        // An unrelated sentence keeps its tags: «The minister met the delegation in Baghdad.»
        // is tagged the same by a fresh tiny tagger and by the one that learned.
        auto fresh = tinyTagger();
        QVERIFY(fresh.has_value());
        const QStringList other = {u"والتقى"_s, u"الوزير"_s, u"الوفد"_s, u"في"_s, u"بغداد"_s, u"."_s};
        QCOMPARE(tagger->tagTokens(other).labels, fresh->tagTokens(other).labels);

        const QList<ner::EntitySpan> after = tagger->tagText(text);
        QVERIFY(hasSpan(after, text, u"زغلول نصار"_s, u"PERS"_s));
        QVERIFY(!hasSpan(after, text, u"القاهرة"_s, u"LOC"_s));
    }

    void learnedModelIsKeptBesideTheDatabase()
    {
        auto tagger = tinyTagger();
        QVERIFY(tagger.has_value());
        const QString text = u"وقال زغلول نصار إن الوفد غادر القاهرة."_s;
        const QList<Annotation> decisions = {
            annotationOf(1, text, u"زغلول نصار"_s, u"PERS"_s, AnnotationStatus::Manual)};
        ner::OnlineLearner learner(*tagger);
        for (int pass = 0; pass < 5 && learner.learnDocument(text, decisions).wrongTokens > 0; ++pass) {
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString database = dir.filePath(u"team.sqlite"_s);
        QCOMPARE(ner::LearnedModel::pathFor(database), database + u".learned-model"_s);
        const Status saved = ner::LearnedModel::save(*tagger, database);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QVERIFY(QFile::exists(ner::LearnedModel::pathFor(database)));

        auto loaded = ner::TaggerLoader::loadForDatabase({}, database);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->modelName, ner::LearnedModel::pathFor(database));
        QCOMPARE(loaded->tagger.model().toBytes(), tagger->model().toBytes());
        QVERIFY(hasSpan(loaded->tagger.tagText(text), text, u"زغلول نصار"_s, u"PERS"_s));

        // --model wins over the learned model; a missing file is an error naming it.
        auto missing = ner::TaggerLoader::loadForDatabase(dir.filePath(u"nope.bin"_s), database);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(u"nope.bin"_s), qPrintable(missing.error()));
    }
};

QTEST_GUILESS_MAIN(TestOnlineLearner)
#include "test_onlinelearner.moc"
