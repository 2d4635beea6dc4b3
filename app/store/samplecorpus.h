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
    // Adds the samples on the database's first start only: the database remembers that it was
    // offered them (app_state), so an analyst who deletes every document does not get them
    // back. A database that already holds documents gets none. Returns how many it added.
    static Result<int> addOnFirstStart(Database& db);
};

}  // namespace alam
