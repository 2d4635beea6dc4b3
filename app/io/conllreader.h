#pragma once
// CoNLL reader: one token per line, the first field is the token and the LAST field its label
// (fields separated by spaces or tabs), a blank line ends a sentence, a line starting with
// -DOCSTART- starts a document. Labels may be IOB1, IOB2, BIOES or BILOU. The text is rebuilt
// from the tokens (see conllspacing.h), one sentence per line.
#include "annotateddocument.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringView>

namespace alam {

struct ConllReadOptions {
    // Files without -DOCSTART- (such as ANERcorp) are cut into documents of this many
    // sentences; 0 makes the whole file one document.
    int sentencesPerDocument = 50;
};

class ConllReader final {
    Q_DECLARE_TR_FUNCTIONS(alam::ConllReader)
public:
    // `sourceName` names the file in messages and document titles. All or nothing: any
    // malformed line gives an error naming the file and line, and no document.
    static Result<QList<AnnotatedDocument>> read(QStringView text, const QString& sourceName,
                                                 const ConllReadOptions& options = {});
};

}  // namespace alam
