#include "wordsnap.h"

#include <QTextBoundaryFinder>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

// Graphemes are local: a short window around the offset is enough for the boundary finder
// (and costs nothing on a long document).
constexpr int kGraphemeWindow = 32;

int nextGrapheme(const QString& text, int offset)
{
    const int from = qMax(0, offset - kGraphemeWindow);
    const int to = qMin(int(text.size()), offset + kGraphemeWindow);
    const QString window = text.mid(from, to - from);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, window);
    finder.setPosition(offset - from);
    const qsizetype next = finder.toNextBoundary();
    return next < 0 ? int(text.size()) : from + int(next);
}

int previousGrapheme(const QString& text, int offset)
{
    const int from = qMax(0, offset - kGraphemeWindow);
    const int to = qMin(int(text.size()), offset + kGraphemeWindow);
    const QString window = text.mid(from, to - from);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, window);
    finder.setPosition(offset - from);
    const qsizetype previous = finder.toPreviousBoundary();
    return previous < 0 ? 0 : from + int(previous);
}

}  // namespace

WordSnap::WordSnap(const TokenIndex& index, KnownName known)
    : m_index(index)
    , m_known(std::move(known))
{
}

bool WordSnap::isKnown(const QString& form) const
{
    return m_known && m_known(form);
}

int WordSnap::nameStart(int token) const
{
    const Token& whole = m_index.at(token);
    const QList<CliticReading>& readings = m_index.readings(token);
    if (readings.size() < 2 || isKnown(m_index.form(token)))
        return whole.start;

    // Readings that strip something, the most stripped first (a longer prefix).
    QList<const CliticReading*> stripped;
    for (qsizetype i = 1; i < readings.size(); ++i)
        stripped << &readings.at(i);
    std::stable_sort(stripped.begin(), stripped.end(),
                     [](const CliticReading* a, const CliticReading* b) {
                         return a->proclitics.size() > b->proclitics.size();
                     });
    for (const CliticReading* reading : stripped) {
        if (isKnown(reading->stem))
            return reading->stemStart;
    }
    // The article after a proclitic is strong evidence: والعراق, بالعراق, للحكومة.
    for (const CliticReading* reading : stripped) {
        if (reading->hasArticle)
            return reading->stemStart;
    }
    // No Arabic word begins with two waws: وواشنطن is و + واشنطن.
    const QString& form = m_index.form(token);
    if (form.startsWith(u"\u0648\u0648"_s)) {
        for (const CliticReading* reading : stripped) {
            if (reading->proclitics == u"\u0648"_s)
                return reading->stemStart;
        }
    }
    // The stem stands alone elsewhere in this document: وبغداد beside بغداد.
    for (const CliticReading* reading : stripped) {
        if (m_index.hasWordForm(reading->stem))
            return reading->stemStart;
    }
    return whole.start;
}

std::optional<TextSpan> WordSnap::snap(int start, int end) const
{
    if (start > end)
        std::swap(start, end);
    int first = m_index.tokenAtOrAfter(start);
    while (first < m_index.size() && m_index.at(first).start < end
           && (!m_index.isWord(first)
               || Clitics::isStandaloneProclitic(m_index.at(first).in(m_index.text()))))
        ++first;
    int last = m_index.tokenBefore(end);
    while (last >= first && !m_index.isWord(last))
        --last;
    if (first >= m_index.size() || last < first || m_index.at(first).start >= end)
        return std::nullopt;

    const Token& head = m_index.at(first);
    int spanStart = nameStart(first);
    // A selection that starts exactly after proclitics says where the name begins.
    if (start > head.start) {
        for (const CliticReading& reading : m_index.readings(first)) {
            if (reading.stemStart == start)
                spanStart = start;
        }
    }
    const int spanEnd = m_index.at(last).end;
    if (spanStart >= spanEnd)
        return std::nullopt;
    return TextSpan{spanStart, spanEnd};
}

std::optional<TextSpan> WordSnap::resize(TextSpan span, SpanEdge edge, bool grow,
                                         SpanUnit unit) const
{
    std::optional<TextSpan> resized = unit == SpanUnit::Word ? resizeByWord(span, edge, grow)
                                                             : resizeByCharacter(span, edge, grow);
    if (!resized || resized->start >= resized->end || resized->start < 0
        || resized->end > m_index.text().size() || *resized == span)
        return std::nullopt;
    return resized;
}

std::optional<TextSpan> WordSnap::resizeByWord(TextSpan span, SpanEdge edge, bool grow) const
{
    const int count = m_index.size();
    if (edge == SpanEdge::End) {
        if (grow) {
            int next = m_index.tokenAtOrAfter(span.end);
            if (next < count && m_index.at(next).start < span.end)  // the end is inside a word
                return TextSpan{span.start, m_index.at(next).end};
            while (next < count && !m_index.isWord(next))
                ++next;
            if (next >= count)
                return std::nullopt;
            return TextSpan{span.start, m_index.at(next).end};
        }
        int last = m_index.tokenBefore(span.end);  // the word the end is in or after
        int previous = last - 1;
        while (previous >= 0 && !m_index.isWord(previous))
            --previous;
        if (previous < 0 || m_index.at(previous).end <= span.start)
            return std::nullopt;
        return TextSpan{span.start, m_index.at(previous).end};
    }

    const int first = m_index.tokenAtOrAfter(span.start);  // the word the start is in
    if (grow) {
        int previous = first - 1;
        while (previous >= 0 && !m_index.isWord(previous))
            --previous;
        if (previous < 0)
            return std::nullopt;
        return TextSpan{nameStart(previous), span.end};
    }
    int next = first + 1;
    while (next < count && !m_index.isWord(next))
        ++next;
    if (next >= count || m_index.at(next).start >= span.end)
        return std::nullopt;
    return TextSpan{nameStart(next), span.end};
}

std::optional<TextSpan> WordSnap::resizeByCharacter(TextSpan span, SpanEdge edge,
                                                    bool grow) const
{
    const QString& text = m_index.text();
    if (edge == SpanEdge::End) {
        const int end = grow ? nextGrapheme(text, span.end) : previousGrapheme(text, span.end);
        return TextSpan{span.start, end};
    }
    const int start = grow ? previousGrapheme(text, span.start) : nextGrapheme(text, span.start);
    return TextSpan{start, span.end};
}

}  // namespace alam
