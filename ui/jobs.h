#pragma once
// The long tasks the window runs through JobRunner, each a function of its own Database.
#include "io/exporter.h"
#include "jobrunner.h"
#include "review/tagging.h"

#include <QCoreApplication>
#include <QStringList>

namespace alam {

class Jobs final {
    Q_DECLARE_TR_FUNCTIONS(alam::Jobs)
public:
    static JobWork importFiles(const QStringList& paths, const QString& annotator);
    static JobWork exportFiles(const ExportOptions& options);
    static JobWork tag(const TagRunOptions& options);
    static JobWork train(const TrainRunOptions& options);
    static JobWork updateSearchIndex();
    // After a document is marked reviewed: the tagger learns from it (once).
    static JobWork learnFromReviewed(qint64 documentId);
    static JobWork propagateAcrossCorpus(qint64 annotationId);
};

}  // namespace alam
