#include "ner/trainer.h"

#include "ner/document.h"
#include "ner/encodedcorpus.h"
#include "ner/learners.h"
#include "ner/scorer.h"
#include "ner/viterbi.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <mutex>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace alam::ner {

namespace {

QString cancelled() { return QCoreApplication::translate("alam::ner::Trainer", "Training was cancelled."); }

Result<Model> trainOnePass(const QList<TaggedSentence>& sentences, const CorpusKeys& keys,
                           const FeatureExtractor& features, const TrainOptions& options, const LabelSet& labels,
                           const DocumentKeys* documentEvidence)
{
    auto encoded = encodeCorpus(sentences, keys, labels, options.minFeatureCount, documentEvidence);
    if (!encoded)
        return Error{encoded.error()};
    EncodedCorpus& corpus = *encoded;
    const StateSet states(options.scheme, int(labels.types().size()));
    const int tags = states.count();
    if (options.scheme != TagScheme::Iob2)  // IOB2 tags are their own states
        for (size_t s = 0; s < corpus.sentenceCount(); ++s) {
            int* sentenceTags = corpus.tags.data() + corpus.sentenceBegin[s];
            states.statesOf(sentenceTags, corpus.sentenceBegin[s + 1] - corpus.sentenceBegin[s], sentenceTags);
        }
    std::vector<float> weights, transitions;
    const bool perceptron = options.learner == Learner::Perceptron;
    const bool finished = perceptron ? learnPerceptron(corpus, states, options, weights, transitions)
                                     : learnCrf(corpus, states, options, weights, transitions);
    if (!finished)
        return Error{cancelled()};

    Model model(labels, options.scheme);
    model.featureVersion = featureVersion;
    model.gazetteerFingerprint = features.lexicon().gazetteer.fingerprint();
    model.confidenceScale = perceptron ? options.confidenceScale : options.crfConfidenceScale;
    model.description = (perceptron ? u"averaged perceptron"_s
                                    : u"CRF (L2 %1, dropout %2)"_s.arg(options.l2).arg(options.dropout))
                        + u"; %1 sentences, %2 tokens; %3 epochs, seed %4"_s.arg(corpus.sentenceCount())
                              .arg(corpus.tags.size()).arg(options.epochs).arg(options.seed);
    model.setTransitions(transitions);
    for (size_t id = 0; id < corpus.keys.size(); ++id) {
        float* row = model.weightsForUpdate(corpus.keys[id]);
        for (int t = 0; t < tags; ++t)
            row[t] = weights[id * tags + t];
    }
    model.prune(options.pruneBelow);
    model.setNames(nameForms(sentences));
    return model;
}

// The first pass's tags and the stems of `sentences`, as document evidence needs them.
QList<DocumentSentence> firstPassOf(const QList<TaggedSentence>& sentences, const Scorer& scorer,
                                    QList<Scorer::SharedContext>* contexts = nullptr)
{
    QList<DocumentSentence> out;
    if (contexts)
        contexts->resize(sentences.size());
    int document = 0;
    std::vector<quint8> edges;
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        const TaggedSentence& sentence = sentences[s];
        if (sentence.startsDocument)
            ++document;
        Scorer::Words words;
        const std::vector<float> emissions =
            scorer.emissions(sentence.tokens, nullptr, nullptr, &words, contexts ? &(*contexts)[s] : nullptr);
        DocumentSentence first;
        first.document = document;
        const Model& model = scorer.model();
        for (const WordFeatures* word : words) {
            first.stems.append(word->stem);
            first.classes.append(word->gazetteerClasses);
        }
        edgesOf(words, edges);
        first.firstPass = model.states().tagsOf(
            viterbi(emissions.data(), int(sentence.tokens.size()), model.transitions(), edges.data()));
        out.append(std::move(first));
    }
    return out;
}

}  // namespace

DocumentKeys documentEvidence(const QList<TaggedSentence>& sentences, const Scorer& firstPass,
                                              QList<Scorer::SharedContext>* contexts)
{
    return documentKeys(firstPassOf(sentences, firstPass, contexts), firstPass.model().labels().tagCount(),
                        documentWindow, firstPass.features().lexicon().gazetteer.classId(u"SPORT"_s));
}

Result<Model> train(const QList<TaggedSentence>& sentences, const FeatureExtractor& features,
                    const TrainOptions& options)
{
    const LabelSet labels = options.labels.types().isEmpty() ? labelSetOf(sentences) : options.labels;
    const CorpusKeys keys = corpusKeys(sentences, features);
    if (options.folds < 2)
        return trainOnePass(sentences, keys, features, options, labels, nullptr);

    // The folds' models and the whole first pass do not depend on one another, so they train
    // side by side; each job's result depends on its input only, so the model bytes do not
    // depend on the threads. Progress counts every pass: one per fold, the whole first pass,
    // the second pass.
    const int allEpochs = (options.folds + 1) * options.firstPassEpochs + options.epochs;
    // The caller's callback is called from one thread at a time, with counts that only grow.
    std::mutex progressMutex;
    int epochsDone = 0;
    std::atomic<bool> cancelledByUser = false;
    TrainOptions quiet = options;
    quiet.progress = [&](int, int) {
        std::lock_guard lock(progressMutex);
        ++epochsDone;
        if (!cancelledByUser && options.progress && !options.progress(epochsDone, allEpochs))
            cancelledByUser = true;
        return !cancelledByUser;
    };
    TrainOptions firstPass = quiet;
    firstPass.scheme = options.firstPassScheme;
    firstPass.epochs = options.firstPassEpochs;

    // Jackknifed first-pass tags: each fold tagged by a model that did not see it, so the
    // second pass learns how far to trust first-pass tags on unseen text.
    struct Job {
        QList<DocumentSentence> evidence;  // a fold's first-pass tags
        std::shared_ptr<Model> model;      // the whole first pass (the last job)
        QString error;
    };
    const qsizetype count = sentences.size();
    QList<int> jobs(options.folds + 1);
    std::iota(jobs.begin(), jobs.end(), 0);
    const auto run = [&](int fold) {
        Job job;
        if (fold == options.folds) {
            auto model = trainOnePass(sentences, keys, features, firstPass, labels, nullptr);
            if (model)
                job.model = std::make_shared<Model>(std::move(model).value());
            else
                job.error = model.error();
            return job;
        }
        const qsizetype first = count * fold / options.folds, end = count * (fold + 1) / options.folds;
        auto model = trainOnePass(sentences.mid(0, first) + sentences.mid(end), keys.mid(0, first) + keys.mid(end),
                                  features, firstPass, labels, nullptr);
        if (!model) {
            job.error = model.error();
            return job;
        }
        const Scorer scorer(std::make_shared<Model>(std::move(model).value()), features);
        job.evidence = firstPassOf(sentences.mid(first, end - first), scorer);
        return job;
    };
    QThreadPool pool;
    const QList<Job> done = QtConcurrent::blockingMapped(&pool, jobs, std::function<Job(int)>(run));
    QList<DocumentSentence> evidence;
    for (const Job& job : done) {
        if (!job.error.isEmpty())
            return Error{cancelledByUser ? cancelled() : job.error};
        evidence += job.evidence;
    }
    // Document numbers restart per fold; renumber them over the whole corpus.
    int document = 0;
    for (qsizetype s = 0; s < count; ++s) {
        if (s == 0 || sentences[s].startsDocument)
            ++document;
        evidence[s].document = document;
    }
    const DocumentKeys evidenceKeys = documentKeys(evidence, labels.tagCount(), documentWindow,
                                                   features.lexicon().gazetteer.classId(u"SPORT"_s));
    auto model = trainOnePass(sentences, keys, features, quiet, labels, &evidenceKeys);
    if (!model)
        return Error{model.error()};
    model->firstPass = done.last().model;
    model->description += u"; two passes, %1 folds"_s.arg(options.folds);
    return model;
}

}  // namespace alam::ner
