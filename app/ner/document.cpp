#include "ner/document.h"

#include "ner/hashing.h"

#include <QHash>
#include <vector>

namespace alam::ner {

namespace {

enum Evidence : quint64 { TagElsewhere = 1, OnlyOutsideElsewhere, NowhereElse, TopicClass };

constexpr int topicWords = 3;  // topic words nearby that make a topic

quint64 evidenceKey(Evidence kind, quint64 value) { return combine(mix64(0xd0c0000ULL + kind), value); }

}  // namespace

DocumentKeys documentKeys(const QList<DocumentSentence>& sentences, int tagCount, int window, int topicClass)
{
    int topic = 0;  // topic words in the window
    DocumentKeys out(sentences.size());
    // Tag counts per stem over the sentences in the current window: a stem's counts are
    // tagCount ints at its offset in `pool`.
    QHash<quint64, qsizetype> offsetOf;
    std::vector<int> pool;
    const auto countsOf = [&](quint64 stem) {
        auto it = offsetOf.find(stem);
        if (it == offsetOf.end()) {
            it = offsetOf.insert(stem, qsizetype(pool.size()));
            pool.resize(pool.size() + size_t(tagCount), 0);
        }
        return pool.data() + *it;
    };
    const auto change = [&](qsizetype s, int delta) {
        const DocumentSentence& sentence = sentences.at(s);
        for (qsizetype i = 0; i < sentence.stems.size(); ++i) {
            int* row = countsOf(sentence.stems[i]);
            const int tag = sentence.firstPass.value(i);
            if (tag >= 0 && tag < tagCount)
                row[tag] += delta;
            if (topicClass >= 0 && (sentence.classes.value(i) & (1u << topicClass)))
                topic += delta;
        }
    };
    qsizetype windowFirst = 0, windowEnd = 0;  // sentences [windowFirst, windowEnd) are counted
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        const int document = sentences[s].document;
        qsizetype wantFirst = s, wantEnd = s + 1;
        while (wantFirst > 0 && sentences[wantFirst - 1].document == document && (window < 0 || s - wantFirst < window))
            --wantFirst;
        while (wantEnd < sentences.size() && sentences[wantEnd].document == document
               && (window < 0 || wantEnd - s <= window))
            ++wantEnd;
        if (wantFirst >= windowEnd) {  // no overlap: start afresh
            offsetOf.clear();
            pool.clear();
            topic = 0;
            windowFirst = windowEnd = wantFirst;
        }
        for (; windowFirst < wantFirst; ++windowFirst)
            change(windowFirst, -1);
        for (; windowEnd < wantEnd; ++windowEnd)
            change(windowEnd, +1);

        const DocumentSentence& sentence = sentences.at(s);
        ContextFeatures& keys = out[s];
        keys.begin.reserve(sentence.stems.size() + 1);
        keys.keys.reserve(sentence.stems.size() * 2);
        for (qsizetype i = 0; i < sentence.stems.size(); ++i) {
            keys.begin.append(int(keys.keys.size()));
            const int* total = pool.data() + offsetOf.value(sentence.stems[i]);  // holds this token
            const int own = sentence.firstPass.value(i);
            const auto elsewhere = [&](int t) { return total[t] - (t == own ? 1 : 0); };
            bool named = false, outside = elsewhere(0) > 0;
            for (int t = 1; t < tagCount; ++t)
                if (elsewhere(t) > 0) {
                    keys.keys.append(evidenceKey(TagElsewhere, quint64(t)));
                    named = true;
                }
            if (!named)
                keys.keys.append(outside ? evidenceKey(OnlyOutsideElsewhere, 0) : evidenceKey(NowhereElse, 0));
            if (topic >= topicWords) {
                keys.keys.append(evidenceKey(TopicClass, 64));
                for (quint32 c = 0, classes = sentence.classes.value(i); c < 32; ++c)
                    if (classes & (1u << c))
                        keys.keys.append(evidenceKey(TopicClass, c));
            }
        }
        keys.begin.append(int(keys.keys.size()));
    }
    return out;
}

}  // namespace alam::ner
