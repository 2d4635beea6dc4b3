#include "annotator.h"

#include <QtGlobal>

namespace alam {

QString defaultAnnotator()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("analyst") : name;
}

}  // namespace alam
