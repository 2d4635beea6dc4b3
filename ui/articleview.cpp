#include "articleview.h"

#include "labelnames.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

// Right to left when most letters are Arabic (a paragraph starting with «CNN» stays RTL).
Qt::LayoutDirection directionOf(const QString& text)
{
    int arabic = 0, other = 0;
    for (QChar c : text) {
        if (!c.isLetter())
            continue;
        if (c.script() == QChar::Script_Arabic)
            ++arabic;
        else
            ++other;
    }
    return arabic >= other ? Qt::RightToLeft : Qt::LeftToRight;
}

QString statusName(AnnotationStatus status)
{
    switch (status) {
    case AnnotationStatus::Suggested: return ArticleView::tr("suggested");
    case AnnotationStatus::Accepted: return ArticleView::tr("accepted");
    case AnnotationStatus::Rejected: return ArticleView::tr("rejected");
    case AnnotationStatus::Edited: return ArticleView::tr("edited");
    case AnnotationStatus::Manual: return ArticleView::tr("added by hand");
    }
    return {};
}

// Left to right inside the Arabic sentence around it, so «97%» keeps its order.
QString percent(double share)
{
    return LabelNames::isolated(QString::number(qRound(share * 100)) + u'%');
}

QString sourceName(AnnotationSource source)
{
    switch (source) {
    case AnnotationSource::Model: return ArticleView::tr("model");
    case AnnotationSource::Gazetteer: return ArticleView::tr("gazetteer");
    case AnnotationSource::Rule: return ArticleView::tr("rule");
    case AnnotationSource::Analyst: return ArticleView::tr("analyst");
    case AnnotationSource::Import: return ArticleView::tr("import");
    case AnnotationSource::Propagation: return ArticleView::tr("propagation");
    }
    return {};
}

}  // namespace

ArticleView::ArticleView(QWidget* parent)
    : QTextEdit(parent)
{
    setObjectName(u"articleView"_s);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setFontPointSize(m_pointSize);
}

void ArticleView::setFontPointSize(int points)
{
    m_pointSize = qBound(8, points, 48);
    // Arabic in Naskh; Latin names and digits (which Noto Naskh Arabic lacks) in the matching
    // sans, not in Amiri's serif; Amiri only where neither has the character.
    QFont font(u"Noto Naskh Arabic"_s);
    font.setFamilies({u"Noto Naskh Arabic"_s, u"Noto Sans"_s, u"Amiri"_s});
    font.setPointSize(m_pointSize);
    document()->setDefaultFont(font);
    m_shownDocument = 0;  // the paragraph spacing goes with the size: lay out afresh next time
}

void ArticleView::clearDocument()
{
    m_shownDocument = 0;
    m_review = nullptr;
    m_current = 0;
    setPlainText(QString());
}

void ArticleView::showDocument(const DocumentReview* review)
{
    const bool sameText = m_shownDocument == review->document().id
                          && m_shownLength == review->document().text.size();
    m_review = review;
    m_current = 0;
    if (sameText) {
        // Reloaded (undo, background work): a document's text never changes, so its layout
        // and the place in it stay; only the highlights are painted anew.
        viewport()->update();
        return;
    }
    m_shownDocument = review->document().id;
    m_shownLength = review->document().text.size();
    const QString& text = review->document().text;
    // A fresh document: laid out once, when shown, with its formats already set.
    auto* document = new QTextDocument(this);
    document->setDefaultFont(this->document()->defaultFont());
    document->setUndoRedoEnabled(false);
    document->setPlainText(text);
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(directionOf(text));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    QTextCursor all(document);
    all.select(QTextCursor::Document);
    QTextBlockFormat block;
    block.setLayoutDirection(option.textDirection());
    // Naskh is tall already: a little air for the dashes under suggestions, and paragraphs
    // set apart by more than a line's gap.
    block.setLineHeight(122, QTextBlockFormat::ProportionalHeight);
    block.setBottomMargin(m_pointSize * 0.9);
    all.mergeBlockFormat(block);
    setDocument(document);  // deletes the previous one (a child of this view)
}

QColor ArticleView::colourOf(const QString& label) const
{
    const Label* found = m_review ? m_review->label(label) : nullptr;
    const QColor colour = found ? QColor(found->colour) : QColor();
    return colour.isValid() ? colour : QColor(0x80, 0x80, 0x80);
}

ArticleView::Highlight ArticleView::highlightOf(const Annotation& annotation, const QRectF* clip) const
{
    Highlight highlight;
    highlight.annotationId = annotation.id;
    highlight.start = annotation.start;
    highlight.end = annotation.end;
    highlight.colour = colourOf(annotation.label);
    highlight.style = annotation.status == AnnotationStatus::Suggested ? Style::Suggested
                      : annotation.status == AnnotationStatus::Rejected ? Style::Rejected
                                                                        : Style::Filled;
    highlight.rects = rangeRects(annotation.start, annotation.end, clip);
    return highlight;
}

ArticleView::Highlight ArticleView::highlight(qint64 annotationId) const
{
    const Annotation* annotation = m_review ? m_review->find(annotationId) : nullptr;
    return annotation ? highlightOf(*annotation) : Highlight{};
}

QList<QRect> ArticleView::textRects(int start, int end) const
{
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    QList<QRect> rects;
    for (const QRectF& rect : rangeRects(start, end))
        rects << rect.translated(-scroll).toAlignedRect();
    return rects;
}

// Under the text: fills, then underlines. `area` is in viewport coordinates.
void ArticleView::paintHighlights(QPainter& painter, const QRect& area) const
{
    if (!m_review)
        return;
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QRectF visible = QRectF(area).translated(scroll);
    const int first = document()->documentLayout()->hitTest(visible.topLeft(), Qt::FuzzyHit);
    const int last = document()->documentLayout()->hitTest(visible.bottomRight(), Qt::FuzzyHit);
    const QTextBlock firstBlock = document()->findBlock(qMin(first, last));
    const QTextBlock lastBlock = document()->findBlock(qMax(first, last));
    const int from = firstBlock.position();
    const int to = lastBlock.position() + lastBlock.length();
    painter.translate(-scroll);
    for (const Annotation& annotation : m_review->annotations()) {
        if (annotation.end <= from)
            continue;
        if (annotation.start >= to)
            break;
        const Highlight highlight = highlightOf(annotation, &visible);
        QColor fill = highlight.colour;
        fill.setAlpha(highlight.style == Style::Filled ? 90 : 28);
        for (const QRectF& rect : highlight.rects) {
            if (!rect.intersects(visible))
                continue;
            if (highlight.style != Style::Rejected)
                painter.fillRect(rect, fill);
            if (highlight.style == Style::Filled)
                continue;
            const bool rejected = highlight.style == Style::Rejected;
            QPen pen(rejected ? QColor(0x90, 0x90, 0x90) : highlight.colour, rejected ? 1.5 : 2.0,
                     rejected ? Qt::DotLine : Qt::DashLine);
            painter.setPen(pen);
            const qreal y = rect.bottom() - rect.height() * 0.12;
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        }
    }
    painter.translate(scroll);
}

void ArticleView::updateText(int start, int end)
{
    // Propagation can touch mentions all over a long article: only the paragraphs on screen
    // need their exact rectangles (cursorToX is what costs).
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QRectF visible = QRectF(viewport()->rect()).translated(scroll);
    const QTextBlock first = document()->findBlock(start);
    const QTextBlock last = document()->findBlock(qMax(start, end - 1));
    if (first.isValid() && last.isValid()) {
        const QAbstractTextDocumentLayout* layout = document()->documentLayout();
        const QRectF blocks =
            layout->blockBoundingRect(first).united(layout->blockBoundingRect(last));
        if (!blocks.intersects(visible))
            return;
    }
    for (const QRect& rect : textRects(start, end))
        viewport()->update(rect.adjusted(-4, -4, 4, 4));
}

void ArticleView::applyChange(const ReviewChange& change)
{
    // Old and new bounds: the highlight moves, the text stays where it is.
    for (const TextSpan& span : change.dirty)
        updateText(span.start, span.end);
}

void ArticleView::setCurrent(qint64 annotationId)
{
    if (annotationId == m_current)
        return;
    const Annotation* before = m_review ? m_review->find(m_current) : nullptr;
    if (before)
        updateText(before->start, before->end);  // where the outline was
    m_current = annotationId;
    if (annotationId)
        scrollToAnnotation(annotationId);
    if (const Annotation* now = m_review ? m_review->find(annotationId) : nullptr)
        updateText(now->start, now->end);
}

std::optional<TextSpan> ArticleView::selectedSpan() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    return TextSpan{cursor.selectionStart(), cursor.selectionEnd()};
}

qint64 ArticleView::annotationAt(int offset) const
{
    if (!m_review || offset < 0)
        return 0;
    qint64 found = 0;
    for (const Annotation& annotation : m_review->annotations()) {
        if (annotation.start > offset)
            break;
        if (offset < annotation.end)
            found = annotation.id;  // the innermost (latest starting) wins
    }
    return found;
}

QList<QRectF> ArticleView::rangeRects(int start, int end, const QRectF* clip) const
{
    QList<QRectF> rects;
    QTextBlock block = document()->findBlock(start);
    while (block.isValid() && block.position() < end) {
        const QTextLayout* layout = block.layout();
        const QPointF origin = document()->documentLayout()->blockBoundingRect(block).topLeft();
        const int from = qMax(start, block.position()) - block.position();
        const int to = qMin(end, block.position() + block.length() - 1) - block.position();
        for (int i = 0; layout && i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int lineStart = line.textStart();
            const int lineEnd = lineStart + line.textLength();
            if (to <= lineStart || from >= lineEnd)
                continue;
            if (clip && (origin.y() + line.y() > clip->bottom()
                         || origin.y() + line.y() + line.height() < clip->top()))
                continue;
            const qreal x1 = line.cursorToX(qMax(from, lineStart));
            const qreal x2 = line.cursorToX(qMin(to, lineEnd));
            rects << QRectF(qMin(x1, x2), line.y(), qAbs(x2 - x1), line.height())
                         .translated(origin);
        }
        block = block.next();
    }
    return rects;
}

QRect ArticleView::annotationRect(qint64 annotationId) const
{
    const Annotation* annotation = m_review ? m_review->find(annotationId) : nullptr;
    if (!annotation)
        return {};
    QRectF united;
    for (const QRectF& rect : rangeRects(annotation->start, annotation->end))
        united = united.united(rect);
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    return united.translated(-scroll).toAlignedRect();
}

void ArticleView::scrollToAnnotation(qint64 annotationId)
{
    const QRect rect = annotationRect(annotationId);
    if (rect.isEmpty())
        return;
    const QRect visible = viewport()->rect();
    if (visible.contains(rect))
        return;
    QScrollBar* bar = verticalScrollBar();
    bar->setValue(bar->value() + rect.center().y() - visible.height() / 2);
}

void ArticleView::restoreScroll(int value)
{
    // Laying the whole text out now gives the scroll bar its full range.
    const QTextBlock last = document()->lastBlock();
    document()->documentLayout()->blockBoundingRect(last);
    verticalScrollBar()->setValue(value);
    if (verticalScrollBar()->value() != value) {
        QTimer::singleShot(0, this, [this, value] { verticalScrollBar()->setValue(value); });
    }
}

void ArticleView::paintEvent(QPaintEvent* event)
{
    {
        QPainter under(viewport());
        under.setClipRegion(event->region());
        under.setRenderHint(QPainter::Antialiasing);
        paintHighlights(under, event->rect());
    }
    QTextEdit::paintEvent(event);  // the text, over the highlights
    const Annotation* current = m_review && m_current ? m_review->find(m_current) : nullptr;
    if (!current)
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colourOf(current->label).darker(130), 2.0));
    painter.setBrush(Qt::NoBrush);
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    for (const QRectF& rect : rangeRects(current->start, current->end))
        painter.drawRoundedRect(rect.translated(-scroll).adjusted(-2, 0, 2, 0), 4, 4);
}

int ArticleView::offsetAt(const QPoint& viewportPoint) const
{
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    return document()->documentLayout()->hitTest(viewportPoint + scroll, Qt::ExactHit);
}

QString ArticleView::toolTipOf(qint64 annotationId) const
{
    const Annotation* annotation = m_review ? m_review->find(annotationId) : nullptr;
    if (!annotation)
        return {};
    const Label* label = m_review->label(annotation->label);
    const QString name = LabelNames::shortName(annotation->label);
    QString tip = u"<b>"_s + name.toHtmlEscaped() + u"</b>"_s;
    if (name != annotation->label)
        tip += u" ("_s + LabelNames::isolated(annotation->label.toHtmlEscaped()) + u')';
    if (label)
        tip += u" · "_s + LabelNames::description(*label).toHtmlEscaped();
    tip += u" — "_s + statusName(annotation->status) + u"<br>"_s
           + tr("Source: %1").arg(sourceName(annotation->source)) + u"<br>"_s
           + tr("Confidence: %1").arg(percent(annotation->confidence));
    if (const Entity* entity = m_review->entity(annotation->entityId))
        tip += u"<br>"_s + tr("Entity: %1").arg(entity->name.toHtmlEscaped());
    // The tooltip's paragraph runs in the ui's direction, not the first letter's.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    return (rtl ? u"<div dir=\"rtl\">"_s : u"<div dir=\"ltr\">"_s) + tip + u"</div>"_s;
}

bool ArticleView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_review) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint inViewport = viewport()->mapFromGlobal(help->globalPos());
        const int offset = offsetAt(inViewport);
        qint64 id = annotationAt(offset);
        if (!id && offset > 0)
            id = annotationAt(offset - 1);
        const Annotation* annotation = id ? m_review->find(id) : nullptr;
        if (!annotation) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QString tip = toolTipOf(annotation->id);
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QTextEdit::event(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent* event)
{
    QTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const int offset = offsetAt(event->position().toPoint());
    if (const qint64 id = annotationAt(offset))
        emit annotationClicked(id);
}

}  // namespace alam
