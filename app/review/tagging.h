#pragma once
// The one place the review reaches the tagger (app/ner): tagging documents into suggestions,
// retraining on the reviewed documents, propagating a decision to the other mentions of its
// name, and the gazetteer's names as evidence for word snapping. When the tagger's API
// changes, only tagging.cpp changes.
#include "result.h"
#include "store/types.h"
#include "wordsnap.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>

namespace alam {

class Database;

// (steps done, steps); returning false cancels (what is written stays).
using StepProgress = std::function<bool(int done, int total)>;

struct TagRunOptions {
    QList<qint64> documents;  // empty: every document not reviewed yet
    bool replaceStale = true; // drop the tagger's earlier suggestions it no longer makes
};

struct TagRunReport {
    QString modelName;
    int documents = 0;
    int added = 0;
    int removed = 0;
    int blocked = 0;  // spans not suggested: a decision is in the way
    bool cancelled = false;
};

struct TrainRunOptions {
    // Training data beside the reviewed documents: the base corpus the shipped model was
    // trained on (anercorp-train.conll), or other CoNLL files.
    QStringList conllFiles;
    int epochs = 0;  // 0: the shipped model's recipe
};

struct TrainRunReport {
    int sentences = 0;
    int reviewedDocuments = 0;
    int features = 0;
    int memoryDocuments = 0;  // documents learned online again, so the analyst memory stays
    bool fewDocuments = false;  // trained on a handful of reviewed documents and nothing else
    QString modelPath;  // where the model was saved (tagging uses it from now on)
};

struct LearnRunReport {
    bool learned = false;  // false: this document had been learned from already
    int sentences = 0;
    int tokens = 0;
    int wrongTokens = 0;  // tokens the tagger got wrong before the step
    QString modelPath;
};

struct CorpusPropagationReport {
    QString name;  // the decision's text
    int documents = 0;
    int added = 0;
    int updated = 0;
    bool cancelled = false;
};

struct PropagationProposal {
    QList<Annotation> add;     // new suggestions for the other mentions
    QList<Annotation> update;  // pending suggestions with the decision's bounds, relabelled
};

class Tagging final {
    Q_DECLARE_TR_FUNCTIONS(alam::Tagging)
public:
    // With the model learned for this database when there is one, else the shipped model.
    static Result<TagRunReport> tag(Database& db, const TagRunOptions& options,
                                    const StepProgress& progress = {});
    // A full retrain on the reviewed documents (and the CoNLL files), saved as this database's
    // learned model; the documents learned online are learned again, so the analyst memory
    // stays. Refused on PostgreSQL: the model is kept beside a SQLite database file.
    static Result<TrainRunReport> train(Database& db, const TrainRunOptions& options,
                                        const StepProgress& progress = {});
    // The shipped model's number of passes (what TrainRunOptions::epochs 0 means).
    static int recipeEpochs();
    // Below this many reviewed documents, training on them alone makes a weak model.
    static constexpr int fewReviewedDocuments = 200;
    // Whether this database can keep a learned model (SQLite: beside its file).
    static bool keepsLearnedModel(const Database& db);

    // One online step from a reviewed document (its decisions), kept in this database's
    // learned model, which tagging then uses. A document is learned from once.
    static Result<LearnRunReport> learnFromReviewed(Database& db, qint64 documentId);

    // A decision's name, propagated to every document not reviewed yet (ner/propagation.h).
    static Result<CorpusPropagationReport> propagateAcrossCorpus(Database& db,
                                                                 qint64 annotationId,
                                                                 const StepProgress& progress = {});
    // The other mentions of `name` (the decision's text) in `text` that should become
    // suggestions; `decision` and `existing` are in `text`'s offsets.
    static PropagationProposal propagation(const QString& text, const QString& name,
                                           const Annotation& decision,
                                           const QList<Annotation>& existing);
    // Single-word names of the gazetteers (persons, places, organisations, other), in the
    // matching form; empty when the gazetteers cannot be read. Loaded once, thread-safe.
    static KnownName gazetteerNames();
};

}  // namespace alam
