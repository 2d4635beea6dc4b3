#pragma once
// The tagger: a model, the gazetteers and the dictionary. Tags tokens (labels and confidences)
// and plain text (entity spans over UTF-16 offsets that never include an attached proclitic).
// Tagging is thread-safe; learning (online updates) must not overlap with tagging.
#include "ner/corpus.h"
#include "ner/features.h"
#include "ner/lexicon.h"
#include "ner/model.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <memory>

namespace alam::ner {

struct TaggedTokens {
    QList<int> tags;
    QStringList labels;        // "O", "B-PERS", ...
    QList<float> confidences;  // per token, in (0, 1]; empty unless asked for
};

struct EntitySpan {
    int start = 0;  // UTF-16 offset into the text, after any proclitic
    int end = 0;    // exclusive
    QString label;  // entity type, e.g. "PERS"
    float confidence = 1.0f;
    int firstToken = 0;  // token indexes (Tokenizer::tokenize of the text), lastToken exclusive
    int lastToken = 0;
};

class Tagger final {
    Q_DECLARE_TR_FUNCTIONS(alam::ner::Tagger)
public:
    Tagger(Model model, std::shared_ptr<const Lexicon> lexicon);
    ~Tagger();
    Tagger(Tagger&&) noexcept;
    Tagger& operator=(Tagger&&) noexcept;

    // Fails when the model was trained with other features than this program extracts.
    static Result<Tagger> create(Model model, std::shared_ptr<const Lexicon> lexicon);
    // The shipped model with the compiled-in gazetteers and hunspell-ar.
    static Result<Tagger> loadDefault();

    const Model& model() const;
    const FeatureExtractor& features() const;
    // False when the gazetteers differ from those the model was trained with.
    bool matchesLexicon() const;

    // One sentence of tokens.
    TaggedTokens tagTokens(const QStringList& tokens, bool withConfidences = false) const;
    // Every sentence, keeping tokens and sentence breaks; labels replaced by the guesses.
    // Sentences are read as one document split at startsDocument (nearby sentences give
    // document evidence).
    QList<TaggedSentence> tagSentences(const QList<TaggedSentence>& sentences) const;
    // Tokenises and splits sentences with alam::Tokenizer; the text is one document. Names the
    // tagger found are also marked where they recur nearby and were missed (confidence 0.5).
    QList<EntitySpan> tagText(QStringView text) const;

    // Online learning: one step towards the labels of a reviewed document (its sentences with
    // the analyst's labels), taken in the analyst memory of the words it got wrong
    // (ner/analystmemory.h); the trained weights and transitions do not change. Returns the
    // number of tokens whose guess was wrong before the step. Must not run while another thread
    // tags with this tagger.
    int learn(const QList<TaggedSentence>& document, float rate = 1.0f);

private:
    struct State;
    std::unique_ptr<State> d;
};

}  // namespace alam::ner
