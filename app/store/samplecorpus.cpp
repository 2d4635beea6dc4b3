#include "samplecorpus.h"

#include "database.h"
#include "documentstore.h"

#include <QDir>
#include <QFile>

namespace alam {

Result<int> SampleCorpus::addIfEmpty(Database& db)
{
    DocumentStore documents(db);
    const auto existing = documents.count();
    if (!existing)
        return Error{existing.error()};
    if (*existing > 0)
        return 0;

    const QDir folder(QStringLiteral(":/samples"));
    const QStringList names = folder.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    int added = 0;
    const Status status = db.transaction([&]() -> Status {
        for (const QString& name : names) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                return Error{tr("Cannot read the sample %1.").arg(name)};
            Document document;
            document.text = QString::fromUtf8(file.readAll());
            document.title = document.text.section(QLatin1Char('\n'), 0, 0).trimmed();
            document.sourcePath = QStringLiteral("samples/") + name;
            const auto id = documents.add(document);
            if (!id)
                return Error{id.error()};
            ++added;
        }
        return {};
    });
    if (!status)
        return Error{status.error()};
    return added;
}

}  // namespace alam
