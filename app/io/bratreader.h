#pragma once
// brat standoff reader: the .txt (UTF-8) and its .ann. Only text-bound annotations (T lines)
// are read; relations, events, attributes and notes are skipped. Offsets are code points of
// the .txt as written (a BOM and "\r" count, as in brat); the stored text has its line ends
// normalised and the offsets follow.
#include "annotateddocument.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace alam {

class BratReader final {
    Q_DECLARE_TR_FUNCTIONS(alam::BratReader)
public:
    // `annName` names the .ann in messages. A malformed T line, an offset outside the text or
    // a surface that differs from the text at its offsets gives an error with the line number.
    static Result<AnnotatedDocument> read(const QByteArray& txt, const QByteArray& ann,
                                          const QString& txtName, const QString& annName);
};

}  // namespace alam
