#include "samplecorpus.h"

#include "database.h"
#include "documentstore.h"
#include "sqlstatement.h"

#include <QDir>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

const QString kOffered = u"samples_offered"_s;

Result<int> addSamples(DocumentStore& documents)
{
    const QDir folder(u":/samples"_s);
    const QStringList names = folder.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    int added = 0;
    for (const QString& name : names) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Error{SampleCorpus::tr("Cannot read the sample %1.").arg(name)};
        Document document;
        document.text = QString::fromUtf8(file.readAll());
        document.title = document.text.section(u'\n', 0, 0).trimmed();
        document.sourcePath = u"samples/"_s + name;
        const auto id = documents.add(document);
        if (!id)
            return Error{id.error()};
        ++added;
    }
    return added;
}

}  // namespace

Result<int> SampleCorpus::addOnFirstStart(Database& db)
{
    DocumentStore documents(db);
    int added = 0;
    const Status status = db.transaction([&]() -> Status {
        Result<SqlStatement> offered =
            db.execute(u"SELECT 1 FROM app_state WHERE name = ?"_s, {kOffered});
        if (!offered)
            return Error{offered.error()};
        if (offered->next())
            return {};
        Result<SqlStatement> noted = db.execute(
            u"INSERT INTO app_state (name, value) VALUES (?, ?)"_s, {kOffered, u"1"_s});
        if (!noted)
            return Error{noted.error()};
        const auto existing = documents.count();
        if (!existing)
            return Error{existing.error()};
        if (*existing > 0)
            return {};
        Result<int> samples = addSamples(documents);
        if (!samples)
            return Error{samples.error()};
        added = *samples;
        return {};
    });
    if (!status)
        return Error{tr("Could not add the sample articles to %1: %2")
                         .arg(db.displayName(), status.error())};
    return added;
}

}  // namespace alam
