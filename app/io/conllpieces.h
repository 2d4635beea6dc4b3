#pragma once
// The tokens a CoNLL export writes: the Tokenizer's tokens, optionally split where an
// annotation starts or ends inside them (clitic-split export).
#include "store/types.h"

#include <QList>
#include <QStringView>

namespace alam {

struct ConllPiece {
    int start = 0;
    int end = 0;
    int sentence = 0;            // index of the sentence the piece belongs to
    bool attachesToNext = false;      // written with a trailing "+"
    bool attachesToPrevious = false;  // written with a leading "+"
};

// `annotations` sorted by start. Sentences that an annotation crosses are merged so that no
// span is cut by a sentence break.
QList<ConllPiece> conllPieces(QStringView text, const QList<Annotation>& annotations,
                              bool cliticSplit);

}  // namespace alam
