// Shows how the tagger sees a text: per token its gazetteer classes, dictionary flag, label and
// confidence, then the entity spans. For looking into mistakes, not a benchmark.
//   ner_probe MODEL.bin TEXT...      (MODEL.bin "-" uses the shipped model)
#include "ner/lexicon.h"
#include "ner/tagger.h"
#include "text/tokenizer.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace alam::ner;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fputs("usage: ner_probe MODEL.bin|- TEXT...\n", stderr);
        return 2;
    }
    auto model = args.at(1) == u"-" ? Model::loadDefault() : Model::load(args.at(1));
    auto lexicon = Lexicon::loadDefault();
    if (!model || !lexicon) {
        std::fprintf(stderr, "%s\n", qPrintable(!model ? model.error() : lexicon.error()));
        return 1;
    }
    auto tagger = Tagger::create(std::move(model).value(), *lexicon);
    if (!tagger) {
        std::fprintf(stderr, "%s\n", qPrintable(tagger.error()));
        return 1;
    }
    const QString text = args.mid(2).join(u' ');
    const QList<alam::Token> tokens = alam::Tokenizer::tokenize(text);
    QStringList words;
    for (const alam::Token& token : tokens)
        words.append(token.in(text).toString());
    const TaggedTokens tagged = tagger->tagTokens(words, true);
    const Gazetteer& gazetteer = (*lexicon)->gazetteer;
    QList<GazetteerKeys> keys;
    for (const QString& word : words)
        keys.append(GazetteerKeys::of(word));
    QStringList matches(words.size());
    for (const GazetteerMatch& m : gazetteer.match(keys.constData(), int(keys.size())))
        for (int t = m.firstToken; t < m.lastToken; ++t)
            matches[t] += (t == m.firstToken ? u"B-"_s : u"I-"_s) + gazetteer.classes().at(m.classId) + u' ';
    for (qsizetype i = 0; i < words.size(); ++i)
        std::printf("%-20s %-8s %.2f known=%d gaz=%s\n", qPrintable(words[i]), qPrintable(tagged.labels[i]),
                    tagged.confidences[i], int((*lexicon)->dictionary->isKnown(words[i])), qPrintable(matches[i]));
    for (const EntitySpan& span : tagger->tagText(text))
        std::printf("%s [%d,%d) «%s» %.2f\n", qPrintable(span.label), span.start, span.end,
                    qPrintable(text.mid(span.start, span.end - span.start)), span.confidence);
    return 0;
}
