#pragma once
// Shared by the tagger integration tests: a tiny tagger trained in the test on real Arabic news
// sentences (so no test depends on the shipped model), and document/annotation helpers.
#include "ner/corpus.h"
#include "ner/lexicon.h"
#include "ner/tagger.h"
#include "ner/trainer.h"
#include "store/types.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace alam::nertest {

using namespace Qt::Literals::StringLiterals;

// `token LABEL` lines; sentences separated by blank lines. Baghdad, Cairo and Damascus are
// places, Mohammed Ali and Ahmed Hassan persons, the foreign ministry an organisation.
inline const QByteArray kTinyConll =
    "زار O\nالرئيس O\nبغداد B-LOC\nأمس O\n. O\n\n"
    "وصل O\nالوزير O\nإلى O\nبغداد B-LOC\nاليوم O\n. O\n\n"
    "قال O\nمحمد B-PERS\nعلي I-PERS\nإن O\nالوضع O\nجيد O\n. O\n\n"
    "التقى O\nالرئيس O\nمحمد B-PERS\nعلي I-PERS\nفي O\nالقاهرة B-LOC\n. O\n\n"
    "أعلنت O\nوزارة B-ORG\nالخارجية I-ORG\nعن O\nزيارة O\nإلى O\nدمشق B-LOC\n. O\n\n"
    "وقال O\nأحمد B-PERS\nحسن I-PERS\nإن O\nالوفد O\nغادر O\nالقاهرة B-LOC\n. O\n\n"
    "وصل O\nأحمد B-PERS\nحسن I-PERS\nإلى O\nدمشق B-LOC\nأمس O\n. O\n\n"
    "أكدت O\nوزارة B-ORG\nالخارجية I-ORG\nأن O\nالرئيس O\nفي O\nبغداد B-LOC\n. O\n\n"_ba;

inline QList<ner::TaggedSentence> tinyCorpus()
{
    auto parsed = ner::parseConll(kTinyConll, u"tiny"_s);
    return parsed ? *parsed : QList<ner::TaggedSentence>();
}

inline std::shared_ptr<const ner::Lexicon> lexicon()
{
    static const std::shared_ptr<const ner::Lexicon> loaded = [] {
        auto withHunspell = ner::Lexicon::loadDefault();
        if (withHunspell)
            return *withHunspell;
        auto without = ner::Lexicon::withDictionary(ner::Dictionary::none());
        return without ? *without : std::shared_ptr<const ner::Lexicon>();
    }();
    return loaded;
}

inline std::optional<ner::Tagger> tinyTagger(int epochs = 10)
{
    const auto lex = lexicon();
    if (!lex)
        return std::nullopt;
    const ner::FeatureExtractor features(lex);
    ner::TrainOptions options;
    options.epochs = epochs;
    options.minFeatureCount = 1;
    auto model = ner::train(tinyCorpus(), features, options);
    if (!model)
        return std::nullopt;
    auto tagger = ner::Tagger::create(std::move(model).value(), lex);
    if (!tagger)
        return std::nullopt;
    return std::move(tagger).value();
}

inline Document document(const QString& title, const QString& text)
{
    Document d;
    d.title = title;
    d.text = text;
    return d;
}

// The annotation over the n-th occurrence (from 0) of `surface` in `text`.
inline Annotation annotationOf(qint64 documentId, const QString& text, const QString& surface,
                               const QString& label, AnnotationStatus status, int occurrence = 0)
{
    Annotation a;
    a.documentId = documentId;
    int at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = int(text.indexOf(surface, at + 1));
    a.start = at;
    a.end = at + int(surface.size());
    a.label = label;
    a.status = status;
    a.source = status == AnnotationStatus::Suggested ? AnnotationSource::Model : AnnotationSource::Analyst;
    a.confidence = status == AnnotationStatus::Suggested ? 0.7 : 1.0;
    a.annotator = status == AnnotationStatus::Suggested ? QString() : u"huda"_s;
    return a;
}

inline QString spanText(const QString& text, const Annotation& a) { return text.mid(a.start, a.end - a.start); }

}  // namespace alam::nertest
