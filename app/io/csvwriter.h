#pragma once
// CSV of mentions, one row per annotation: document id, title, start, end (code points),
// surface, label, status, source, confidence, entity id, entity name, annotator. RFC 4180
// (CRLF rows, fields with a comma, quote or line break quoted, quotes doubled), UTF-8 with a
// BOM so spreadsheet applications read the Arabic.
#include "annotateddocument.h"

#include <QByteArray>
#include <QStringList>

namespace alam {

class CsvWriter final {
public:
    static QByteArray header();  // BOM and the header row
    static QByteArray rows(const AnnotatedDocument& document);
    static QString field(const QString& value);  // quoted when RFC 4180 requires it
    static QByteArray row(const QStringList& fields);
};

}  // namespace alam
