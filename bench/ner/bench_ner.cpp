// Trains the tagger on the first 5/6 of anercorp-train.conll, evaluates on the last 1/6 and
// prints per-class P/R/F1 (conlleval), micro F1, a confusion summary, training time, tagging
// speed on one core, model load time and size.
//   bench_ner [--conll FILE] [--epochs N] [--min-count N] [--folds N] [--seed N] [--crf|--perceptron] [--bioes] [--first-epochs N] [--first-bioes] [--l2 X] [--rate X] [--dropout X] [--dump OUT.txt]
//             [--save OUT.bin] [--model IN.bin] [--ship OUT.bin] [--texts DIR] [--rounds N] [--text-rounds N] [--cv K [--cv-dump OUT.txt] [--cv-calibrate S,S…]]
// --cv K cross-validates on the training part only (K contiguous folds of the first 5/6), prints
// the pooled figures and stops: choices are tuned on these, the held-out part is for reporting.
// --cv-dump OUT.txt (with --cv) writes `token GOLD GUESS` lines of the folds' guesses.
// --cv-calibrate 1.2,1.5 (with --cv) prints the token confidences' calibration at each scale.
// --texts tags every .txt file of DIR once (e.g. from ../shared/scripts/make_corpus.py).
// --save writes the model trained on the first 5/6.
// --dump writes `token GOLD GUESS` lines of the held-out part (conlleval.pl's input).
// --ship trains on the whole file instead (the shipped model) and writes it to OUT.bin.
// --epochs and --bioes are the second pass's (the final model), --first-epochs and --first-bioes the first pass's.
#include "benchutil.h"
#include "crossvalidation.h"
#include "ner/corpus.h"
#include "ner/errors.h"
#include "ner/evaluator.h"
#include "ner/lexicon.h"
#include "ner/tagger.h"
#include "ner/trainer.h"
#include "text/tokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace alam::ner;

namespace {

void print(const QString& text) { std::fputs(qPrintable(text), stdout); std::fflush(stdout); }

int tokenCount(const QList<TaggedSentence>& sentences)
{
    int count = 0;
    for (const TaggedSentence& s : sentences)
        count += int(s.tokens.size());
    return count;
}

QString argument(const QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString conll = argument(args, u"--conll"_s, alam::bench::sharedDir() + u"/data/anercorp-train.conll"_s);
    const QString shipPath = argument(args, u"--ship"_s, {});
    TrainOptions options;
    options.epochs = argument(args, u"--epochs"_s, QString::number(options.epochs)).toInt();
    options.minFeatureCount = argument(args, u"--min-count"_s, QString::number(options.minFeatureCount)).toInt();
    options.seed = argument(args, u"--seed"_s, QString::number(options.seed)).toULongLong();
    options.folds = argument(args, u"--folds"_s, QString::number(options.folds)).toInt();
    if (args.contains(u"--crf"_s))
        options.learner = Learner::Crf;
    options.firstPassEpochs = argument(args, u"--first-epochs"_s, QString::number(options.firstPassEpochs)).toInt();
    if (args.contains(u"--bioes"_s))
        options.scheme = alam::ner::TagScheme::Bioes;
    if (args.contains(u"--first-bioes"_s))
        options.firstPassScheme = alam::ner::TagScheme::Bioes;
    if (args.contains(u"--perceptron"_s))
        options.learner = Learner::Perceptron;
    options.l2 = argument(args, u"--l2"_s, QString::number(options.l2)).toDouble();
    options.learningRate = argument(args, u"--rate"_s, QString::number(options.learningRate)).toDouble();
    options.dropout = argument(args, u"--dropout"_s, QString::number(options.dropout)).toDouble();

    auto corpus = readConll(conll);
    if (!corpus) {
        print(u"bench_ner: %1 (skipped)\n"_s.arg(corpus.error()));
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    auto lexicon = Lexicon::loadDefault();
    if (!lexicon) {
        print(u"bench_ner: %1\n"_s.arg(lexicon.error()));
        return 1;
    }
    print(u"lexicon: %1 gazetteer entries in %2 classes, loaded with hunspell-ar in %3 ms\n"_s
              .arg((*lexicon)->gazetteer.entryCount()).arg((*lexicon)->gazetteer.classes().size())
              .arg(timer.elapsed()));
    const FeatureExtractor features(*lexicon);

    Split split = shipPath.isEmpty() ? splitLastPart(*corpus, 6) : Split{*corpus, {}};
    // --train-share F: train on the first F of the training part (a learning curve)
    const double share = argument(args, u"--train-share"_s, u"1"_s).toDouble();
    split.train = split.train.mid(0, qsizetype(split.train.size() * share));
    print(u"corpus: %1 sentences; training on %2 sentences (%3 tokens), held out %4 sentences (%5 tokens)\n"_s
              .arg(corpus->size()).arg(split.train.size()).arg(tokenCount(split.train))
              .arg(split.heldOut.size()).arg(tokenCount(split.heldOut)));

    if (const int folds = argument(args, u"--cv"_s, u"0"_s).toInt(); folds >= 2) {
        QList<float> scales;
        for (const QString& scale : argument(args, u"--cv-calibrate"_s, {}).split(u',', Qt::SkipEmptyParts))
            scales.append(scale.toFloat());
        return bench::crossValidate(split.train, *lexicon, features, options, folds, argument(args, u"--cv-dump"_s, {}),
                                    scales);
    }

    timer.restart();
    options.progress = [&timer](int done, int total) {
        print(u"  epoch %1/%2 at %3 s\n"_s.arg(done).arg(total).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
        return true;
    };
    // --model FILE skips training (e.g. a model --save wrote), for measuring tagging alone.
    const QString given = argument(args, u"--model"_s, {});
    auto trained = given.isEmpty() ? train(split.train, features, options) : Model::load(given);
    if (!trained) {
        print(u"bench_ner: %1\n"_s.arg(trained.error()));
        return 1;
    }
    if (given.isEmpty())
        print(u"training: %1 s, %2 features kept; %3\n"_s.arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                  .arg(trained->featureCount()).arg(trained->description));
    else
        print(u"model %1 loaded, not trained: the figures below are held-out only if it was trained "
              "on the first 5/6\n"_s.arg(given));

    const QByteArray bytes = trained->toBytes();
    timer.restart();
    auto model = Model::fromBytes(bytes, u"model"_s);
    const qint64 loadNs = timer.nsecsElapsed();
    if (!model) {
        print(u"bench_ner: %1\n"_s.arg(model.error()));
        return 1;
    }
    print(u"model: %1 MB, load %2 ms\n"_s.arg(bytes.size() / 1e6, 0, 'f', 2).arg(loadNs / 1e6, 0, 'f', 1));
    if (const QString save = argument(args, u"--save"_s, {}); !save.isEmpty())
        print(model->save(save) ? u"wrote %1\n"_s.arg(save) : u"cannot write %1\n"_s.arg(save));
    if (!shipPath.isEmpty()) {
        const alam::Status saved = model->save(shipPath);
        print(saved ? u"wrote %1\n"_s.arg(shipPath) : saved.error() + u'\n');
        return saved ? 0 : 1;
    }

    {
        timer.restart();
        auto shipped = Model::loadDefault();
        const qint64 modelNs = timer.nsecsElapsed();
        auto whole = Tagger::loadDefault();
        const qint64 taggerNs = timer.nsecsElapsed();
        if (shipped && whole) {
            whole->tagTokens({u"بغداد"_s});  // the first word reads ar.dic's entry list
            print(u"shipped model: %1 ms to load from the resources; tagger ready (model, gazetteers, "
                  "hunspell-ar) in %2 ms, first word tagged at %3 ms\n"_s
                      .arg(modelNs / 1e6, 0, 'f', 1).arg(taggerNs / 1e6, 0, 'f', 1).arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1));
        } else {
            print(u"shipped model: %1\n"_s.arg(shipped ? whole.error() : shipped.error()));
        }
    }
    auto tagger = Tagger::create(std::move(model).value(), *lexicon);
    if (!tagger) {
        print(u"bench_ner: %1\n"_s.arg(tagger.error()));
        return 1;
    }
    timer.restart();
    const QList<TaggedSentence> guessed = tagger->tagSentences(split.heldOut);
    const qint64 coldNs = timer.nsecsElapsed();
    const int heldOutTokens = tokenCount(split.heldOut);
    const int rounds = std::max(1, argument(args, u"--rounds"_s, u"10"_s).toInt());
    // Each warm pass timed alone: this machine's speed wanders by a fifth from second to second,
    // so the median pass says more than the total.
    std::vector<qint64> passNs;
    for (int r = 0; r < rounds; ++r) {
        timer.restart();
        tagger->tagSentences(split.heldOut);
        passNs.push_back(timer.nsecsElapsed());
    }
    std::sort(passNs.begin(), passNs.end());
    const qint64 warmNs = std::accumulate(passNs.begin(), passNs.end(), qint64(0));

    // Plain text in, spans out: the held-out sentences as lines of text (tokeniser included).
    QString text;
    for (const TaggedSentence& sentence : split.heldOut)
        text += sentence.tokens.join(u' ') + u'\n';
    timer.restart();
    qsizetype spanCount = 0;
    const int textRounds = argument(args, u"--text-rounds"_s, QString::number(rounds)).toInt();
    for (int r = 0; r < textRounds; ++r)
        spanCount += tagger->tagText(text).size();
    const qint64 textNs = timer.nsecsElapsed();

    // --texts DIR: every .txt file of a folder (e.g. from make_corpus.py) tagged once, cold cache
    // at the start: what a large import costs.
    if (const QString folder = argument(args, u"--texts"_s, {}); !folder.isEmpty()) {
        auto fresh = Tagger::create(tagger->model(), *lexicon);
        const QDir dir(folder);
        qint64 tokens = 0, characters = 0, spans = 0;
        timer.restart();
        for (const QString& name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString article = QString::fromUtf8(file.readAll());
            tokens += alam::Tokenizer::tokenize(article).size();
            characters += article.size();
            spans += fresh->tagText(article).size();
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        print(u"folder %1: %2 tokens, %3 spans in %4 s: %5 tokens/s (file reading and token counting included)\n"_s
                  .arg(folder).arg(tokens).arg(spans).arg(seconds, 0, 'f', 2).arg(qint64(tokens / seconds)));
    }

    auto evaluation = Evaluator::evaluate(split.heldOut, guessed);
    if (!evaluation) {
        print(u"bench_ner: %1\n"_s.arg(evaluation.error()));
        return 1;
    }
    print(u"\nheld-out evaluation (conlleval):\n"_s + evaluation->report());
    if (const QString dump = argument(args, u"--dump"_s, {}); !dump.isEmpty()) {
        // token GOLD GUESS lines, as conlleval.pl reads them
        QList<TaggedSentence> both = split.heldOut;
        for (qsizetype s = 0; s < both.size(); ++s)
            for (qsizetype i = 0; i < both[s].labels.size(); ++i)
                both[s].labels[i] += u' ' + guessed[s].labels[i];
        const alam::Status written = writeConll(dump, both);
        print(written ? u"wrote %1\n"_s.arg(dump) : written.error() + u'\n');
    }
    print(u"\n"_s + summariseErrors(split.heldOut, guessed).report());
    const auto rate = [heldOutTokens](qint64 ns) { return qint64(heldOutTokens / (std::max<qint64>(ns, 1) / 1e9)); };
    print(u"\ntagging on one core: %1 tokens/s first pass (new word types looked up); warm over %2 "
          "passes: %3 tokens/s median pass, %4 best, %5 worst, %6 overall\n"_s
              .arg(rate(coldNs)).arg(rounds).arg(rate(passNs[passNs.size() / 2])).arg(rate(passNs.front()))
              .arg(rate(passNs.back())).arg(qint64(rounds * heldOutTokens / (warmNs / 1e9))));
    print(u"text to spans on one core: %1 tokens/s (%2 characters/s), %3 spans per pass\n"_s
              .arg(qint64(textRounds * heldOutTokens / (textNs / 1e9)))
              .arg(qint64(textRounds * text.size() / (textNs / 1e9))).arg(spanCount / std::max(1, textRounds)));
    // Calibration: the mean confidence of the guesses against how often they are right.
    double confidence = 0, right = 0, count = 0;
    for (const TaggedSentence& sentence : split.heldOut) {
        const TaggedTokens t = tagger->tagTokens(sentence.tokens, true);
        for (qsizetype i = 0; i < t.labels.size(); ++i, ++count) {
            confidence += t.confidences[i];
            right += t.labels[i] == sentence.labels[i];
        }
    }
    print(u"token confidence: mean %1 against accuracy %2 (sentence by sentence)\n"_s
              .arg(confidence / count, 0, 'f', 4).arg(right / count, 0, 'f', 4));
    print(u"micro F1: %1\npeak RSS: %2 MB\n"_s.arg(evaluation->overall.f1(), 0, 'f', 2)
              .arg(alam::bench::peakRssMb(), 0, 'f', 0));
    return 0;
}
