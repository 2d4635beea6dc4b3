#include "ner/simulation.h"

#include "ner/onlinelearner.h"

#include <algorithm>

namespace alam::ner {

namespace {

int overlap(const LabelledSpan& a, const LabelledSpan& b)
{
    return std::min(a.lastToken, b.lastToken) - std::max(a.firstToken, b.firstToken);
}

bool sameBounds(const LabelledSpan& a, const LabelledSpan& b)
{
    return a.firstToken == b.firstToken && a.lastToken == b.lastToken;
}

QList<QList<TaggedSentence>> documentsOf(const QList<TaggedSentence>& sentences, int perDocument)
{
    QList<QList<TaggedSentence>> documents;
    for (const TaggedSentence& sentence : sentences) {
        if (documents.isEmpty() || sentence.startsDocument || documents.last().size() >= perDocument)
            documents.append(QList<TaggedSentence>());
        documents.last().append(sentence);
    }
    return documents;
}

}  // namespace

ReviewActions& ReviewActions::operator+=(const ReviewActions& other)
{
    goldEntities += other.goldEntities;
    accepted += other.accepted;
    rejected += other.rejected;
    fixedBounds += other.fixedBounds;
    fixedType += other.fixedType;
    added += other.added;
    documents += other.documents;
    documentsWithAccepts += other.documentsWithAccepts;
    return *this;
}

ReviewActions reviewActions(const QList<LabelledSpan>& suggested, const QList<LabelledSpan>& gold)
{
    ReviewActions actions;
    actions.goldEntities = int(gold.size());
    QList<bool> goldDone(gold.size(), false);
    QList<bool> suggestionDone(suggested.size(), false);
    for (qsizetype s = 0; s < suggested.size(); ++s)
        for (qsizetype g = 0; g < gold.size(); ++g)
            if (!goldDone[g] && sameBounds(suggested[s], gold[g]) && suggested[s].type == gold[g].type) {
                goldDone[g] = suggestionDone[s] = true;
                ++actions.accepted;
                break;
            }
    for (qsizetype s = 0; s < suggested.size(); ++s) {
        if (suggestionDone[s])
            continue;
        qsizetype best = -1;
        for (qsizetype g = 0; g < gold.size(); ++g)
            if (!goldDone[g] && overlap(suggested[s], gold[g]) > 0
                && (best < 0 || overlap(suggested[s], gold[g]) > overlap(suggested[s], gold[best])))
                best = g;
        if (best < 0) {
            ++actions.rejected;
            continue;
        }
        goldDone[best] = true;
        if (!sameBounds(suggested[s], gold[best]))
            ++actions.fixedBounds;
        if (suggested[s].type != gold[best].type)
            ++actions.fixedType;
    }
    actions.added = int(std::count(goldDone.cbegin(), goldDone.cend(), false));
    return actions;
}

SimulationReport simulateReview(Tagger& tagger, const QList<TaggedSentence>& gold,
                                const SimulationOptions& options)
{
    SimulationReport report;
    const QList<QList<TaggedSentence>> documents =
        documentsOf(gold, std::max(1, options.sentencesPerDocument));
    OnlineLearner learner(tagger, options.rate);
    const int count = int(documents.size());
    for (int d = 0; d < count; ++d) {
        // Tagged as one document, as the app tags an article.
        QList<TaggedSentence> document = documents[d];
        document.first().startsDocument = true;
        const QList<TaggedSentence> guessed = tagger.tagSentences(document);
        ReviewActions actions;
        for (qsizetype s = 0; s < document.size(); ++s)
            actions += reviewActions(spansOf(guessed[s].labels), spansOf(document[s].labels));
        actions.documents = 1;
        actions.documentsWithAccepts = actions.accepted > 0 ? 1 : 0;
        if (options.learn)
            report.learningSteps += learner.learnSentences(documents[d]).sentences;
        report.documents.append(actions);
        const int third = std::min(2, 3 * d / std::max(1, count));
        report.thirds[third] += actions;
        ++report.thirdDocuments[third];
        report.total += actions;
        if (options.progress && !options.progress(d + 1, count))
            break;
    }
    return report;
}

}  // namespace alam::ner
