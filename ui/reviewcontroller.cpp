#include "reviewcontroller.h"

#include "review/tagging.h"
#include "review/undohistory.h"

using namespace Qt::Literals::StringLiterals;

namespace alam {

ReviewController::ReviewController(Database& db, QString annotator, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_annotator(std::move(annotator))
{
}

ReviewController::~ReviewController() = default;

qint64 ReviewController::documentId() const
{
    return m_review ? m_review->document().id : 0;
}

const Annotation* ReviewController::current() const
{
    return m_review && m_current ? m_review->find(m_current) : nullptr;
}

bool ReviewController::openDocument(qint64 documentId, qint64 focusAnnotation)
{
    Result<std::unique_ptr<DocumentReview>> opened =
        DocumentReview::open(m_db, documentId, m_annotator);
    if (!opened) {
        emit refused(opened.error());
        return false;
    }
    m_review = std::move(*opened);
    m_review->setKnownNames(Tagging::gazetteerNames());
    m_current = 0;
    emit documentOpened();
    const QList<Annotation>& annotations = m_review->annotations();
    if (focusAnnotation && m_review->find(focusAnnotation))
        setCurrent(focusAnnotation);
    else
        setCurrent(annotations.isEmpty() ? 0 : annotations.constFirst().id);
    emit undoStateChanged();
    return true;
}

void ReviewController::closeDocument()
{
    m_review.reset();
    m_current = 0;
    emit documentClosed();
}

bool ReviewController::reload()
{
    if (!m_review)
        return false;
    return openDocument(m_review->document().id, m_current);
}

void ReviewController::setCurrent(qint64 annotationId)
{
    if (m_review && annotationId && !m_review->find(annotationId))
        annotationId = 0;
    if (annotationId == m_current)
        return;
    m_current = annotationId;
    emit currentChanged(m_current);
}

int ReviewController::currentIndex() const
{
    return m_review && m_current ? m_review->indexOf(m_current) : -1;
}

void ReviewController::next()
{
    if (!m_review || m_review->annotations().isEmpty())
        return;
    const QList<Annotation>& all = m_review->annotations();
    const int at = currentIndex();
    setCurrent(all.at(at < 0 ? 0 : (at + 1) % int(all.size())).id);
}

void ReviewController::previous()
{
    if (!m_review || m_review->annotations().isEmpty())
        return;
    const QList<Annotation>& all = m_review->annotations();
    const int at = currentIndex();
    const int count = int(all.size());
    setCurrent(all.at(at < 0 ? count - 1 : (at - 1 + count) % count).id);
}

void ReviewController::advanceToPending()
{
    const QList<Annotation>& all = m_review->annotations();
    const int count = int(all.size());
    const int from = qMax(currentIndex(), 0);
    for (int step = 1; step <= count; ++step) {
        const Annotation& candidate = all.at((from + step) % count);
        if (candidate.status == AnnotationStatus::Suggested) {
            setCurrent(candidate.id);
            return;
        }
    }
}

bool ReviewController::applyResult(const Result<ReviewChange>& result, const QString& doneMessage)
{
    if (!result) {
        emit refused(result.error());
        return false;
    }
    const ReviewChange& change = *result;
    emit changed(change);
    if (change.statusChanged)
        emit documentStatusChanged(documentId());
    if (change.focus && m_review->find(change.focus)) {
        if (m_current == change.focus)
            emit currentChanged(m_current);  // its row or highlight may have moved
        else
            setCurrent(change.focus);
    } else if (m_current && !m_review->find(m_current)) {
        m_current = 0;
        emit currentChanged(0);
    }
    emit undoStateChanged();
    if (!doneMessage.isEmpty())
        emit done(doneMessage);
    return true;
}

namespace {
const char* const kSelectFirst = QT_TRANSLATE_NOOP("alam::ReviewController",
                                                   "Select an annotation first (Tab goes to the next one).");
}  // namespace

bool ReviewController::hasCurrent()
{
    if (m_review && m_current)
        return true;
    emit refused(tr(kSelectFirst));
    return false;
}

bool ReviewController::accept()
{
    if (!hasCurrent())
        return false;
    const qint64 id = m_current;
    if (!applyResult(m_review->accept(id)))
        return false;
    advanceToPending();
    return true;
}

bool ReviewController::reject()
{
    if (!hasCurrent())
        return false;
    if (!applyResult(m_review->reject(m_current)))
        return false;
    advanceToPending();
    return true;
}

bool ReviewController::setLabel(const QString& label)
{
    if (!hasCurrent())
        return false;
    return applyResult(m_review->setLabel(m_current, label));
}

bool ReviewController::resize(SpanEdge edge, bool grow, SpanUnit unit)
{
    if (!hasCurrent())
        return false;
    return applyResult(m_review->resize(m_current, edge, grow, unit));
}

bool ReviewController::remove()
{
    if (!hasCurrent())
        return false;
    const int at = currentIndex();
    if (!applyResult(m_review->remove(m_current)))
        return false;
    const QList<Annotation>& all = m_review->annotations();
    if (!all.isEmpty())
        setCurrent(all.at(qMin(at, int(all.size()) - 1)).id);
    return true;
}

bool ReviewController::linkTo(qint64 entityId)
{
    if (!hasCurrent())
        return false;
    return applyResult(m_review->linkTo(m_current, entityId));
}

bool ReviewController::split()
{
    if (!hasCurrent())
        return false;
    return applyResult(m_review->split(m_current));
}

bool ReviewController::addFromSelection(int start, int end, const QString& label)
{
    if (!m_review)
        return false;
    return applyResult(m_review->addFromSelection(start, end, label));
}

bool ReviewController::acceptAllRemaining()
{
    if (!m_review)
        return false;
    const int pending = m_review->pendingCount();
    return applyResult(m_review->acceptAllRemaining(),
                       tr("Accepted %n remaining suggestion(s).", nullptr, pending));
}

bool ReviewController::markReviewed()
{
    if (!m_review)
        return false;
    if (!applyResult(m_review->markReviewed(),
                     tr("«%1» is marked reviewed.").arg(m_review->document().title)))
        return false;
    emit documentReviewed(documentId());
    return true;
}

bool ReviewController::undo()
{
    return walkHistory(true);
}

bool ReviewController::redo()
{
    return walkHistory(false);
}

bool ReviewController::walkHistory(bool undo)
{
    UndoHistory history(m_db, m_annotator);
    Result<UndoableAction> walked = undo ? history.undo() : history.redo();
    if (!walked) {
        emit refused(walked.error());
        emit undoStateChanged();
        return false;
    }
    const qint64 sameDocument = documentId();
    openDocument(walked->documentId, walked->focusAnnotation);
    if (walked->documentId != sameDocument)
        emit documentStatusChanged(sameDocument);
    emit documentStatusChanged(walked->documentId);
    const QString what = describe(walked->kind);
    emit done(undo ? tr("Undone: %1").arg(what) : tr("Redone: %1").arg(what));
    return true;
}

QString ReviewController::undoText() const
{
    UndoHistory history(m_db, m_annotator);
    Result<std::optional<UndoableAction>> next = history.nextUndo();
    if (!next || !next->has_value())
        return {};
    return describe((*next)->kind);
}

QString ReviewController::redoText() const
{
    UndoHistory history(m_db, m_annotator);
    Result<std::optional<UndoableAction>> next = history.nextRedo();
    if (!next || !next->has_value())
        return {};
    return describe((*next)->kind);
}

}  // namespace alam
