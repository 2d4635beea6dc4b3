#pragma once
// The sample articles shipped in resources/samples: short Arabic news-style articles written by
// this project, so a first start has something to review.
#include "result.h"

#include <QCoreApplication>

namespace alam {

class Database;

class SampleCorpus final {
    Q_DECLARE_TR_FUNCTIONS(alam::SampleCorpus)
public:
    // Adds the samples when the database holds no document at all; returns how many it added.
    static Result<int> addIfEmpty(Database& db);
};

}  // namespace alam
