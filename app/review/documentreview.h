#pragma once
// One document under review: its text, tokens and annotations in memory, and the analyst's
// actions on them. Every action is one transaction (with its undo group) committed before the
// call returns; the in-memory state changes only when the commit succeeded, and the returned
// change says what to repaint. Used on the thread that opened the Database.
#include "actionrecorder.h"
#include "result.h"
#include "store/types.h"
#include "tokenindex.h"
#include "wordsnap.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <functional>
#include <memory>

namespace alam {

class Database;

struct ReviewChange {
    QList<qint64> changed;   // updated or added, now in annotations()
    QList<qint64> added;
    QList<qint64> removed;
    QList<TextSpan> dirty;   // text ranges whose highlighting changed (old and new bounds)
    qint64 focus = 0;        // the annotation the action was about (0 when it is gone)
    bool reordered = false;  // rows were added, removed or moved
    bool statusChanged = false;
    bool isEmpty() const { return changed.isEmpty() && removed.isEmpty() && !statusChanged; }
};

class DocumentReview final {
    Q_DECLARE_TR_FUNCTIONS(alam::DocumentReview)
    Q_DISABLE_COPY_MOVE(DocumentReview)
public:
    static Result<std::unique_ptr<DocumentReview>> open(Database& db, qint64 documentId,
                                                        const QString& annotator);
    ~DocumentReview();
    Status reload();  // after undo/redo or work on another thread

    const Document& document() const { return m_document; }
    ReviewStatus status() const { return m_document.status; }
    const QList<Annotation>& annotations() const { return m_annotations; }  // text order
    const QList<Label>& labels() const { return m_labels; }
    const Label* label(const QString& name) const;
    const TokenIndex& tokens() const { return *m_tokens; }
    const QString& annotator() const { return m_annotator; }
    int indexOf(qint64 annotationId) const;  // -1 when absent
    const Annotation* find(qint64 annotationId) const;
    QString textOf(const Annotation& annotation) const;
    // The canonical entity of a linked annotation (nullptr when unlinked).
    const Entity* entity(qint64 entityId) const;
    // Entities linked in this document with this label (for "link to").
    QList<Entity> entitiesWithLabel(const QString& label) const;
    int pendingCount() const;
    // "" when the document can be marked reviewed, else why not.
    QString whyNotReviewable() const;

    // Evidence for word snapping (known names); none by default.
    void setKnownNames(KnownName known) { m_known = std::move(known); }
    WordSnap snapper() const { return WordSnap(*m_tokens, m_known); }

    Result<ReviewChange> accept(qint64 annotationId);
    Result<ReviewChange> reject(qint64 annotationId);
    Result<ReviewChange> setLabel(qint64 annotationId, const QString& label);
    Result<ReviewChange> resize(qint64 annotationId, SpanEdge edge, bool grow, SpanUnit unit);
    // Snaps the selection to the name it covers and adds it (or relabels the annotation that
    // already has exactly those bounds).
    Result<ReviewChange> addFromSelection(int start, int end, const QString& label);
    Result<ReviewChange> remove(qint64 annotationId);
    Result<ReviewChange> acceptAllRemaining();
    Result<ReviewChange> markReviewed();  // refused, with the reason, while suggestions pend
    Result<ReviewChange> linkTo(qint64 annotationId, qint64 entityId);
    Result<ReviewChange> split(qint64 annotationId);

private:
    struct Pending;
    DocumentReview(Database& db, QString annotator);
    Status load(qint64 documentId);

    Result<ReviewChange> perform(ReviewActionKind kind,
                                 const std::function<Status(Pending&)>& work);
    Result<Annotation> current(const Pending& pending, qint64 annotationId) const;
    Status write(Pending& pending, const Annotation& changed);
    Result<qint64> writeNew(Pending& pending, Annotation annotation);
    Status writeRemoval(Pending& pending, qint64 annotationId);
    Status settleStatus(Pending& pending);
    Status link(Pending& pending, Annotation& annotation);
    const Entity* pendingEntity(const Pending& pending, qint64 entityId) const;
    Status propagate(Pending& pending, const Annotation& source);
    Status loadEntities();
    struct Paragraph {
        int start = 0;
        int end = 0;   // before the line break
        QString form;  // matching form, to look for a name cheaply
    };
    const QList<Paragraph>& paragraphs() const;
    void reindex();

    Database& m_db;
    QString m_annotator;
    Document m_document;
    QList<Annotation> m_annotations;
    QHash<qint64, int> m_rowOf;  // annotation id → index in m_annotations
    QList<Label> m_labels;
    QHash<qint64, Entity> m_entities;
    std::unique_ptr<TokenIndex> m_tokens;
    mutable QList<Paragraph> m_paragraphs;  // made on first use
    KnownName m_known;
};

}  // namespace alam
