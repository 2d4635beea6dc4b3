#include "conllwriter.h"

#include "conllpieces.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace alam {

QString ConllWriter::documentHeader()
{
    return u"-DOCSTART- O\n\n"_s;
}

QString ConllWriter::write(const AnnotatedDocument& document, const ConllWriteOptions& options,
                           ConllWriteCounts* counts)
{
    ConllWriteCounts tally;
    const QString& text = document.document.text;
    QList<Annotation> annotations = document.annotations;
    std::sort(annotations.begin(), annotations.end(), [](const Annotation& a, const Annotation& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    const QList<ConllPiece> pieces = conllPieces(text, annotations, options.cliticSplit);

    QList<TokenSpan> spans;
    QList<bool> taken(pieces.size(), false);
    for (const Annotation& a : annotations) {
        const auto first = std::upper_bound(pieces.cbegin(), pieces.cend(), a.start,
                                            [](int v, const ConllPiece& p) { return v < p.end; })
                           - pieces.cbegin();
        qsizetype end = first;
        bool free = true;
        while (end < pieces.size() && pieces[end].start < a.end)
            free = free && !taken[end++];
        if (end == first || !free || a.end <= a.start) {
            ++tally.spansDropped;
            continue;
        }
        std::fill(taken.begin() + first, taken.begin() + end, true);
        QString type = a.label;
        type.replace(u' ', u'_').replace(u'\t', u'_');
        spans.append(TokenSpan{int(first), int(end), type});
        ++tally.spansWritten;
    }
    std::sort(spans.begin(), spans.end(),
              [](const TokenSpan& a, const TokenSpan& b) { return a.firstToken < b.firstToken; });
    if (counts) {
        counts->spansWritten += tally.spansWritten;
        counts->spansDropped += tally.spansDropped;
    }
    if (pieces.isEmpty())
        return {};

    const QStringList labels = ConllTags::encode(int(pieces.size()), spans, options.scheme);
    QString out = documentHeader();
    out.reserve(text.size() * 2 + pieces.size() * 4);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const ConllPiece& piece = pieces[i];
        if (i > 0 && piece.sentence != pieces[i - 1].sentence)
            out += u'\n';
        if (piece.attachesToPrevious)
            out += u'+';
        out += QStringView(text).sliced(piece.start, piece.end - piece.start);
        if (piece.attachesToNext)
            out += u'+';
        out += u' ';
        out += labels[i];
        out += u'\n';
    }
    out += u'\n';
    return out;
}

}  // namespace alam
