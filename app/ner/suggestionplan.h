#pragma once
// What re-tagging one document changes in the store. Decisions (accepted, rejected, edited,
// manual) are never touched. A proposed span is not added where any annotation already has the
// same [start, end) — whatever its label or status, so a rejected suggestion never comes back —
// nor where it overlaps a standing decision (accepted, edited, manual): the analyst has settled
// that text. With `replaceStale`, the tagger's earlier suggestions (status suggested, source
// model, gazetteer or rule) that this run does not propose again (same bounds and label) are
// removed, so the pending suggestions are those of the current model; suggestions from imports
// or propagation stay.
#include "store/types.h"

#include <QList>

namespace alam::ner {

struct SuggestionPlan {
    QList<Annotation> add;
    QList<Annotation> remove;  // stale suggestions, as read (id and version)
    int kept = 0;              // proposed again: left as they are
    int blocked = 0;           // proposed, but an annotation or decision is in the way
};

bool isTaggerSource(AnnotationSource source);

// `proposed` holds suggestions of one document (start, end, label, source, confidence set);
// `existing` is every annotation the document has now.
SuggestionPlan planSuggestions(const QList<Annotation>& proposed, const QList<Annotation>& existing,
                               bool replaceStale);

}  // namespace alam::ner
