#include "ner/placerule.h"

#include "text/matchingform.h"

using namespace Qt::Literals::StringLiterals;

namespace alam::ner {

int applyPlaceRule(const QStringList& tokens, QList<int>& tags, const LabelSet& labels, const Gazetteer& gazetteer)
{
    const int person = labels.typeIndex(u"PERS");
    const int place = labels.typeIndex(u"LOC");
    const int placeClass = gazetteer.classId(u"LOC"_s);
    const int headClass = gazetteer.classId(u"LOCHEAD"_s);
    if (person < 0 || place < 0 || placeClass < 0)
        return 0;
    static const QStringList locatives = {u"في"_s, u"الي"_s, u"نحو"_s, u"قرب"_s, u"داخل"_s};
    int changed = 0;
    for (int i = 1; i < tags.size(); ++i) {
        if (tags[i] != LabelSet::beginTag(person))
            continue;
        int end = i + 1;
        while (end < tags.size() && tags[end] == LabelSet::insideTag(person))
            ++end;
        const GazetteerKeys before = GazetteerKeys::of(tokens[i - 1]);
        const bool locative = locatives.contains(MatchingForm::normalise(tokens[i - 1]))
                              || (headClass >= 0 && (gazetteer.classesOfWord(before) & (1u << headClass)));
        if (!locative)
            continue;
        QList<GazetteerKeys> keys;
        for (int t = i; t < end; ++t)
            keys.append(GazetteerKeys::of(tokens[t]));
        for (const GazetteerMatch& match : gazetteer.match(keys.constData(), int(keys.size())))
            if (match.classId == placeClass && match.firstToken == 0 && match.lastToken == end - i) {
                tags[i] = LabelSet::beginTag(place);
                for (int t = i + 1; t < end; ++t)
                    tags[t] = LabelSet::insideTag(place);
                ++changed;
                break;
            }
        i = end - 1;
    }
    return changed;
}

}  // namespace alam::ner
