#include "crossvalidation.h"

#include "ner/errors.h"
#include "ner/evaluator.h"
#include "ner/tagger.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace alam::ner::bench {

namespace {

void print(const QString& text) { std::fputs(qPrintable(text), stdout); std::fflush(stdout); }

// Token confidences against how often the guesses are right, overall and in ten bins.
struct Calibration {
    static constexpr int bins = 10;
    double confidence[bins] = {}, right[bins] = {}, count[bins] = {};

    void add(const Tagger& tagger, const QList<TaggedSentence>& sentences)
    {
        for (const TaggedSentence& sentence : sentences) {
            const TaggedTokens t = tagger.tagTokens(sentence.tokens, true);
            for (qsizetype i = 0; i < t.labels.size(); ++i) {
                const int bin = std::min(bins - 1, int(t.confidences[i] * bins));
                confidence[bin] += t.confidences[i];
                right[bin] += t.labels[i] == sentence.labels[i];
                count[bin] += 1;
            }
        }
    }
    QString report(float scale) const
    {
        double c = 0, r = 0, n = 0, gap = 0;
        for (int b = 0; b < bins; ++b) {
            c += confidence[b];
            r += right[b];
            n += count[b];
            gap += std::abs(confidence[b] - right[b]);
        }
        return u"confidence scale %1: mean token confidence %2 against accuracy %3, "
               "expected calibration error %4\n"_s.arg(scale, 0, 'f', 2).arg(c / n, 0, 'f', 4)
            .arg(r / n, 0, 'f', 4).arg(gap / n, 0, 'f', 4);
    }
};

}  // namespace

int crossValidate(const QList<TaggedSentence>& sentences, const std::shared_ptr<const Lexicon>& lexicon,
                  const FeatureExtractor& features, const TrainOptions& options, int folds,
                  const QString& dumpPath, const QList<float>& confidenceScales)
{
    QList<Calibration> calibrations(confidenceScales.size());
    QElapsedTimer timer;
    timer.start();
    QList<TaggedSentence> gold, guessed;
    for (int fold = 0; fold < folds; ++fold) {
        const qsizetype first = sentences.size() * fold / folds, end = sentences.size() * (fold + 1) / folds;
        auto model = train(sentences.mid(0, first) + sentences.mid(end), features, options);
        if (!model) {
            print(u"bench_ner: %1\n"_s.arg(model.error()));
            return 1;
        }
        const QList<TaggedSentence> part = sentences.mid(first, end - first);
        for (qsizetype c = 0; c < confidenceScales.size(); ++c) {
            Model rescaled = *model;
            rescaled.confidenceScale = confidenceScales[c];
            if (auto scaled = Tagger::create(std::move(rescaled), lexicon))
                calibrations[c].add(*scaled, part);
        }
        auto tagger = Tagger::create(std::move(model).value(), lexicon);
        if (!tagger) {
            print(u"bench_ner: %1\n"_s.arg(tagger.error()));
            return 1;
        }
        const QList<TaggedSentence> tagged = tagger->tagSentences(part);
        auto one = Evaluator::evaluate(part, tagged);
        print(u"fold %1/%2: F1 %3 at %4 s\n"_s.arg(fold + 1).arg(folds).arg(one ? one->overall.f1() : 0.0, 0, 'f', 2)
                  .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
        gold += part;
        guessed += tagged;
    }
    auto evaluation = Evaluator::evaluate(gold, guessed);
    if (!evaluation) {
        print(u"bench_ner: %1\n"_s.arg(evaluation.error()));
        return 1;
    }
    print(u"\ncross-validation, %1 folds of the training part (conlleval, pooled):\n"_s.arg(folds)
          + evaluation->report() + u"\n"_s + summariseErrors(gold, guessed).report(40));
    if (!dumpPath.isEmpty()) {
        QList<TaggedSentence> both = gold;
        for (qsizetype s = 0; s < both.size(); ++s)
            for (qsizetype i = 0; i < both[s].labels.size(); ++i)
                both[s].labels[i] += u' ' + guessed[s].labels[i];
        const Status written = writeConll(dumpPath, both);
        print(written ? u"wrote %1\n"_s.arg(dumpPath) : written.error() + u'\n');
    }
    for (qsizetype c = 0; c < confidenceScales.size(); ++c)
        print(calibrations[c].report(confidenceScales[c]));
    print(u"cv micro F1: %1\n"_s.arg(evaluation->overall.f1(), 0, 'f', 2));
    return 0;
}

}  // namespace alam::ner::bench
