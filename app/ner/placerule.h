#pragma once
// A rule after decoding: a name the model calls a person but that is a place in the gazetteers
// becomes a place when a locative word (في, إلى, نحو, قرب, داخل, or a head such as محافظة)
// comes right before it (في صلاح الدين).
// ANERcorp knows صلاح الدين as a man; Iraqi news mostly means the governorate.
#include "ner/gazetteer.h"
#include "ner/labelset.h"

#include <QList>
#include <QStringList>

namespace alam::ner {

// Changes `tags` (IOB2 over `labels`) in place; returns how many spans changed.
int applyPlaceRule(const QStringList& tokens, QList<int>& tags, const LabelSet& labels, const Gazetteer& gazetteer);

}  // namespace alam::ner
