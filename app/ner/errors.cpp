#include "ner/errors.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace alam::ner {

namespace {

QString typeOf(const QString& label) { return label.size() > 2 ? label.mid(2) : u"O"_s; }

QString textOf(const TaggedSentence& sentence, const LabelledSpan& span)
{
    return span.type + u" «"_s
           + sentence.tokens.mid(span.firstToken, span.lastToken - span.firstToken).join(u' ') + u'»';
}

bool overlaps(const LabelledSpan& a, const LabelledSpan& b)
{
    return a.firstToken < b.lastToken && b.firstToken < a.lastToken;
}

QString topOf(const QMap<QString, int>& counts, int top)
{
    QList<std::pair<int, QString>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.append({-it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (qsizetype i = 0; i < sorted.size() && i < top; ++i)
        parts.append(u"%1 ×%2"_s.arg(sorted[i].second).arg(-sorted[i].first));
    return parts.join(u", "_s);
}

}  // namespace

ErrorSummary summariseErrors(const QList<TaggedSentence>& gold, const QList<TaggedSentence>& guessed)
{
    ErrorSummary summary;
    for (qsizetype s = 0; s < gold.size() && s < guessed.size(); ++s) {
        const TaggedSentence& sentence = gold[s];
        for (qsizetype i = 0; i < sentence.labels.size(); ++i)
            ++summary.tokens[typeOf(sentence.labels[i])][typeOf(guessed[s].labels.value(i))];
        const QList<LabelledSpan> goldSpans = spansOf(sentence.labels);
        const QList<LabelledSpan> guessSpans = spansOf(guessed[s].labels);
        for (const LabelledSpan& g : goldSpans) {
            bool any = false, exact = false, sameType = false, sameBounds = false;
            for (const LabelledSpan& p : guessSpans) {
                if (!overlaps(g, p))
                    continue;
                any = true;
                const bool bounds = p.firstToken == g.firstToken && p.lastToken == g.lastToken;
                exact |= bounds && p.type == g.type;
                sameBounds |= bounds;
                sameType |= p.type == g.type;
                if (p.type != g.type)
                    ++summary.typeSwaps[g.type + u"→"_s + p.type];
            }
            if (exact)
                ++summary.correct;
            else if (!any) {
                ++summary.missed;
                ++summary.missedNames[textOf(sentence, g)];
            } else if (sameBounds)
                ++summary.wrongType;
            else if (sameType)
                ++summary.wrongBounds;
            else
                ++summary.wrongBoth;
        }
        for (const LabelledSpan& p : guessSpans)
            if (std::none_of(goldSpans.cbegin(), goldSpans.cend(),
                             [&p](const LabelledSpan& g) { return overlaps(g, p); })) {
                ++summary.spurious;
                ++summary.spuriousNames[textOf(guessed[s], p)];
            }
    }
    return summary;
}

QString ErrorSummary::report(int top) const
{
    QString out = u"spans: correct %1, missed %2, spurious %3, wrong type %4, wrong bounds %5, "
                  "wrong type and bounds %6\n"_s
                      .arg(correct).arg(missed).arg(spurious).arg(wrongType).arg(wrongBounds).arg(wrongBoth);
    out += u"token confusion (rows gold, columns guess):\n"_s;
    QStringList types = tokens.keys();
    for (const auto& row : tokens)
        for (const QString& type : row.keys())
            if (!types.contains(type))
                types.append(type);
    std::sort(types.begin(), types.end());
    out += u"      "_s;
    for (const QString& type : types)
        out += type.rightJustified(8);
    out += u'\n';
    for (const QString& goldType : types) {
        out += goldType.leftJustified(6);
        for (const QString& guessType : types)
            out += QString::number(tokens.value(goldType).value(guessType)).rightJustified(8);
        out += u'\n';
    }
    out += u"type swaps: "_s + topOf(typeSwaps, top) + u'\n';
    out += u"most missed: "_s + topOf(missedNames, top) + u'\n';
    out += u"most spurious: "_s + topOf(spuriousNames, top) + u'\n';
    return out;
}

}  // namespace alam::ner
