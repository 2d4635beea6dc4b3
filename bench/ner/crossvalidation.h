#pragma once
// bench_ner --cv K: K models, each trained on the training part without one contiguous fold and
// tested on that fold; the pooled figures are what training and decoding choices are tuned on.
#include "ner/corpus.h"
#include "ner/lexicon.h"
#include "ner/trainer.h"

#include <QString>
#include <memory>

namespace alam::ner::bench {

// `dumpPath`, when set, gets `token GOLD GUESS` lines of every fold's guesses (error analysis
// on the training part, never on the held-out one). Each of `confidenceScales` is tried on every
// fold's model in place of the trained one, and its calibration printed: token confidences are
// chosen here, not on the held-out part.
int crossValidate(const QList<TaggedSentence>& sentences, const std::shared_ptr<const Lexicon>& lexicon,
                  const FeatureExtractor& features, const TrainOptions& options, int folds,
                  const QString& dumpPath = {}, const QList<float>& confidenceScales = {});

}  // namespace alam::ner::bench
