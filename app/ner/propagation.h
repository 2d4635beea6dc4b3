#pragma once
// Propagation: when the analyst accepts or adds an entity, the other mentions of the same name
// become suggestions of that entity (status suggested, source propagation, confidence
// kPropagatedConfidence, the same label and entity). Names are compared token by token in the
// matching form (alef variants, ى/ي, ة/ه, diacritics and tatweel do not matter), and the first
// token may carry proclitics:
// «وبغداد» is a mention of بغداد whose span starts after the و, «للحكومة» one of الحكومة.
// No suggestion duplicates an annotation's [start, end) (whatever its status: a rejected mention
// stays rejected) or overlaps a standing decision (accepted, edited, manual). A pending
// suggestion with exactly the mention's bounds but another label or entity is updated instead
// (the analyst's word outweighs the model's guess), keeping the higher of the two confidences.
#include "result.h"
#include "store/types.h"

#include <QCoreApplication>
#include <QList>
#include <QStringView>
#include <functional>

namespace alam {
class Database;
}

namespace alam::ner {

// One-word names shorter than this (in the matching form) are not propagated.
constexpr int kShortestPropagated = 3;

// Another mention of a name the analyst settled is very likely the same name, yet it is a
// guess from the text alone (a homonym, a name inside a longer one): below a decision's 1.
constexpr double kPropagatedConfidence = 0.9;

struct MentionSpan {
    int start = 0;
    int end = 0;
};

struct PropagationPlan {
    QList<Annotation> add;     // new suggestions (documentId from the decision)
    QList<Annotation> update;  // pending suggestions given the decision's label and entity
};

struct PropagationReport {
    int documents = 0;  // documents that received suggestions
    int added = 0;
    int updated = 0;
};

class Propagation final {
    Q_DECLARE_TR_FUNCTIONS(alam::ner::Propagation)
public:
    // Every mention of `name` in `text` (bounds after any proclitic), in text order.
    static QList<MentionSpan> mentions(QStringView text, QStringView name);

    // The suggestions for the other mentions in the decision's own text.
    static QList<Annotation> suggest(QStringView text, const Annotation& decision,
                                     const QList<Annotation>& existing);
    static PropagationPlan plan(QStringView text, QStringView name, const Annotation& decision,
                                const QList<Annotation>& existing);

    // In the decision's document (read from the store), in one transaction.
    static Result<PropagationReport> inDocument(Database& db, const Annotation& decision);
    // In every document not reviewed yet, the decision's own included. `progress` gets
    // (documents looked at, documents) and may return false to stop (what is written stays).
    static Result<PropagationReport> acrossCorpus(Database& db, const Annotation& decision,
                                                  const std::function<bool(int, int)>& progress = {});
};

}  // namespace alam::ner
