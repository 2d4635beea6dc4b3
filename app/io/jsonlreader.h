#pragma once
// JSON Lines reader, one document per line, offsets in code points:
//   doccano:        {"text": "...", "label": [[start, end, "LABEL"], ...]}  ("labels" too)
//   doccano (new):  {"text": "...", "entities": [{"start_offset": s, "end_offset": e,
//                    "label": "LABEL"}, ...]}
// Optional: "title", "id", "status" (review status); per entity "status", "annotator",
// "confidence", "entity_id" with "entity_name" (as JsonlWriter writes them).
#include "annotateddocument.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringView>

namespace alam {

class JsonlReader final {
    Q_DECLARE_TR_FUNCTIONS(alam::JsonlReader)
public:
    // All or nothing: malformed JSON, a missing text, or a span out of range or with
    // start >= end gives an error naming the file and line, and no document.
    static Result<QList<AnnotatedDocument>> read(QStringView text, const QString& sourceName);
};

}  // namespace alam
