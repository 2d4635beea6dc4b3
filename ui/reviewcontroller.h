#pragma once
// Drives the review of the open document for the window: the current annotation, the
// analyst's actions (each committed before the window shows it), undo/redo across documents,
// and what the views need to repaint. Lives on the ui thread with the ui's Database.
#include "review/documentreview.h"

#include <QObject>
#include <memory>

namespace alam {

class Database;

class ReviewController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewController)
public:
    ReviewController(Database& db, QString annotator, QObject* parent = nullptr);
    ~ReviewController() override;

    Database& database() { return m_db; }
    const QString& annotator() const { return m_annotator; }
    bool hasDocument() const { return m_review != nullptr; }
    const DocumentReview* review() const { return m_review.get(); }
    qint64 documentId() const;
    qint64 currentId() const { return m_current; }
    const Annotation* current() const;

    bool openDocument(qint64 documentId, qint64 focusAnnotation = 0);
    void closeDocument();
    bool reload();  // after background work changed the document

    void setCurrent(qint64 annotationId);  // 0: none
    void next();
    void previous();

    bool accept();
    bool reject();
    bool setLabel(const QString& label);
    bool resize(SpanEdge edge, bool grow, SpanUnit unit);
    bool addFromSelection(int start, int end, const QString& label);
    bool remove();
    bool acceptAllRemaining();
    bool markReviewed();
    bool linkTo(qint64 entityId);
    bool split();
    bool undo();
    bool redo();
    // "Undo «Accept»" and whether there is one; asked after every change.
    QString undoText() const;
    QString redoText() const;

signals:
    void documentOpened();
    void documentClosed();
    // After a committed action: what to repaint.
    void changed(const alam::ReviewChange& change);
    void currentChanged(qint64 annotationId);
    void undoStateChanged();
    void documentStatusChanged(qint64 documentId);
    void documentReviewed(qint64 documentId);  // marked reviewed, committed
    // A refused or failed action, with the reason, in the analyst's language.
    void refused(const QString& reason);
    void done(const QString& message);

private:
    bool applyResult(const Result<ReviewChange>& result, const QString& doneMessage = {});
    bool walkHistory(bool undo);
    int currentIndex() const;
    bool hasCurrent();  // else says why the action cannot run
    void advanceToPending();  // after a decision: the next suggestion, wrapping around

    Database& m_db;
    QString m_annotator;
    std::unique_ptr<DocumentReview> m_review;
    qint64 m_current = 0;
};

}  // namespace alam
