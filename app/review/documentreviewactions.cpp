// The analyst's actions on annotations: accept, reject, label, bounds, add, delete, accept all,
// mark reviewed. Each is one transaction through DocumentReview::perform.
#include "documentreview.h"

#include "documentreview_p.h"
#include "store/database.h"
#include "store/documentstore.h"

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

// What a change of type or bounds makes of an annotation: an analyst's own stays manual.
AnnotationStatus editedStatus(AnnotationStatus status)
{
    return status == AnnotationStatus::Manual ? AnnotationStatus::Manual : AnnotationStatus::Edited;
}

}  // namespace

Result<ReviewChange> DocumentReview::accept(qint64 annotationId)
{
    return perform(ReviewActionKind::Accept, [&](Pending& pending) -> Status {
        Result<Annotation> found = current(pending, annotationId);
        if (!found)
            return Error{found.error()};
        Annotation annotation = *found;
        pending.change.focus = annotationId;
        // Accepting a decision again only links it and suggests its other mentions.
        const bool statusChanges = !isDecision(annotation.status)
                                   || annotation.status == AnnotationStatus::Rejected;
        if (statusChanges)
            annotation.status = AnnotationStatus::Accepted;
        const qint64 entityBefore = annotation.entityId;
        if (Status linked = link(pending, annotation); !linked)
            return linked;
        if (statusChanges || annotation.entityId != entityBefore) {
            if (Status written = write(pending, annotation); !written)
                return written;
        }
        Result<Annotation> stored = current(pending, annotationId);
        return stored ? propagate(pending, *stored) : Status(Error{stored.error()});
    });
}

Result<ReviewChange> DocumentReview::reject(qint64 annotationId)
{
    return perform(ReviewActionKind::Reject, [&](Pending& pending) -> Status {
        Result<Annotation> found = current(pending, annotationId);
        if (!found)
            return Error{found.error()};
        pending.change.focus = annotationId;
        if (found->status == AnnotationStatus::Rejected)
            return {};
        Annotation annotation = *found;
        annotation.status = AnnotationStatus::Rejected;
        return write(pending, annotation);
    });
}

Result<ReviewChange> DocumentReview::setLabel(qint64 annotationId, const QString& labelName)
{
    if (!label(labelName))
        return Error{tr("There is no label %1.").arg(labelName)};
    return perform(ReviewActionKind::ChangeLabel, [&](Pending& pending) -> Status {
        Result<Annotation> found = current(pending, annotationId);
        if (!found)
            return Error{found.error()};
        pending.change.focus = annotationId;
        Annotation annotation = *found;
        if (annotation.label == labelName && annotation.status != AnnotationStatus::Suggested
            && annotation.status != AnnotationStatus::Rejected)
            return {};
        if (annotation.label == labelName) {
            annotation.status = AnnotationStatus::Accepted;  // the type the tagger said is right
        } else {
            annotation.label = labelName;
            annotation.status = editedStatus(annotation.status);
            annotation.entityId = 0;  // an entity has one type: find the one of the new type
        }
        if (Status linked = link(pending, annotation); !linked)
            return linked;
        if (Status written = write(pending, annotation); !written)
            return written;
        Result<Annotation> stored = current(pending, annotationId);
        return stored ? propagate(pending, *stored) : Status(Error{stored.error()});
    });
}

Result<ReviewChange> DocumentReview::resize(qint64 annotationId, SpanEdge edge, bool grow,
                                            SpanUnit unit)
{
    const Annotation* found = find(annotationId);
    if (!found)
        return Error{tr("Annotation %1 is not in «%2» (it may have been deleted).")
                         .arg(QString::number(annotationId), m_document.title)};
    const std::optional<TextSpan> bounds =
        snapper().resize({found->start, found->end}, edge, grow, unit);
    if (!bounds)
        return Error{grow ? tr("The annotation cannot grow further that way.")
                          : tr("The annotation cannot shrink further that way: it would be "
                               "empty.")};
    return perform(ReviewActionKind::Resize, [&](Pending& pending) -> Status {
        Result<Annotation> annotation = current(pending, annotationId);
        if (!annotation)
            return Error{annotation.error()};
        pending.change.focus = annotationId;
        annotation->start = bounds->start;
        annotation->end = bounds->end;
        annotation->status = editedStatus(annotation->status);
        return write(pending, *annotation);
    });
}

Result<ReviewChange> DocumentReview::addFromSelection(int start, int end, const QString& labelName)
{
    if (!label(labelName))
        return Error{tr("There is no label %1.").arg(labelName)};
    const std::optional<TextSpan> span = snapper().snap(start, end);
    if (!span)
        return Error{tr("The selection holds no word to annotate.")};
    for (const Annotation& existing : std::as_const(m_annotations)) {
        if (existing.start == span->start && existing.end == span->end)
            return setLabel(existing.id, labelName);
    }
    return perform(ReviewActionKind::Add, [&](Pending& pending) -> Status {
        Annotation annotation;
        annotation.start = span->start;
        annotation.end = span->end;
        annotation.label = labelName;
        annotation.status = AnnotationStatus::Manual;
        annotation.source = AnnotationSource::Analyst;
        annotation.confidence = 1.0;
        annotation.annotator = m_annotator;
        if (Status linked = link(pending, annotation); !linked)
            return linked;
        Result<qint64> id = writeNew(pending, annotation);
        if (!id)
            return Error{id.error()};
        pending.change.focus = *id;
        Result<Annotation> stored = current(pending, *id);
        return stored ? propagate(pending, *stored) : Status(Error{stored.error()});
    });
}

Result<ReviewChange> DocumentReview::remove(qint64 annotationId)
{
    return perform(ReviewActionKind::Delete, [&](Pending& pending) -> Status {
        return writeRemoval(pending, annotationId);
    });
}

Result<ReviewChange> DocumentReview::acceptAllRemaining()
{
    QList<qint64> remaining;
    for (const Annotation& annotation : std::as_const(m_annotations)) {
        if (annotation.status == AnnotationStatus::Suggested)
            remaining << annotation.id;
    }
    if (remaining.isEmpty())
        return ReviewChange{};
    return perform(ReviewActionKind::AcceptAll, [&](Pending& pending) -> Status {
        for (qint64 id : std::as_const(remaining)) {
            Result<Annotation> annotation = current(pending, id);
            if (!annotation)
                return Error{annotation.error()};
            annotation->status = AnnotationStatus::Accepted;
            if (Status linked = link(pending, *annotation); !linked)
                return linked;
            if (Status written = write(pending, *annotation); !written)
                return written;
        }
        pending.change.focus = remaining.constFirst();
        return {};
    });
}

Result<ReviewChange> DocumentReview::markReviewed()
{
    if (const QString why = whyNotReviewable(); !why.isEmpty())
        return Error{why};
    if (m_document.status == ReviewStatus::Reviewed)
        return ReviewChange{};
    return perform(ReviewActionKind::MarkReviewed, [&](Pending& pending) -> Status {
        if (Status set =
                DocumentStore(m_db).setStatus(m_document.id, ReviewStatus::Reviewed, m_annotator);
            !set)
            return set;
        pending.recorder.noteStatus(pending.status, ReviewStatus::Reviewed);
        pending.status = ReviewStatus::Reviewed;
        return {};
    });
}

}  // namespace alam
