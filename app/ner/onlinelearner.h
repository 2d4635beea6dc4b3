#pragma once
// Learning from the analyst: after a document is reviewed, one online step (Tagger::learn, in
// the words' analyst memory) per sentence towards the labels its decisions give (ner/goldlabels.h: accepted, edited and manual
// annotations are entities; rejected and still-suggested spans are O). The tagger's model
// changes in memory; LearnedModel keeps it beside the database so the learning persists.
// Learning must not overlap with tagging on the same Tagger.
#include "ner/corpus.h"
#include "ner/tagger.h"
#include "result.h"
#include "store/types.h"

#include <QCoreApplication>
#include <QList>
#include <QStringView>

namespace alam {
class Database;
}

namespace alam::ner {

struct LearningStep {
    int sentences = 0;
    int tokens = 0;
    int wrongTokens = 0;  // tokens the tagger got wrong before the step
};

class OnlineLearner final {
    Q_DECLARE_TR_FUNCTIONS(alam::ner::OnlineLearner)
public:
    explicit OnlineLearner(Tagger& tagger, float rate = 1.0f) : m_tagger(tagger), m_rate(rate) {}

    // A reviewed document: its text and all its annotations (decisions and the rest).
    LearningStep learnDocument(QStringView text, const QList<Annotation>& annotations);
    // Sentences with gold IOB2 labels (e.g. a CoNLL document).
    LearningStep learnSentences(const QList<TaggedSentence>& sentences);
    // Reads the document and its annotations from the store, then learns from them.
    Result<LearningStep> learnStoredDocument(Database& db, qint64 documentId);

private:
    Tagger& m_tagger;
    float m_rate;
};

// The model that learned from a database's analysts, kept beside the database file:
// «alam.sqlite» → «alam.sqlite.learned-model». `alam tag` on that database uses it when it
// exists (unless --model says otherwise); `alam train --from-db` is the full retrain.
class LearnedModel final {
    Q_DECLARE_TR_FUNCTIONS(alam::ner::LearnedModel)
public:
    static QString pathFor(const QString& databasePath);
    // Written atomically (QSaveFile inside Model::save), so a crash keeps the previous one.
    static Status save(const Tagger& tagger, const QString& databasePath);
};

}  // namespace alam::ner
