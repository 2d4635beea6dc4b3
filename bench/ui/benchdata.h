#pragma once
// Articles for the ui benchmarks, made at run time from the ANERcorp training split in
// ../shared (real Arabic news sentences, re-joined with ordinary spacing, with their gold
// entities as suggestions). Nothing of it is stored in the repository.
#include "benchutil.h"
#include "ner/corpus.h"
#include "store/types.h"
#include "text/tokenizer.h"

#include <QSet>

namespace alam::bench {

using namespace Qt::Literals::StringLiterals;

struct BenchArticle {
    QString text;
    QList<Annotation> entities;  // start, end, label; documentId 0
    int tokens = 0;
};

class AnercorpSentences final {
public:
    bool load()
    {
        Result<QList<ner::TaggedSentence>> read =
            ner::readConll(sharedDir() + QStringLiteral("/data/anercorp-train.conll"));
        if (!read)
            return false;
        m_sentences = *read;
        return !m_sentences.isEmpty();
    }
    int size() const { return int(m_sentences.size()); }

    // `count` sentences from `first` (wrapping), a paragraph break every `perParagraph`.
    BenchArticle article(int first, int count, int perParagraph = 5) const
    {
        static const QSet<QString> noSpaceBefore = {u"."_s, u","_s, u"،"_s, u":"_s, u";"_s,
                                                    u"؛"_s, u"!"_s, u"?"_s, u"؟"_s, u")"_s,
                                                    u"»"_s, u"\""_s};
        static const QSet<QString> noSpaceAfter = {u"("_s, u"«"_s};
        BenchArticle article;
        for (int s = 0; s < count; ++s) {
            const ner::TaggedSentence& sentence = m_sentences.at((first + s) % size());
            if (s > 0)
                article.text += (s % perParagraph == 0) ? u"\n"_s : u" "_s;
            QString previous;
            Annotation open;
            bool inside = false;
            for (qsizetype t = 0; t < sentence.tokens.size(); ++t) {
                const QString& token = sentence.tokens.at(t);
                if (t > 0 && !noSpaceBefore.contains(token) && !noSpaceAfter.contains(previous))
                    article.text += u' ';
                const QString label = sentence.labels.value(t);
                if (inside && !label.startsWith(u"I-"_s)) {
                    article.entities << open;
                    inside = false;
                }
                const int start = int(article.text.size());
                article.text += token;
                if (label.startsWith(u"B-"_s) || (label.startsWith(u"I-"_s) && !inside)) {
                    open = Annotation{};
                    open.start = start;
                    open.label = label.mid(2);
                    inside = true;
                }
                if (inside)
                    open.end = int(article.text.size());
                previous = token;
                ++article.tokens;
            }
            if (inside)
                article.entities << open;
        }
        return article;
    }

    // Adds suggestions on words that have none (evenly spread) until there are `wanted`:
    // gold entities alone are about 7 in 100 tokens.
    static void topUp(BenchArticle& article, int wanted)
    {
        const QList<Token> tokens = Tokenizer::tokenize(article.text);
        const int missing = wanted - int(article.entities.size());
        if (missing <= 0)
            return;
        const int step = qMax(1, int(tokens.size()) / (missing * 2));
        for (qsizetype i = 0; i < tokens.size() && article.entities.size() < wanted; i += step) {
            const Token& token = tokens.at(i);
            if (token.kind != TokenKind::Arabic)
                continue;
            const bool taken = std::any_of(article.entities.cbegin(), article.entities.cend(),
                                           [&](const Annotation& a) {
                                               return a.start < token.end && token.start < a.end;
                                           });
            if (taken)
                continue;
            Annotation extra;
            extra.start = token.start;
            extra.end = token.end;
            extra.label = u"MISC"_s;
            article.entities << extra;
        }
        std::sort(article.entities.begin(), article.entities.end(),
                  [](const Annotation& a, const Annotation& b) { return a.start < b.start; });
    }

private:
    QList<ner::TaggedSentence> m_sentences;
};

}  // namespace alam::bench
