#include "ner/tagger.h"

#include "ner/analystmemory.h"
#include "ner/consistency.h"
#include "ner/document.h"
#include "ner/gazetteerrules.h"
#include "ner/namestart.h"
#include "ner/placerule.h"
#include "ner/scorer.h"
#include "ner/trainer.h"
#include "ner/viterbi.h"
#include "text/tokenizer.h"

using namespace Qt::Literals::StringLiterals;

namespace alam::ner {

struct Tagger::State {
    State(Model model, std::shared_ptr<const Lexicon> l)
        : lexicon(std::move(l))
        , features(lexicon)
        , scorer(std::make_shared<Model>(std::move(model)), features)
        , rules(scorer.model().labels(), lexicon->gazetteer)
    {
        if (scorer.model().firstPass)
            firstPass = std::make_unique<Scorer>(scorer.model().firstPass, features);
        nameClasses = lexicon->gazetteer.classMask(scorer.model().labels().types());
        entityClasses = nameClasses | lexicon->gazetteer.classMask({u"GIVEN"_s});
    }

    // Tags of sentences that form one document (or a stretch of one).
    enum class Confidences { None, All, NamesOnly };

    QList<TaggedTokens> tag(const QList<TaggedSentence>& sentences, Confidences wanted) const
    {
        DocumentKeys evidence;
        QList<Scorer::SharedContext> contexts(sentences.size());
        if (firstPass)
            evidence = documentEvidence(sentences, *firstPass, &contexts);
        QList<TaggedTokens> out(sentences.size());
        std::vector<Scorer::Words> words(size_t(sentences.size()));
        const Model& model = scorer.model();
        std::vector<quint8> edges;
        for (qsizetype s = 0; s < sentences.size(); ++s) {
            const QStringList& tokens = sentences[s].tokens;
            TaggedTokens& tagged = out[s];
            if (tokens.isEmpty())
                continue;
            QList<GazetteerMatch> matches;
            const std::vector<float> emissions =
                this->emissions(tokens, firstPass ? &evidence[s] : nullptr, &matches, &words[s], &contexts[s]);
            const int count = int(tokens.size());
            edgesOf(words[s], edges);
            const QList<int> path = viterbi(emissions.data(), count, model.transitions(), edges.data());
            // Confidences of the model's own path: a place the rule makes of a person keeps the
            // confidence that this is a name.
            if (wanted != Confidences::None)
                tagged.confidences = confidences(emissions.data(), count, model.transitions(), path,
                                                 model.confidenceScale, wanted == Confidences::NamesOnly,
                                                 edges.data());
            tagged.tags = model.states().tagsOf(path);
            applyPlaceRule(tokens, tagged.tags, model.labels(), lexicon->gazetteer);
            rules.apply(tokens, matches, tagged.tags);
        }
        propagate(sentences, words, out);
        for (TaggedTokens& tagged : out)
            for (int tag : tagged.tags)
                tagged.labels.append(model.labels().tagName(tag));
        return out;
    }

    // The model's scores plus what the analyst memory (analystmemory.h) says about each word.
    std::vector<float> emissions(const QStringList& tokens, const ContextFeatures* evidence,
                                 QList<GazetteerMatch>* matches, Scorer::Words* words,
                                 Scorer::SharedContext* context) const
    {
        std::vector<float> out = scorer.emissions(tokens, evidence, matches, words, context);
        addAnalystMemory(scorer, *words, out);
        return out;
    }

    // Names found in the document also where they recur and were missed (consistency.h).
    void propagate(const QList<TaggedSentence>& sentences, const std::vector<Scorer::Words>& features,
                   QList<TaggedTokens>& tagged) const
    {
        QList<ConsistencySentence> words;
        QList<QList<int>> tags;
        int document = 0;
        for (qsizetype s = 0; s < sentences.size(); ++s) {
            if (sentences[s].startsDocument)
                ++document;
            ConsistencySentence sentence;
            sentence.document = document;
            for (qsizetype i = 0; i < sentences[s].tokens.size(); ++i) {
                sentence.tooShort.append(sentences[s].tokens[i].size() < 3);
                const WordFeatures* word = features[size_t(s)][size_t(i)];
                // A word the gazetteers list as a name (بوتين) is a name even though the
                // dictionary knows it; cross-validated, propagating those too: 78.80 → 78.96
                // (mean of 3 seeds).
                sentence.known.append(word->known && !(word->gazetteerClasses & nameClasses));
                sentence.stems.append(word->stem);
                sentence.forms.append(word->form);
            }
            words.append(std::move(sentence));
            tags.append(tagged[s].tags);
        }
        if (propagateNames(words, tags, documentWindow) == 0)
            return;
        for (qsizetype s = 0; s < tags.size(); ++s) {
            for (qsizetype i = 0; i < tags[s].size() && !tagged[s].confidences.isEmpty(); ++i)
                if (tags[s][i] != tagged[s].tags[i])
                    tagged[s].confidences[i] = 0.5f;  // a guess from another mention
            tagged[s].tags = tags[s];
        }
    }

    std::shared_ptr<const Lexicon> lexicon;
    FeatureExtractor features;
    Scorer scorer;
    std::unique_ptr<Scorer> firstPass;
    GazetteerRules rules;
    quint32 nameClasses = 0;    // the gazetteer classes of the model's types (PERS, LOC, ORG, MISC)
    quint32 entityClasses = 0;  // those and GIVEN: where a name may start (namestart.h)
};

Tagger::Tagger(Model model, std::shared_ptr<const Lexicon> lexicon)
    : d(std::make_unique<State>(std::move(model), std::move(lexicon)))
{
}

Tagger::~Tagger() = default;
Tagger::Tagger(Tagger&&) noexcept = default;
Tagger& Tagger::operator=(Tagger&&) noexcept = default;

Result<Tagger> Tagger::create(Model model, std::shared_ptr<const Lexicon> lexicon)
{
    for (const Model* m = &model; m; m = m->firstPass.get())
        if (m->featureVersion != featureVersion)
            return Error{tr("The tagger model was trained with features of version %1; this program "
                            "extracts version %2. Train the model again.")
                             .arg(m->featureVersion).arg(featureVersion)};
    if (!lexicon)
        return Error{tr("The tagger has no gazetteers or dictionary.")};
    return Tagger(std::move(model), std::move(lexicon));
}

Result<Tagger> Tagger::loadDefault()
{
    auto model = Model::loadDefault();
    if (!model)
        return Error{model.error()};
    auto lexicon = Lexicon::loadDefault();
    if (!lexicon)
        return Error{lexicon.error()};
    return create(std::move(model).value(), std::move(lexicon).value());
}

const Model& Tagger::model() const { return d->scorer.model(); }
const FeatureExtractor& Tagger::features() const { return d->features; }

bool Tagger::matchesLexicon() const
{
    return model().gazetteerFingerprint == d->lexicon->gazetteer.fingerprint();
}

TaggedTokens Tagger::tagTokens(const QStringList& tokens, bool withConfidences) const
{
    TaggedSentence sentence;
    sentence.tokens = tokens;
    return d->tag({sentence}, withConfidences ? State::Confidences::All : State::Confidences::None).first();
}

QList<TaggedSentence> Tagger::tagSentences(const QList<TaggedSentence>& sentences) const
{
    const QList<TaggedTokens> tagged = d->tag(sentences, State::Confidences::None);
    QList<TaggedSentence> out = sentences;
    for (qsizetype s = 0; s < out.size(); ++s)
        out[s].labels = tagged[s].labels;
    return out;
}

QList<EntitySpan> Tagger::tagText(QStringView text) const
{
    QList<EntitySpan> spans;
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const QList<SentenceRange> ranges = Tokenizer::sentences(text, tokens);
    QList<TaggedSentence> sentences;
    for (const SentenceRange& range : ranges) {
        TaggedSentence sentence;
        for (int t = range.firstToken; t < range.lastToken; ++t)
            sentence.tokens.append(tokens.at(t).in(text).toString());
        sentences.append(std::move(sentence));
    }
    const QList<TaggedTokens> tagged = d->tag(sentences, State::Confidences::NamesOnly);
    for (qsizetype s = 0; s < ranges.size(); ++s) {
        const int offset = ranges[s].firstToken;
        for (const LabelledSpan& span : spansOf(tagged[s].labels)) {
            const Token& first = tokens.at(offset + span.firstToken);
            EntitySpan entity;
            entity.start = nameStart(text, first.start, first.end, model(), d->lexicon->gazetteer, d->entityClasses);
            entity.end = tokens.at(offset + span.lastToken - 1).end;
            entity.label = span.type;
            entity.firstToken = offset + span.firstToken;
            entity.lastToken = offset + span.lastToken;
            for (int t = span.firstToken; t < span.lastToken; ++t)
                entity.confidence = std::min(entity.confidence, tagged[s].confidences.value(t, 1.0f));
            spans.append(entity);
        }
    }
    return spans;
}

int Tagger::learn(const QList<TaggedSentence>& document, float rate)
{
    const LabelSet& labels = model().labels();
    const QList<TaggedTokens> guesses = d->tag(document, State::Confidences::None);
    AnalystMemory memory(d->scorer);
    int wrong = 0;
    for (qsizetype s = 0; s < document.size(); ++s) {
        const QStringList& tokens = document[s].tokens;
        if (tokens.isEmpty() || tokens.size() != document[s].labels.size())
            continue;
        QList<int> gold;
        for (const QString& label : repairIob2(document[s].labels))
            gold.append(std::max(0, labels.tagOf(label)));
        wrong += memory.learn(tokens, gold, guesses[s].tags, rate);
    }
    return wrong;
}

}  // namespace alam::ner
