#include "ner/onlinelearner.h"

#include "ner/goldlabels.h"
#include "store/annotationstore.h"
#include "store/documentstore.h"

using namespace Qt::Literals::StringLiterals;

namespace alam::ner {

LearningStep OnlineLearner::learnDocument(QStringView text, const QList<Annotation>& annotations)
{
    return learnSentences(goldSentences(text, annotations));
}

LearningStep OnlineLearner::learnSentences(const QList<TaggedSentence>& sentences)
{
    LearningStep step;
    QList<TaggedSentence> usable;
    for (const TaggedSentence& sentence : sentences) {
        if (sentence.tokens.isEmpty() || sentence.tokens.size() != sentence.labels.size())
            continue;
        ++step.sentences;
        step.tokens += int(sentence.tokens.size());
        usable.append(sentence);
    }
    if (!usable.isEmpty())
        step.wrongTokens = m_tagger.learn(usable, m_rate);
    return step;
}

Result<LearningStep> OnlineLearner::learnStoredDocument(Database& db, qint64 documentId)
{
    const Result<Document> document = DocumentStore(db).get(documentId);
    if (!document)
        return Error{document.error()};
    const Result<QList<Annotation>> annotations = AnnotationStore(db).forDocument(documentId);
    if (!annotations)
        return Error{annotations.error()};
    return learnDocument(document->text, *annotations);
}

QString LearnedModel::pathFor(const QString& databasePath)
{
    return databasePath + u".learned-model"_s;
}

Status LearnedModel::save(const Tagger& tagger, const QString& databasePath)
{
    const Status saved = tagger.model().save(pathFor(databasePath));
    if (!saved)
        return Error{tr("The tagger learned from the review, but what it learned could not be "
                        "kept: %1").arg(saved.error())};
    return {};
}

}  // namespace alam::ner
