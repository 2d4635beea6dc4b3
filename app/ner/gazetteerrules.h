#pragma once
// Decoding rules from the gazetteers, after Viterbi:
//  - month and weekday names (class TIME: نيسان، كانون الثاني، أيلول، يناير) and the common
//    words of class NOTNAME are never entities: a span made only of them is dropped;
//  - an organisation name of three words or more from the lists (وكالة الأنباء العراقية,
//    حزب الدعوة الإسلامية) becomes an ORG span where the model tagged none of its words;
//  - a listed place right after a head of place names (محافظة ذي قار, مدينة الصدر) becomes a
//    LOC span where the model tagged none of its words;
//  - a listed name joined by the conjunction و or ف to the name before it begins a name of its
//    own (بايدن والكاظمي are two people, not one).
#include "ner/gazetteer.h"
#include "ner/labelset.h"

#include <QList>

namespace alam::ner {

class GazetteerRules final {
public:
    GazetteerRules(const LabelSet& labels, const Gazetteer& gazetteer);
    // Changes `tags` (IOB2) of `tokens` in place; returns how many spans changed.
    int apply(const QStringList& tokens, const QList<GazetteerMatch>& matches, QList<int>& tags) const;

private:
    int dropNeverNames(const QList<GazetteerMatch>& matches, QList<int>& tags) const;
    int completeNames(const QList<GazetteerMatch>& matches, QList<int>& tags) const;
    int placesAfterHeads(const QList<GazetteerMatch>& matches, QList<int>& tags) const;
    int splitCoordinatedNames(const QStringList& tokens, const QList<GazetteerMatch>& matches,
                              QList<int>& tags) const;

    QList<int> m_typeOfClass;  // gazetteer class → the ORG type index for ORG lists, else −1
    quint32 m_neverNames = 0;
    quint32 m_names = 0;  // the entity classes (PERS, LOC, ORG, MISC)
    int m_placeClass = -1;
    int m_headClass = -1;
    int m_placeType = -1;
};

}  // namespace alam::ner
