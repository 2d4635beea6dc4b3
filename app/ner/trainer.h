#pragma once
// Training entry point. Deterministic: the same sentences and options give the same model bytes;
// the shipped model is train(anercorp-train.conll, default options) saved with Model::save.
#include "ner/corpus.h"
#include "ner/features.h"
#include "ner/model.h"
#include "result.h"

#include <functional>

namespace alam::ner {

enum class Learner { Perceptron, Crf };

struct TrainOptions {
    Learner learner = Learner::Perceptron;
    int epochs = 15;
    quint64 seed = 20070101;   // sentence order is shuffled each epoch with this seed
    int minFeatureCount = 2;   // features seen fewer times are dropped
    float pruneBelow = 1e-3f;  // weights smaller than this are dropped from the model
    double l2 = 1.0;           // CRF: strength of the regulariser (per corpus)
    double learningRate = 0.1; // CRF: initial step
    // Two passes when ≥ 2: a second model reads document evidence from the first pass's tags
    // (document.h), trained on first-pass tags of `folds` held-out parts (jackknifing).
    int folds = 5;
    // Recorded in the model: scores are divided by it before the softmax that gives token
    // confidences (32 makes the mean confidence match the accuracy on held-out ANERcorp).
    float confidenceScale = 32.0f;
    LabelSet labels;           // empty: the types found in the sentences
    // Called after each epoch with (epochs done, epochs in all passes); false cancels.
    std::function<bool(int, int)> progress;
};

class Scorer;

Result<Model> train(const QList<TaggedSentence>& sentences, const FeatureExtractor& features,
                    const TrainOptions& options = {});

// Document evidence keys for the second pass from the first pass's tags (sentences[s] token i →
// keys[s][i]); documents are split at startsDocument, else nearby sentences count.
QList<QList<QList<quint64>>> documentEvidence(const QList<TaggedSentence>& sentences, const Scorer& firstPass);

}  // namespace alam::ner
