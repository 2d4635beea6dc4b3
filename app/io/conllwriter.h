#pragma once
// CoNLL writer: `token LABEL` per line, one sentence per block, a blank line after each, and
// a `-DOCSTART- O` line (two fields, like every other line, so conlleval accepts it) before
// each document. Tokens are the Tokenizer's (ANERcorp convention: punctuation apart, a token
// takes the label of the span that overlaps it, so «وإسرائيل» is B-LOC for the span إسرائيل),
// or, with cliticSplit, tokens are split where a span starts or ends inside them, the attached
// piece marked with "+" («و+ O», «إسرائيل B-LOC») so that ConllReader rebuilds the same text.
#include "annotateddocument.h"
#include "conlltags.h"

#include <QString>

namespace alam {

struct ConllWriteOptions {
    TagScheme scheme = TagScheme::Iob2;
    bool cliticSplit = false;
};

struct ConllWriteCounts {
    int spansWritten = 0;
    int spansDropped = 0;  // overlapped an already labelled token, or covered no token
};

class ConllWriter final {
public:
    static QString documentHeader();  // "-DOCSTART- O\n\n"
    // The document's block, starting with documentHeader(); empty for a text without tokens.
    static QString write(const AnnotatedDocument& document, const ConllWriteOptions& options,
                         ConllWriteCounts* counts = nullptr);
};

}  // namespace alam
