#include "crossvalidation.h"

#include "ner/errors.h"
#include "ner/evaluator.h"
#include "ner/tagger.h"

#include <QElapsedTimer>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace alam::ner::bench {

namespace {

void print(const QString& text) { std::fputs(qPrintable(text), stdout); std::fflush(stdout); }

}  // namespace

int crossValidate(const QList<TaggedSentence>& sentences, const std::shared_ptr<const Lexicon>& lexicon,
                  const FeatureExtractor& features, const TrainOptions& options, int folds,
                  const QString& dumpPath)
{
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
        auto tagger = Tagger::create(std::move(model).value(), lexicon);
        if (!tagger) {
            print(u"bench_ner: %1\n"_s.arg(tagger.error()));
            return 1;
        }
        const QList<TaggedSentence> part = sentences.mid(first, end - first);
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
    print(u"cv micro F1: %1\n"_s.arg(evaluation->overall.f1(), 0, 'f', 2));
    return 0;
}

}  // namespace alam::ner::bench
