#include "ner/suggestionplan.h"

#include <QSet>
#include <algorithm>

namespace alam::ner {

namespace {

quint64 boundsKey(const Annotation& a) { return (quint64(quint32(a.start)) << 32) | quint32(a.end); }

bool overlaps(const Annotation& a, const Annotation& b) { return a.start < b.end && b.start < a.end; }

bool isStandingDecision(AnnotationStatus status)
{
    return isDecision(status) && status != AnnotationStatus::Rejected;
}

bool sameSuggestion(const Annotation& a, const Annotation& b)
{
    return a.start == b.start && a.end == b.end && a.label == b.label;
}

}  // namespace

bool isTaggerSource(AnnotationSource source)
{
    return source == AnnotationSource::Model || source == AnnotationSource::Gazetteer
           || source == AnnotationSource::Rule;
}

SuggestionPlan planSuggestions(const QList<Annotation>& proposed, const QList<Annotation>& existing,
                               bool replaceStale)
{
    SuggestionPlan plan;
    QList<Annotation> staying;
    for (const Annotation& annotation : existing) {
        const bool stale = replaceStale && annotation.status == AnnotationStatus::Suggested
                           && isTaggerSource(annotation.source)
                           && std::none_of(proposed.cbegin(), proposed.cend(), [&](const Annotation& p) {
                                  return sameSuggestion(p, annotation);
                              });
        if (stale)
            plan.remove.append(annotation);
        else
            staying.append(annotation);
    }

    QSet<quint64> taken;
    for (const Annotation& annotation : staying)
        taken.insert(boundsKey(annotation));
    for (const Annotation& suggestion : proposed) {
        const quint64 key = boundsKey(suggestion);
        if (taken.contains(key)) {
            const bool again = std::any_of(staying.cbegin(), staying.cend(), [&](const Annotation& a) {
                return a.status == AnnotationStatus::Suggested && sameSuggestion(a, suggestion);
            });
            again ? ++plan.kept : ++plan.blocked;
            continue;
        }
        const bool overDecision = std::any_of(staying.cbegin(), staying.cend(), [&](const Annotation& a) {
            return isStandingDecision(a.status) && overlaps(a, suggestion);
        });
        if (overDecision) {
            ++plan.blocked;
            continue;
        }
        taken.insert(key);
        plan.add.append(suggestion);
    }
    return plan;
}

}  // namespace alam::ner
