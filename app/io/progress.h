#pragma once
#include <QString>
#include <functional>

namespace alam {

// Called on the thread that runs the import or export, between items: `done` of `total`
// finished, `current` the item about to be handled. Returning false cancels.
using ProgressCallback = std::function<bool(int done, int total, const QString& current)>;

}  // namespace alam
