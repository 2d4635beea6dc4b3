#pragma once
#include <QString>

namespace alam {

// Who the analyst is, as recorded with each decision: the login name unless set otherwise.
QString defaultAnnotator();

}  // namespace alam
