#pragma once
// Internal to DocumentReview: the state of one action while its transaction runs.
#include "documentreview.h"

namespace alam {

struct DocumentReview::Pending {
    ActionRecorder recorder;
    QList<Annotation> working;  // the annotations as they will be once committed
    ReviewStatus status;
    ReviewChange change;
    QHash<qint64, Entity> entities;  // entities created or linked by this action
};

}  // namespace alam
