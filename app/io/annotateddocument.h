#pragma once
// The in-memory unit that readers produce and writers consume: one document with its
// annotations (UTF-16 offsets into document.text) and, optionally, the entities they link to.
#include "store/types.h"

#include <QHash>
#include <QList>

namespace alam {

struct AnnotatedDocument {
    Document document;
    QList<Annotation> annotations;     // sorted by start, then end
    QHash<qint64, Entity> entities;    // keyed by Annotation::entityId (ids local to the file)
};

}  // namespace alam
