// Training on a small corpus written here: deterministic bytes, a model that learns its data,
// save/load, the scorer's cached path equal to plain feature sums, online learning.
#include "ner/corpus.h"
#include "ner/evaluator.h"
#include "ner/lexicon.h"
#include "ner/scorer.h"
#include "ner/tagger.h"
#include "ner/trainer.h"

#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>
#include <cmath>
#include <cstring>

using namespace Qt::Literals::StringLiterals;
using namespace alam::ner;

namespace {

// `token/LABEL` words, O when no label is given.
TaggedSentence sentence(const QString& text)
{
    TaggedSentence s;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype slash = word.indexOf(u'/');
        s.tokens.append(slash < 0 ? word : word.left(slash));
        s.labels.append(slash < 0 ? u"O"_s : word.mid(slash + 1));
    }
    return s;
}

QList<TaggedSentence> smallCorpus()
{
    return {
        sentence(u"قال الرئيس كريم/B-PERS الساعدي/I-PERS إن الحكومة ستزور بغداد/B-LOC غدا ."_s),
        sentence(u"وأعلنت وزارة/B-ORG النفط/I-ORG العراقية/I-ORG عن عقد جديد في البصرة/B-LOC ."_s),
        sentence(u"والتقى الوزير سامر/B-PERS الحداد/I-PERS بوفد من شركة/B-ORG نور/I-ORG للطاقة/I-ORG ."_s),
        sentence(u"وصل الوفد إلى أربيل/B-LOC قادما من عمان/B-LOC أمس ."_s),
        sentence(u"وقال المتحدث باسم الحكومة ليث/B-PERS العبيدي/I-PERS إن الاتفاق مهم ."_s),
        sentence(u"وزار السفير ماركو/B-PERS فيلاني/I-PERS مدينة الموصل/B-LOC في نيسان ."_s),
        sentence(u"وشارك نادي/B-ORG الزوراء/I-ORG في بطولة/B-MISC الخليج/I-MISC للأندية/I-MISC ."_s),
        sentence(u"ويبلغ سعر البرميل ستين دولارا/B-MISC في الأسواق ."_s),
        sentence(u"وأكد الشيخ حامد/B-PERS الراوي/I-PERS دعمه لأهالي الأنبار/B-LOC ."_s),
        sentence(u"ونقلت صحيفة/B-ORG الصباح/I-ORG عن مصادر في كركوك/B-LOC أن الطريق مغلق ."_s),
    };
}

std::shared_ptr<const Lexicon> lexicon()
{
    static const std::shared_ptr<const Lexicon> shared = [] {
        auto loaded = Lexicon::withDictionary(Dictionary::none());
        return loaded ? *loaded : nullptr;
    }();
    return shared;
}

TrainOptions quickOptions(Learner learner, int folds)
{
    TrainOptions options;
    options.learner = learner;
    options.epochs = 6;
    options.folds = folds;
    options.minFeatureCount = 1;
    return options;
}

}  // namespace

class TestNerTraining final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(lexicon()); }

    void deterministic_data()
    {
        QTest::addColumn<int>("learner");
        QTest::addColumn<int>("folds");
        QTest::addColumn<double>("dropout");
        QTest::newRow("perceptron, one pass") << int(Learner::Perceptron) << 0 << 0.0;
        // the folds train on several threads at once
        QTest::newRow("perceptron, two passes") << int(Learner::Perceptron) << 4 << 0.0;
        QTest::newRow("crf") << int(Learner::Crf) << 0 << 0.0;
        QTest::newRow("crf, dropout") << int(Learner::Crf) << 3 << 0.2;
    }

    void deterministic()
    {
        QFETCH(int, learner);
        QFETCH(int, folds);
        QFETCH(double, dropout);
        const FeatureExtractor features(lexicon());
        TrainOptions options = quickOptions(Learner(learner), folds);
        options.dropout = dropout;
        auto first = train(smallCorpus(), features, options);
        auto second = train(smallCorpus(), features, options);
        QVERIFY2(first.ok() && second.ok(), qPrintable(first.ok() ? second.error() : first.error()));
        const QByteArray bytes = first->toBytes();
        QCOMPARE(bytes, second->toBytes());
        QVERIFY(first->featureCount() > 100);
        QCOMPARE(bool(first->firstPass), folds >= 2);
        // another seed orders the sentences differently and gives another model
        TrainOptions reseeded = options;
        reseeded.seed += 1;
        QVERIFY(train(smallCorpus(), features, reseeded)->toBytes() != bytes);
        if (dropout > 0) {  // the features hidden at each step change the weights
            TrainOptions seeingAll = options;
            seeingAll.dropout = 0;
            QVERIFY(train(smallCorpus(), features, seeingAll)->toBytes() != bytes);
        }
    }

    void learnsItsData_data()
    {
        QTest::addColumn<int>("learner");
        QTest::addColumn<int>("folds");
        QTest::newRow("crf, two passes") << int(Learner::Crf) << 2;
        QTest::newRow("perceptron, one pass") << int(Learner::Perceptron) << 0;
    }

    void learnsItsData()
    {
        QFETCH(int, learner);
        QFETCH(int, folds);
        auto model = train(smallCorpus(), FeatureExtractor(lexicon()), quickOptions(Learner(learner), folds));
        QVERIFY(model.ok());
        auto tagger = Tagger::create(std::move(model).value(), lexicon());
        QVERIFY(tagger.ok());
        auto evaluation = Evaluator::evaluate(smallCorpus(), tagger->tagSentences(smallCorpus()));
        QVERIFY(evaluation.ok());
        QVERIFY2(evaluation->overall.f1() > 95.0, qPrintable(evaluation->report()));
    }

    void saveAndLoad()
    {
        auto model = train(smallCorpus(), FeatureExtractor(lexicon()), quickOptions(Learner::Perceptron, 2));
        QVERIFY(model.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"model.bin"_s);
        QVERIFY(model->save(path).ok());
        auto loaded = Model::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->toBytes(), model->toBytes());
        QCOMPARE(loaded->labels().types(), (QStringList{u"PERS"_s, u"LOC"_s, u"ORG"_s, u"MISC"_s}));
        QVERIFY(loaded->firstPass);
        // damaged files are refused with a message, not a crash
        const QByteArray bytes = model->toBytes();
        QVERIFY(!Model::fromBytes(bytes.left(bytes.size() / 2), u"half"_s).ok());
        QVERIFY(!Model::fromBytes(QByteArray("not a model at all"), u"junk"_s).ok());
        QVERIFY(!Model::load(dir.filePath(u"missing.bin"_s)).ok());
    }

    // The final model may score BIOES states over more epochs while the first pass, which
    // trains folds + 1 models, keeps IOB2; each model carries its own scheme through a file.
    void passesKeepTheirOwnSchemes()
    {
        TrainOptions options = quickOptions(Learner::Crf, 3);
        options.scheme = TagScheme::Bioes;
        options.epochs = 5;
        options.firstPassScheme = TagScheme::Iob2;
        options.firstPassEpochs = 2;
        QList<int> done;
        int total = 0;
        options.progress = [&](int epochs, int all) {
            done.append(epochs);
            total = all;
            return true;
        };
        auto model = train(smallCorpus(), FeatureExtractor(lexicon()), options);
        QVERIFY2(model.ok(), qPrintable(model.error()));
        QCOMPARE(model->states().scheme(), TagScheme::Bioes);
        QCOMPARE(model->tagCount(), 17);
        QVERIFY(model->firstPass);
        QCOMPARE(model->firstPass->states().scheme(), TagScheme::Iob2);
        QCOMPARE(model->firstPass->tagCount(), 9);
        // 3 folds and the whole first pass at 2 epochs, then the second pass at 5
        QCOMPARE(total, 4 * 2 + 5);
        QCOMPARE(done.size(), total);
        QCOMPARE(done.last(), total);
        auto loaded = Model::fromBytes(model->toBytes(), u"two schemes"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->states().scheme(), TagScheme::Bioes);
        QCOMPARE(loaded->firstPass->states().scheme(), TagScheme::Iob2);
        auto tagger = Tagger::create(std::move(loaded).value(), lexicon());
        QVERIFY(tagger.ok());
        auto evaluation = Evaluator::evaluate(smallCorpus(), tagger->tagSentences(smallCorpus()));
        QVERIFY(evaluation.ok());
        QVERIFY2(evaluation->overall.f1() > 95.0, qPrintable(evaluation->report()));
    }

    void readsEarlierFormats_data()
    {
        QTest::addColumn<quint32>("format");
        QTest::newRow("format 2 (no scheme byte)") << 2u;
        QTest::newRow("format 3 (no edge weights)") << 3u;
    }

    void readsEarlierFormats()
    {
        // A model as earlier versions wrote it (learned models beside a database are kept
        // across upgrades): one type, 3 IOB2 tags, one feature, no names, no first pass.
        QFETCH(quint32, format);
        QByteArray bytes("ALAMNER", 8);
        const auto put32 = [&bytes](quint32 v) { v = qToLittleEndian(v); bytes.append(reinterpret_cast<const char*>(&v), 4); };
        const auto put64 = [&bytes](quint64 v) { v = qToLittleEndian(v); bytes.append(reinterpret_cast<const char*>(&v), 8); };
        const auto putFloat = [&put32](float f) { quint32 bits; std::memcpy(&bits, &f, 4); put32(bits); };
        put32(format);
        put32(featureVersion);
        put64(0);       // gazetteer fingerprint
        put32(0);       // description: empty
        putFloat(1.5f); // confidence scale
        put32(1);
        put32(4);
        bytes.append("PERS");
        if (format >= 3)
            bytes.append(char(TagScheme::Iob2));
        for (int i = 0; i < 4 * 3; ++i)
            putFloat(i == (1 + 1) * 3 + 2 ? 0.25f : 0.0f);  // transitions: B-PERS → I-PERS 0.25
        putFloat(0.5f);      // weight scale
        put64(1);
        put64(0x1234);       // the feature's key
        for (qint16 w : {qint16(0), qint16(4), qint16(-2)}) {
            w = qToLittleEndian(w);
            bytes.append(reinterpret_cast<const char*>(&w), 2);
        }
        put64(0);  // names
        put64(0);  // first pass
        auto model = Model::fromBytes(bytes, u"old"_s);
        QVERIFY2(model.ok(), qPrintable(model.error()));
        QCOMPARE(model->states().scheme(), TagScheme::Iob2);
        QCOMPARE(model->tagCount(), 3);
        QCOMPARE(model->weights(0x1234)[1], 2.0f);
        QCOMPARE(model->confidenceScale, 1.5f);
        QCOMPARE(model->transition(1, 2), 0.25f);
        QCOMPARE(model->transitions().at(1, 2, AfterAnd), 0.25f);  // no edge weights: none added
        // saved again it is the current format, read back within the 16-bit quantisation's step
        auto again = Model::fromBytes(model->toBytes(), u"again"_s);
        QVERIFY(again.ok());
        QCOMPARE(again->transition(1, 2), 0.25f);
        QCOMPARE(again->states().scheme(), TagScheme::Iob2);
        QVERIFY(std::fabs(again->weights(0x1234)[2] + 1.0f) < 1e-3f);
    }

    // A و on a name after a name: the CRF's edge weights learn that it starts a second name
    // (ليث وحامد), and a file keeps them.
    void edgeWeightsLearnCoordinatedNames()
    {
        QList<TaggedSentence> corpus = smallCorpus();
        corpus += sentence(u"وصل ليث/B-PERS وحامد/B-PERS إلى أربيل/B-LOC ."_s);
        corpus += sentence(u"التقى كريم/B-PERS الساعدي/I-PERS وسامر/B-PERS الحداد/I-PERS أمس ."_s);
        corpus += sentence(u"وزار ماركو/B-PERS وعلي/B-PERS البصرة/B-LOC ."_s);
        auto model = train(corpus, FeatureExtractor(lexicon()), quickOptions(Learner::Crf, 0));
        QVERIFY2(model.ok(), qPrintable(model.error()));
        const int begin = model->labels().tagOf(u"B-PERS"_s), inside = model->labels().tagOf(u"I-PERS"_s);
        const Transitions moves = model->transitions();
        QCOMPARE(moves.kinds, edgeKinds);
        for (int previous : {begin, inside})
            QVERIFY2(moves.at(previous, begin, AfterAnd) > moves.at(previous, begin, 0),
                     qPrintable(u"after tag %1"_s.arg(previous)));
        QVERIFY(moves.at(begin, inside, AfterAnd) < moves.at(begin, inside, 0));
        auto loaded = Model::fromBytes(model->toBytes(), u"edges"_s);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->transitions().at(begin, begin, AfterAnd), moves.at(begin, begin, AfterAnd));
    }

    void cachedScoresEqualFeatureSums()
    {
        const FeatureExtractor features(lexicon());
        auto trained = train(smallCorpus(), features, quickOptions(Learner::Perceptron, 0));
        QVERIFY(trained.ok());
        const Scorer scorer(std::make_shared<Model>(*trained), features);
        const QStringList tokens{u"وقال"_s, u"الوزير"_s, u"كريم"_s, u"الساعدي"_s, u"في"_s, u"وبغداد"_s};
        const int tags = trained->tagCount();
        for (int round = 0; round < 2; ++round) {  // the second round reads the cache
            const std::vector<float> fast = scorer.emissions(tokens);
            const QList<QList<quint64>> keys = features.sentence(tokens);
            for (int i = 0; i < tokens.size(); ++i)
                for (int t = 0; t < tags; ++t) {
                    float slow = 0;
                    for (quint64 key : keys[i])
                        if (const float* w = trained->weights(key))
                            slow += w[t];
                    QVERIFY2(std::fabs(slow - fast[size_t(i) * tags + t]) < 1e-3f,
                             qPrintable(u"token %1 tag %2"_s.arg(i).arg(t)));
                }
        }
    }

    void onlineLearning()
    {
        auto model = train(smallCorpus(), FeatureExtractor(lexicon()), quickOptions(Learner::Perceptron, 2));
        QVERIFY(model.ok());
        auto tagger = Tagger::create(std::move(model).value(), lexicon());
        QVERIFY(tagger.ok());
        const TaggedSentence reviewed = sentence(u"وأشاد زيباري/B-PERS بالخطة الجديدة ."_s);
        int steps = 0;
        while (tagger->tagTokens(reviewed.tokens).labels != reviewed.labels && steps < 10) {
            QVERIFY(tagger->learn({reviewed}) > 0);
            ++steps;
        }
        QCOMPARE(tagger->tagTokens(reviewed.tokens).labels, reviewed.labels);
        QCOMPARE(tagger->learn({reviewed}), 0);  // nothing left to correct
    }

    void cancelling()
    {
        TrainOptions options = quickOptions(Learner::Perceptron, 2);
        options.progress = [](int done, int) { return done < 3; };
        QVERIFY(!train(smallCorpus(), FeatureExtractor(lexicon()), options).ok());
    }

    void badLabelsAreReported()
    {
        QList<TaggedSentence> corpus = smallCorpus();
        corpus[1].labels[2] = u"B-"_s;
        auto model = train(corpus, FeatureExtractor(lexicon()), quickOptions(Learner::Perceptron, 0));
        QVERIFY(!model.ok());
        QVERIFY2(model.error().contains(u"2"_s), qPrintable(model.error()));
    }
};

QTEST_GUILESS_MAIN(TestNerTraining)
#include "test_training.moc"
