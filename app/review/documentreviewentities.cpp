// Entities of a document's mentions: linking on a decision, link to / split off, and
// propagation of a decision to the other mentions of the same name in the document.
#include "documentreview.h"

#include "documentreview_p.h"
#include "entitylinker.h"
#include "mentionmatcher.h"
#include "tagging.h"
#include "text/matchingform.h"

#include <QSet>
#include "store/entitystore.h"

namespace alam {

const Entity* DocumentReview::pendingEntity(const Pending& pending, qint64 entityId) const
{
    const auto changed = pending.entities.constFind(entityId);
    if (changed != pending.entities.constEnd())
        return &*changed;
    return entity(entityId);
}

Status DocumentReview::link(Pending& pending, Annotation& annotation)
{
    if (annotation.entityId != 0 || annotation.status == AnnotationStatus::Rejected)
        return {};
    QSet<qint64> seen;
    QList<Entity> nearby;
    for (const Annotation& other : std::as_const(pending.working)) {
        if (other.id == annotation.id || other.entityId == 0 || other.label != annotation.label
            || other.status == AnnotationStatus::Rejected || seen.contains(other.entityId))
            continue;
        seen.insert(other.entityId);
        if (const Entity* known = pendingEntity(pending, other.entityId))
            nearby << *known;
    }
    Result<qint64> entityId = EntityLinker(m_db).resolve(textOf(annotation), annotation.label, nearby);
    if (!entityId)
        return Error{entityId.error()};
    annotation.entityId = *entityId;
    // The entity as stored now (created, or given this mention as an alias).
    Result<Entity> entity = EntityStore(m_db).get(*entityId);
    if (!entity)
        return Error{entity.error()};
    pending.entities.insert(*entityId, *entity);
    return {};
}

// The matching (clitic-aware, in the matching form) and the rules for what to suggest are the
// tagger's own (ner::Propagation, through Tagging), so the window and `alam` agree. It is asked
// paragraph by paragraph, only where the name's last word occurs (a name never spans
// paragraphs), so a decision on a long article is not a pass over all of it.
Status DocumentReview::propagate(Pending& pending, const Annotation& source)
{
    if (source.status == AnnotationStatus::Rejected || source.status == AnnotationStatus::Suggested)
        return {};
    const QStringList words = MentionMatcher(textOf(source)).words();
    if (words.isEmpty())
        return {};
    for (const Paragraph& paragraph : paragraphs()) {
        if (!paragraph.form.contains(words.constLast()))
            continue;
        const int offset = paragraph.start;
        const QString text = m_document.text.mid(offset, paragraph.end - offset);
        Annotation decision = source;
        decision.start -= offset;
        decision.end -= offset;
        QList<Annotation> existing;
        for (const Annotation& a : std::as_const(pending.working)) {
            if (a.start >= offset && a.end <= paragraph.end) {
                existing << a;
                existing.last().start -= offset;
                existing.last().end -= offset;
            }
        }
        // The decision's own text: the tagger looks for the name there.
        const QString name = textOf(source);
        const PropagationProposal proposal = Tagging::propagation(text, name, decision, existing);
        for (Annotation relabelled : proposal.update) {
            relabelled.start += offset;
            relabelled.end += offset;
            if (Status written = write(pending, relabelled); !written)
                return written;
        }
        for (Annotation suggestion : proposal.add) {
            suggestion.start += offset;
            suggestion.end += offset;
            suggestion.annotator = m_annotator;
            if (Result<qint64> added = writeNew(pending, suggestion); !added)
                return Error{added.error()};
        }
    }
    return {};
}

const QList<DocumentReview::Paragraph>& DocumentReview::paragraphs() const
{
    if (m_paragraphs.isEmpty()) {
        const QString& text = m_document.text;
        int start = 0;
        while (start <= text.size()) {
            qsizetype end = text.indexOf(u'\n', start);
            if (end < 0)
                end = text.size();
            m_paragraphs << Paragraph{start, int(end),
                                      MatchingForm::normalise(QStringView(text).sliced(start, end - start))};
            start = int(end) + 1;
        }
    }
    return m_paragraphs;
}

Result<ReviewChange> DocumentReview::linkTo(qint64 annotationId, qint64 entityId)
{
    Result<Entity> entity = EntityStore(m_db).get(entityId);
    if (!entity)
        return Error{entity.error()};
    return perform(ReviewActionKind::Link, [&](Pending& pending) -> Status {
        Result<Annotation> annotation = current(pending, annotationId);
        if (!annotation)
            return Error{annotation.error()};
        pending.change.focus = annotationId;
        if (annotation->entityId == entityId)
            return {};
        if (entity->label != annotation->label)
            return Error{tr("«%1» is a %2 entity; the mention is labelled %3. Change the label "
                            "first.")
                             .arg(entity->name, entity->label, annotation->label)};
        annotation->entityId = entityId;
        if (Status aliased = EntityLinker(m_db).addAlias(entityId, textOf(*annotation)); !aliased)
            return aliased;
        Result<Entity> withAlias = EntityStore(m_db).get(entityId);
        if (!withAlias)
            return Error{withAlias.error()};
        pending.entities.insert(entityId, *withAlias);
        return write(pending, *annotation);
    });
}

Result<ReviewChange> DocumentReview::split(qint64 annotationId)
{
    return perform(ReviewActionKind::Split, [&](Pending& pending) -> Status {
        Result<Annotation> annotation = current(pending, annotationId);
        if (!annotation)
            return Error{annotation.error()};
        pending.change.focus = annotationId;
        Result<qint64> created = EntityLinker(m_db).create(textOf(*annotation), annotation->label);
        if (!created)
            return Error{created.error()};
        Result<Entity> entity = EntityStore(m_db).get(*created);
        if (!entity)
            return Error{entity.error()};
        pending.entities.insert(*created, *entity);
        annotation->entityId = *created;
        return write(pending, *annotation);
    });
}

}  // namespace alam
