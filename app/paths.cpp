#include "paths.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace alam {

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder + u"/alam.sqlite";
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Alam"));
    QCoreApplication::setApplicationName(QStringLiteral("alam"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALAM_VERSION));
}

}  // namespace alam
