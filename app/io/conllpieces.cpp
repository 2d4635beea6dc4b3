#include "conllpieces.h"

#include "conllspacing.h"
#include "text/clitics.h"
#include "text/tokenizer.h"

#include <QMap>
#include <algorithm>

namespace alam {
namespace {

enum class SplitKind { SpanStart, SpanEnd };

// Index of the first token whose end lies after `offset`.
qsizetype firstTokenEndingAfter(const QList<Token>& tokens, int offset)
{
    const auto it = std::upper_bound(tokens.cbegin(), tokens.cend(), offset,
                                     [](int value, const Token& t) { return value < t.end; });
    return it - tokens.cbegin();
}

// Sentence index per token, with sentences that an annotation crosses merged into one.
QList<int> sentenceOfTokens(QStringView text, const QList<Token>& tokens,
                            const QList<Annotation>& annotations)
{
    QList<int> sentenceOf(tokens.size(), 0);
    const QList<SentenceRange> ranges = Tokenizer::sentences(text, tokens);
    for (int s = 0; s < ranges.size(); ++s)
        for (int t = std::max(0, ranges[s].firstToken);
             t < std::min(int(tokens.size()), ranges[s].lastToken); ++t)
            sentenceOf[t] = s;
    for (int t = 1; t < tokens.size(); ++t)  // tokens no range claimed stay with the previous
        sentenceOf[t] = std::max(sentenceOf[t], sentenceOf[t - 1]);

    QList<bool> joinsPrevious(tokens.size(), false);  // token t's sentence joins t-1's
    for (const Annotation& a : annotations) {
        for (qsizetype t = firstTokenEndingAfter(tokens, a.start) + 1;
             t < tokens.size() && tokens[t].start < a.end; ++t)
            joinsPrevious[t] = true;
    }
    QList<int> merged(tokens.size(), 0);
    for (int t = 1; t < tokens.size(); ++t) {
        const bool newSentence = sentenceOf[t] != sentenceOf[t - 1] && !joinsPrevious[t];
        merged[t] = merged[t - 1] + (newSentence ? 1 : 0);
    }
    return merged;
}

// Splits one token at the given points; a point is dropped when neither side can carry the
// "+" marker that lets the reader join the pieces again.
void splitToken(QStringView text, const Token& token, int sentence,
                const QMap<int, SplitKind>& splits, QList<ConllPiece>& out)
{
    const qsizetype firstPiece = out.size();
    int pieceStart = token.start;
    bool nextAttachesToPrevious = false;
    const auto pieceText = [&](int from, int to) { return text.sliced(from, to - from); };

    for (auto it = splits.cbegin(); it != splits.cend(); ++it) {
        const int at = it.key();
        const int nextEnd = std::next(it) == splits.cend() ? token.end : std::next(it).key();
        const bool leftOk = !nextAttachesToPrevious
                            && ConllSpacing::canCarryMarker(pieceText(pieceStart, at));
        const bool rightOk = ConllSpacing::canCarryMarker(pieceText(at, nextEnd));
        const bool markLeft = it.value() == SplitKind::SpanStart ? leftOk : (leftOk && !rightOk);
        const bool markRight = !markLeft && rightOk;
        if (!markLeft && !markRight)
            continue;

        // A proclitic run before a span start becomes one piece per clitic: «و+ ب+ غداد».
        bool perClitic = false;
        if (markLeft && it.value() == SplitKind::SpanStart && pieceStart == token.start) {
            for (const CliticReading& reading : Clitics::analyse(text, token.start, token.end)) {
                if (reading.stemStart == at && reading.proclitics.size() == at - pieceStart) {
                    perClitic = true;
                    break;
                }
            }
        }
        if (perClitic) {
            for (int c = pieceStart; c < at; ++c)
                out.append(ConllPiece{c, c + 1, sentence, true, false});
        } else {
            out.append(ConllPiece{pieceStart, at, sentence, markLeft, nextAttachesToPrevious});
        }
        nextAttachesToPrevious = markRight;
        pieceStart = at;
    }
    out.append(ConllPiece{pieceStart, token.end, sentence, false, nextAttachesToPrevious});
    Q_ASSERT(out.size() > firstPiece);
}

}  // namespace

QList<ConllPiece> conllPieces(QStringView text, const QList<Annotation>& annotations,
                              bool cliticSplit)
{
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const QList<int> sentenceOf = sentenceOfTokens(text, tokens, annotations);

    QHash<qsizetype, QMap<int, SplitKind>> splitsByToken;
    if (cliticSplit) {
        const auto addSplit = [&](int offset, SplitKind kind) {
            const qsizetype t = firstTokenEndingAfter(tokens, offset);
            if (t < tokens.size() && tokens[t].start < offset) {
                auto& splits = splitsByToken[t];
                if (!splits.contains(offset) || kind == SplitKind::SpanStart)
                    splits.insert(offset, kind);
            }
        };
        for (const Annotation& a : annotations) {
            addSplit(a.start, SplitKind::SpanStart);
            addSplit(a.end, SplitKind::SpanEnd);
        }
    }

    QList<ConllPiece> pieces;
    pieces.reserve(tokens.size() + splitsByToken.size() * 2);
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const auto splits = splitsByToken.constFind(t);
        if (splits == splitsByToken.cend())
            pieces.append(ConllPiece{tokens[t].start, tokens[t].end, sentenceOf[t], false, false});
        else
            splitToken(text, tokens[t], sentenceOf[t], *splits, pieces);
    }
    return pieces;
}

}  // namespace alam
