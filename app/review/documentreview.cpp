#include "documentreview.h"

#include "documentreview_p.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "store/entitystore.h"
#include "store/sqlstatement.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

bool textOrder(const Annotation& a, const Annotation& b)
{
    if (a.start != b.start)
        return a.start < b.start;
    if (a.end != b.end)
        return a.end < b.end;
    return a.id < b.id;
}

}  // namespace

DocumentReview::DocumentReview(Database& db, QString annotator)
    : m_db(db)
    , m_annotator(std::move(annotator))
{
}

DocumentReview::~DocumentReview() = default;

Result<std::unique_ptr<DocumentReview>> DocumentReview::open(Database& db, qint64 documentId,
                                                             const QString& annotator)
{
    std::unique_ptr<DocumentReview> review(new DocumentReview(db, annotator));
    if (Status loaded = review->load(documentId); !loaded)
        return Error{loaded.error()};
    return review;
}

Status DocumentReview::load(qint64 documentId)
{
    Result<Document> document = DocumentStore(m_db).get(documentId);
    if (!document)
        return Error{document.error()};
    Result<QList<Annotation>> annotations = AnnotationStore(m_db).forDocument(documentId);
    if (!annotations)
        return Error{annotations.error()};
    Result<QList<Label>> labels = LabelStore(m_db).all();
    if (!labels)
        return Error{labels.error()};
    const bool sameText = m_tokens && m_tokens->text() == document->text;
    m_document = *document;
    m_annotations = *annotations;
    std::sort(m_annotations.begin(), m_annotations.end(), textOrder);
    reindex();
    m_labels = *labels;
    if (!sameText) {
        m_tokens = std::make_unique<TokenIndex>(m_document.text);
        m_paragraphs.clear();
    }
    return loadEntities();
}

Status DocumentReview::reload()
{
    return load(m_document.id);
}

Status DocumentReview::loadEntities()
{
    // One query for the names the panel shows; aliases are read when linking needs them.
    Result<SqlStatement> rows = m_db.execute(
        u"SELECT id, name, label FROM entities WHERE id IN"
        " (SELECT entity_id FROM annotations WHERE document_id = ? AND entity_id IS NOT NULL)"_s,
        {m_document.id});
    if (!rows)
        return Error{tr("Could not read the entities of document %1: %2")
                         .arg(QString::number(m_document.id), rows.error())};
    m_entities.clear();
    while (rows->next())
        m_entities.insert(rows->id(0), Entity{rows->id(0), rows->text(1), rows->text(2), {}});
    Result<SqlStatement> aliases = m_db.execute(
        u"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN"
        " (SELECT entity_id FROM annotations WHERE document_id = ? AND entity_id IS NOT NULL)"
        " ORDER BY id"_s,
        {m_document.id});
    if (!aliases)
        return Error{tr("Could not read the entities of document %1: %2")
                         .arg(QString::number(m_document.id), aliases.error())};
    while (aliases->next()) {
        auto entity = m_entities.find(aliases->id(0));
        if (entity != m_entities.end())
            entity->aliases << aliases->text(1);
    }
    return {};
}

const Label* DocumentReview::label(const QString& name) const
{
    for (const Label& label : m_labels) {
        if (label.name == name)
            return &label;
    }
    return nullptr;
}

void DocumentReview::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_annotations.size());
    for (qsizetype i = 0; i < m_annotations.size(); ++i)
        m_rowOf.insert(m_annotations.at(i).id, int(i));
}

int DocumentReview::indexOf(qint64 annotationId) const
{
    return m_rowOf.value(annotationId, -1);
}

const Annotation* DocumentReview::find(qint64 annotationId) const
{
    const int at = indexOf(annotationId);
    return at < 0 ? nullptr : &m_annotations.at(at);
}

QString DocumentReview::textOf(const Annotation& annotation) const
{
    return m_document.text.mid(annotation.start, annotation.end - annotation.start);
}

const Entity* DocumentReview::entity(qint64 entityId) const
{
    const auto it = m_entities.constFind(entityId);
    return it == m_entities.constEnd() ? nullptr : &*it;
}

QList<Entity> DocumentReview::entitiesWithLabel(const QString& label) const
{
    QList<Entity> found;
    for (const Entity& entity : m_entities) {
        if (entity.label == label)
            found << entity;
    }
    std::sort(found.begin(), found.end(),
              [](const Entity& a, const Entity& b) { return a.id < b.id; });
    return found;
}

int DocumentReview::pendingCount() const
{
    return int(std::count_if(m_annotations.cbegin(), m_annotations.cend(), [](const Annotation& a) {
        return a.status == AnnotationStatus::Suggested;
    }));
}

QString DocumentReview::whyNotReviewable() const
{
    const int pending = pendingCount();
    if (pending == 0)
        return {};
    return tr("«%1» still has %n suggestion(s) to decide. Accept (Enter) or reject (Delete) "
              "each one, or use Accept all remaining, then mark the document reviewed.",
              nullptr, pending)
        .arg(m_document.title);
}

Result<ReviewChange> DocumentReview::perform(ReviewActionKind kind,
                                             const std::function<Status(Pending&)>& work)
{
    Pending pending{ActionRecorder(m_db, m_document.id, kind, m_annotator), m_annotations,
                    m_document.status, {}, {}};
    Status done = m_db.transaction([&]() -> Status {
        if (Status worked = work(pending); !worked)
            return worked;
        if (pending.recorder.isEmpty())
            return {};
        if (Status settled = settleStatus(pending); !settled)
            return settled;
        return pending.recorder.save();
    });
    if (!done)
        return Error{done.error()};

    // Committed: now the window may show it.
    std::sort(pending.working.begin(), pending.working.end(), textOrder);
    if (!pending.change.reordered) {
        for (qsizetype i = 0; i < pending.working.size(); ++i) {
            if (pending.working.at(i).id != m_annotations.at(i).id) {
                pending.change.reordered = true;
                break;
            }
        }
    }
    m_annotations = std::move(pending.working);
    reindex();
    for (const Entity& entity : std::as_const(pending.entities))
        m_entities.insert(entity.id, entity);
    if (pending.status != m_document.status) {
        m_document.status = pending.status;
        pending.change.statusChanged = true;
    }
    return pending.change;
}

Result<Annotation> DocumentReview::current(const Pending& pending, qint64 annotationId) const
{
    for (const Annotation& annotation : pending.working) {
        if (annotation.id == annotationId)
            return annotation;
    }
    return Error{tr("Annotation %1 is not in «%2» (it may have been deleted).")
                     .arg(QString::number(annotationId), m_document.title)};
}

Status DocumentReview::write(Pending& pending, const Annotation& changed)
{
    Result<Annotation> stored = AnnotationStore(m_db).update(changed, m_annotator);
    if (!stored)
        return Error{stored.error()};
    if (Status noted = pending.recorder.noteChange(stored->id); !noted)
        return noted;
    for (Annotation& annotation : pending.working) {
        if (annotation.id == stored->id) {
            pending.change.dirty << TextSpan{annotation.start, annotation.end};
            annotation = *stored;
            break;
        }
    }
    pending.change.dirty << TextSpan{stored->start, stored->end};
    if (!pending.change.changed.contains(stored->id))
        pending.change.changed << stored->id;
    return {};
}

Result<qint64> DocumentReview::writeNew(Pending& pending, Annotation annotation)
{
    annotation.documentId = m_document.id;
    Result<qint64> id = AnnotationStore(m_db).add(annotation);
    if (!id)
        return Error{id.error()};
    if (Status noted = pending.recorder.noteChange(*id); !noted)
        return Error{noted.error()};
    // As stored (the store's add sets version 1; the times are not shown).
    Annotation stored = annotation;
    stored.id = *id;
    stored.version = 1;
    pending.working << stored;
    pending.change.dirty << TextSpan{stored.start, stored.end};
    pending.change.changed << *id;
    pending.change.added << *id;
    pending.change.reordered = true;
    return id;
}

Status DocumentReview::writeRemoval(Pending& pending, qint64 annotationId)
{
    Result<Annotation> before = current(pending, annotationId);
    if (!before)
        return Error{before.error()};
    if (Status removed = AnnotationStore(m_db).remove(annotationId, m_annotator); !removed)
        return removed;
    if (Status noted = pending.recorder.noteChange(annotationId); !noted)
        return noted;
    pending.working.removeIf([&](const Annotation& a) { return a.id == annotationId; });
    pending.change.dirty << TextSpan{before->start, before->end};
    pending.change.removed << annotationId;
    pending.change.reordered = true;
    return {};
}

// A first decision starts the review; suggestions appearing in a reviewed document reopen it.
Status DocumentReview::settleStatus(Pending& pending)
{
    const bool pendingLeft = std::any_of(
        pending.working.cbegin(), pending.working.cend(),
        [](const Annotation& a) { return a.status == AnnotationStatus::Suggested; });
    ReviewStatus next = pending.status;
    if (pending.status == ReviewStatus::New
        || (pending.status == ReviewStatus::Reviewed && pendingLeft))
        next = ReviewStatus::InProgress;
    if (next == pending.status)
        return {};
    if (Status set = DocumentStore(m_db).setStatus(m_document.id, next, m_annotator); !set)
        return set;
    pending.recorder.noteStatus(pending.status, next);
    pending.status = next;
    return {};
}

}  // namespace alam
