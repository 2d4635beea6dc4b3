#pragma once
// The article, right to left, with its annotations highlighted in their label's colour.
// The text carries no formats at all: each paragraph is laid out once as one run (Arabic
// letters stay joined across highlight edges, the bidi algorithm orders Latin names and
// numbers), and the highlights are painted under it from the layout's own line geometry
// (QTextLine::cursorToX), so an action repaints only the few pixels it changed and never lays
// the text out again. Decisions are filled, suggestions lightly filled and underlined with
// dashes, rejected ones dotted in grey; the current annotation is outlined. Document offsets
// and positions in the view are the same numbers (the text's line ends are the block breaks).
#include "review/documentreview.h"

#include <QTextEdit>
#include <QTextLayout>
#include <optional>

namespace alam {

class ArticleView final : public QTextEdit {
    Q_OBJECT
public:
    enum class Style { Filled, Suggested, Rejected };
    // How one annotation is painted: where (document coordinates, one rectangle per line it
    // is on), in which colour and style.
    struct Highlight {
        qint64 annotationId = 0;
        int start = 0;
        int end = 0;
        Style style = Style::Filled;
        QColor colour;
        QList<QRectF> rects;
    };

    explicit ArticleView(QWidget* parent = nullptr);

    void showDocument(const DocumentReview* review);
    void clearDocument();
    void applyChange(const ReviewChange& change);
    void setCurrent(qint64 annotationId);
    qint64 current() const { return m_current; }

    void setFontPointSize(int points);
    int fontPointSize() const { return m_pointSize; }

    // The selection in document offsets, if there is one.
    std::optional<TextSpan> selectedSpan() const;
    // The annotation over the character at document offset `offset` (0 when none).
    qint64 annotationAt(int offset) const;
    // The area the annotation covers on screen, in viewport coordinates (for tests and the
    // outline); empty when it is not laid out.
    QRect annotationRect(qint64 annotationId) const;
    void scrollToAnnotation(qint64 annotationId);
    // Back to a scroll position of this document: at once when the layout is that far, and
    // again after the first layout pass otherwise.
    void restoreScroll(int value);

    // The highlight of one annotation as it is painted (empty rects when it is absent).
    Highlight highlight(qint64 annotationId) const;
    // What hovering over the annotation shows: label, status, source, confidence, entity.
    QString toolTipOf(qint64 annotationId) const;
    // The rectangles of [start, end) in viewport coordinates, one per line.
    QList<QRect> textRects(int start, int end) const;

signals:
    void annotationClicked(qint64 annotationId);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    Highlight highlightOf(const Annotation& annotation, const QRectF* clip = nullptr) const;
    void paintHighlights(QPainter& painter, const QRect& area) const;
    void updateText(int start, int end);  // schedules a repaint of what [start, end) covers
    QColor colourOf(const QString& label) const;
    int offsetAt(const QPoint& viewportPoint) const;
    // Document coordinates. With `clip`, lines outside it are skipped before their positions
    // are measured (cursorToX is what a paint of a long paragraph costs).
    QList<QRectF> rangeRects(int start, int end, const QRectF* clip = nullptr) const;

    const DocumentReview* m_review = nullptr;
    qint64 m_current = 0;
    int m_pointSize = 16;
    qint64 m_shownDocument = 0;  // whose text is laid out now
    qsizetype m_shownLength = 0;
};

}  // namespace alam
