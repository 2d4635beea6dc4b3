#pragma once
// Gold IOB2 labels from an analyst's decisions: accepted, edited and manual annotations become
// the labels of the alam::Tokenizer tokens they cover (a token touched by a span is inside it,
// so «وواشنطن» is B-LOC as a whole, the ANERcorp convention); suggested and rejected annotations
// are not gold, their tokens are O. Sentences come from Tokenizer::sentences.
#include "ner/corpus.h"
#include "store/types.h"

#include <QList>
#include <QStringView>

namespace alam::ner {

// Accepted, edited and manual: what the analyst settled as an entity.
bool isGoldEntity(AnnotationStatus status);

// Every sentence of the text with gold labels. Of overlapping gold spans the one starting first
// (then the longer) wins; the other keeps only the tokens the first left free.
QList<TaggedSentence> goldSentences(QStringView text, const QList<Annotation>& annotations);

}  // namespace alam::ner
