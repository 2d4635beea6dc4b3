#pragma once
// A simulated analyst: reviews gold documents in order, each one tagged first, and counts the
// actions needed to turn the suggestions into the gold spans: accepting a correct suggestion,
// rejecting a wrong one, fixing the bounds or the type of one that overlaps a gold span (one
// action each), adding a missing span. With learning on, the tagger takes an online step on
// each document's gold labels after its review (OnlineLearner), as the app does.
#include "ner/corpus.h"
#include "ner/tagger.h"

#include <QList>
#include <functional>

namespace alam::ner {

struct ReviewActions {
    int goldEntities = 0;
    int accepted = 0;
    int rejected = 0;
    int fixedBounds = 0;
    int fixedType = 0;
    int added = 0;
    int documents = 0;
    int documentsWithAccepts = 0;

    int total() const { return accepted + rejected + fixedBounds + fixedType + added; }
    // Actions per 100 gold entities; adding every entity by hand costs 100.
    double per100() const { return goldEntities ? 100.0 * total() / goldEntities : 0.0; }
    // The same when the correct suggestions are taken with one "accept all remaining" per
    // document (after the wrong ones are fixed or rejected), as the review window allows.
    int totalWithAcceptAll() const { return total() - accepted + documentsWithAccepts; }
    double per100WithAcceptAll() const
    {
        return goldEntities ? 100.0 * totalWithAcceptAll() / goldEntities : 0.0;
    }
    ReviewActions& operator+=(const ReviewActions& other);
};

// One sentence: pairs suggestions with gold spans. Exact matches are accepted; each other
// suggestion is fixed towards the unpaired gold span it overlaps most (first on a tie), else
// rejected; gold spans left unpaired are added.
ReviewActions reviewActions(const QList<LabelledSpan>& suggested, const QList<LabelledSpan>& gold);

struct SimulationOptions {
    int sentencesPerDocument = 20;
    bool learn = false;
    float rate = 1.0f;
    // Called after each document with (documents done, documents); false stops.
    std::function<bool(int, int)> progress;
};

struct SimulationReport {
    QList<ReviewActions> documents;  // in review order
    ReviewActions thirds[3];         // first, middle and last third of the documents
    int thirdDocuments[3] = {0, 0, 0};
    ReviewActions total;
    int learningSteps = 0;           // sentences learned from
};

// Sentences are grouped into documents of `sentencesPerDocument` (a -DOCSTART- also starts
// one). `tagger` learns in place when options.learn is set.
SimulationReport simulateReview(Tagger& tagger, const QList<TaggedSentence>& gold,
                                const SimulationOptions& options);

}  // namespace alam::ner
