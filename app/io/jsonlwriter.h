#pragma once
// JSON Lines writer, doccano-compatible, offsets in code points:
// {"id": 7, "title": "...", "text": "...", "label": [[s, e, "LOC"], ...], "direction": "rtl",
//  "status": "reviewed", "reviewer": "...", "entities": [{"id": 12, "start_offset": s,
//  "end_offset": e, "label": "LOC", "status": "accepted", "source": "model",
//  "confidence": 0.93, "annotator": "...", "entity_id": 3, "entity_name": "..."}]}
#include "annotateddocument.h"

#include <QByteArray>

namespace alam {

class JsonlWriter final {
public:
    // One line, UTF-8, ending in "\n". Entity names come from document.entities.
    static QByteArray write(const AnnotatedDocument& document);
};

}  // namespace alam
