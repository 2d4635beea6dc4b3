#pragma once
// Token-per-line corpora (CoNLL): `token LABEL` per line, a blank line between sentences.
// Reading keeps every token and every sentence break so a tagged file lines up with its input.
#include "ner/labelset.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace alam::ner {

struct TaggedSentence {
    QStringList tokens;
    QStringList labels;  // same length as tokens; empty strings when the input had no labels
    bool startsDocument = false;  // after a -DOCSTART- line
};

struct LabelledSpan {
    int firstToken = 0;
    int lastToken = 0;  // exclusive
    QString type;
};

// What each line of a CoNLL file is, so that a relabelled copy repeats the input line for line
// (`paste gold out | conlleval` must align): runs of blank lines, -DOCSTART- lines anywhere.
enum class ConllLine : quint8 { Token, Blank, DocumentStart };

struct ConllFile {
    QList<TaggedSentence> sentences;  // the maximal runs of token lines, in order
    QList<ConllLine> layout;          // one per line of the file
};

// Columns are separated by spaces or tabs; the first is the token, the last the label (a line
// with one column has no label). -DOCSTART- lines mark a new document.
Result<ConllFile> parseConllFile(const QByteArray& utf8, const QString& name);
Result<ConllFile> readConllFile(const QString& path);
Result<QList<TaggedSentence>> parseConll(const QByteArray& utf8, const QString& name);
Result<QList<TaggedSentence>> readConll(const QString& path);
// `token LABEL` lines, a blank line after each sentence.
QByteArray toConll(const QList<TaggedSentence>& sentences);
// The layout's lines: token lines get `token LABEL` from the sentences in order, blank lines
// stay blank, -DOCSTART- lines are written `-DOCSTART- O` (two columns, like every other line).
QByteArray toConll(const QList<TaggedSentence>& sentences, const QList<ConllLine>& layout);
// The lines of a layout from the first token line of sentence `first` on (a held-out part).
QList<ConllLine> layoutFrom(const QList<ConllLine>& layout, qsizetype first);
Status writeConll(const QString& path, const QList<TaggedSentence>& sentences);

// The entity types found in labels, ANERcorp's order first, then others alphabetically.
LabelSet labelSetOf(const QList<TaggedSentence>& sentences);

// IOB2 spans of a label sequence; an I-X that does not continue an X starts a new span.
QList<LabelledSpan> spansOf(const QStringList& labels);
// Makes a sequence valid IOB2 (I-X after O or another type becomes B-X).
QStringList repairIob2(const QStringList& labels);

// The held-out split used for reported figures: the last `parts`-th of the sentences.
struct Split {
    QList<TaggedSentence> train;
    QList<TaggedSentence> heldOut;
};
Split splitLastPart(const QList<TaggedSentence>& sentences, int parts = 6);

}  // namespace alam::ner
