#include "ner/goldlabels.h"

#include "text/tokenizer.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace alam::ner {

bool isGoldEntity(AnnotationStatus status)
{
    return status == AnnotationStatus::Accepted || status == AnnotationStatus::Edited
           || status == AnnotationStatus::Manual;
}

QList<TaggedSentence> goldSentences(QStringView text, const QList<Annotation>& annotations)
{
    const QList<Token> tokens = Tokenizer::tokenize(text);
    QStringList labels(tokens.size(), u"O"_s);

    QList<Annotation> gold;
    for (const Annotation& annotation : annotations)
        if (isGoldEntity(annotation.status) && annotation.end > annotation.start)
            gold.append(annotation);
    std::sort(gold.begin(), gold.end(), [](const Annotation& a, const Annotation& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });

    for (const Annotation& annotation : gold) {
        // First token ending after the span starts; tokens are in text order.
        auto first = std::lower_bound(tokens.cbegin(), tokens.cend(), annotation.start,
                                      [](const Token& token, int start) { return token.end <= start; });
        bool begun = false;
        for (auto it = first; it != tokens.cend() && it->start < annotation.end; ++it) {
            QString& label = labels[it - tokens.cbegin()];
            if (label != u"O")
                continue;  // taken by an earlier span
            label = (begun ? u"I-"_s : u"B-"_s) + annotation.label;
            begun = true;
        }
    }

    QList<TaggedSentence> sentences;
    for (const SentenceRange& range : Tokenizer::sentences(text, tokens)) {
        TaggedSentence sentence;
        for (int t = range.firstToken; t < range.lastToken; ++t) {
            sentence.tokens.append(tokens.at(t).in(text).toString());
            sentence.labels.append(labels.at(t));
        }
        // A span cut by a sentence end goes on as B- in the next sentence.
        sentence.labels = repairIob2(sentence.labels);
        sentences.append(std::move(sentence));
    }
    return sentences;
}

}  // namespace alam::ner
