#include "reviewschema.h"

#include "store/database.h"

namespace alam {

bool ReviewSchema::hasSearchIndex(const Database& db)
{
    return db.backend() == ConnectionOptions::Backend::SQLite;
}

}  // namespace alam
