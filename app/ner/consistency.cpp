#include "ner/consistency.h"

#include "ner/hashing.h"

#include <QHash>
#include <algorithm>

namespace alam::ner {

namespace {

constexpr int longestName = 4;

struct Name {
    quint64 key = 0;
    int length = 0;
    int type = 0;
};

quint64 keyOf(const ConsistencySentence& sentence, int first, int length)
{
    quint64 key = sentence.stems[first];
    for (int k = 1; k < length; ++k)
        key = combine(key, sentence.forms[first + k]);
    return combine(key, quint64(length));
}

QList<Name> namesOf(const ConsistencySentence& sentence, const QList<int>& tags)
{
    QList<Name> names;
    for (int i = 0; i < tags.size(); ++i) {
        if (!LabelSet::isBegin(tags[i]))
            continue;
        int end = i + 1;
        while (end < tags.size() && tags[end] == LabelSet::insideTag(LabelSet::typeOfTag(tags[i])))
            ++end;
        if (end - i <= longestName)
            names.append({keyOf(sentence, i, end - i), end - i, LabelSet::typeOfTag(tags[i])});
        i = end - 1;
    }
    return names;
}

}  // namespace

int propagateNames(const QList<ConsistencySentence>& sentences, QList<QList<int>>& tags, int window)
{
    QList<QList<Name>> found;
    for (qsizetype s = 0; s < sentences.size(); ++s)
        found.append(namesOf(sentences[s], tags[s]));
    int added = 0;
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        // name key → votes per type, over the sentences nearby in the same document
        QHash<quint64, QList<int>> votes;
        for (qsizetype n = std::max<qsizetype>(0, s - window); n < sentences.size() && n <= s + window; ++n) {
            if (sentences[n].document != sentences[s].document)
                continue;
            for (const Name& name : found[n]) {
                QList<int>& count = votes[name.key];
                if (count.size() <= name.type)
                    count.resize(name.type + 1, 0);
                ++count[name.type];
            }
        }
        if (votes.isEmpty())
            continue;
        const ConsistencySentence& sentence = sentences[s];
        QList<int>& sentenceTags = tags[s];
        const int count = int(sentenceTags.size());
        for (int i = 0; i < count;) {
            int taken = 0;
            for (int length = std::min(longestName, count - i); length >= 1 && !taken; --length) {
                const bool free = std::all_of(sentenceTags.cbegin() + i, sentenceTags.cbegin() + i + length,
                                              [](int tag) { return tag == 0; });
                const bool closed = i + length == count || !LabelSet::isInside(sentenceTags[i + length]);
                if (!free || !closed || sentence.tooShort.value(i))
                    continue;
                // A common word is a name only where the model says so (على is also علي).
                if (length == 1 && sentence.known.value(i))
                    continue;
                const auto vote = votes.constFind(keyOf(sentence, i, length));
                if (vote == votes.constEnd())
                    continue;
                const int type = int(std::max_element(vote->cbegin(), vote->cend()) - vote->cbegin());
                sentenceTags[i] = LabelSet::beginTag(type);
                for (int k = 1; k < length; ++k)
                    sentenceTags[i + k] = LabelSet::insideTag(type);
                taken = length;
                ++added;
            }
            i += taken ? taken : 1;
        }
    }
    return added;
}

}  // namespace alam::ner
