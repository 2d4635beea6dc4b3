#pragma once
// The learning algorithms behind train(): each fills `weights` (features × tags) and
// `transitions` ((tags + 1) × tags, row 0 = sentence start), where tags are the states of
// `states` and the corpus's tags are states too. They return false when cancelled.
#include "ner/encodedcorpus.h"
#include "ner/trainer.h"

#include <vector>

namespace alam::ner {

// Averaged structured perceptron (Collins 2002) over masked Viterbi.
bool learnPerceptron(const EncodedCorpus& corpus, const StateSet& states, const TrainOptions& options,
                     std::vector<float>& weights, std::vector<float>& transitions);

// Linear-chain CRF, L2-regularised, trained by stochastic gradient descent (Bottou's scaled
// weights for the regulariser), with illegal transitions excluded from the paths.
bool learnCrf(const EncodedCorpus& corpus, const StateSet& states, const TrainOptions& options,
              std::vector<float>& weights, std::vector<float>& transitions);

}  // namespace alam::ner
