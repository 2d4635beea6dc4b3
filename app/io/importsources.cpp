#include "importsources.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace alam {
namespace {

std::optional<ImportItem::Format> formatOf(const QFileInfo& info)
{
    const QString suffix = info.suffix().toLower();
    if (suffix == u"txt")
        return ImportItem::Format::PlainText;
    if (suffix == u"conll" || suffix == u"iob" || suffix == u"iob2" || suffix == u"bio"
        || suffix == u"bioes")
        return ImportItem::Format::Conll;
    if (suffix == u"jsonl")
        return ImportItem::Format::Jsonl;
    if (suffix == u"ann")
        return ImportItem::Format::Brat;
    return std::nullopt;
}

QString sibling(const QFileInfo& info, const QString& suffix)
{
    return info.dir().filePath(info.completeBaseName() + u'.' + suffix);
}

class Collector {
public:
    explicit Collector(QList<ImportFailure>* failures) : m_failures(failures) {}

    void addFile(const QFileInfo& info, bool named)
    {
        const std::optional<ImportItem::Format> format = formatOf(info);
        if (!format) {
            if (named)
                fail(info.filePath(),
                     ImportSources::tr("%1 is not a file type Alam imports (.txt, .conll, .iob, "
                                       ".bio, .jsonl, or a brat .txt with its .ann).")
                         .arg(info.fileName()));
            return;
        }
        ImportItem item;
        item.format = *format;
        item.path = info.filePath();
        item.size = info.size();
        if (*format == ImportItem::Format::Brat) {  // a .ann: its text is the .txt beside it
            const QFileInfo txt(sibling(info, u"txt"_s));
            if (!txt.isFile()) {
                fail(info.filePath(), ImportSources::tr("%1 has no %2 beside it; brat "
                                                        "annotations need their text.")
                                          .arg(info.fileName(), txt.fileName()));
                return;
            }
            item.path = txt.filePath();
            item.annPath = info.filePath();
            item.size = txt.size() + info.size();
        } else if (*format == ImportItem::Format::PlainText) {
            const QFileInfo ann(sibling(info, u"ann"_s));
            if (ann.isFile()) {
                item.format = ImportItem::Format::Brat;
                item.annPath = ann.filePath();
                item.size += ann.size();
            }
        }
        const QString key = QFileInfo(item.path).absoluteFilePath();
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        m_items.append(item);
    }

    void addFolder(const QString& folder)
    {
        QList<QFileInfo> files;
        QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            files.append(it.fileInfo());
        }
        std::sort(files.begin(), files.end(), [](const QFileInfo& a, const QFileInfo& b) {
            return a.filePath() < b.filePath();
        });
        for (const QFileInfo& info : files)
            addFile(info, false);
    }

    void fail(const QString& path, const QString& message)
    {
        if (m_failures)
            m_failures->append(ImportFailure{path, message});
    }

    QList<ImportItem> take() { return std::move(m_items); }

private:
    QList<ImportFailure>* m_failures;
    QList<ImportItem> m_items;
    QSet<QString> m_seen;
};

}  // namespace

bool ImportSources::isImportable(const QString& path)
{
    return formatOf(QFileInfo(path)).has_value();
}

QList<ImportItem> ImportSources::collect(const QStringList& paths, QList<ImportFailure>* failures)
{
    Collector collector(failures);
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir())
            collector.addFolder(path);
        else if (info.isFile())
            collector.addFile(info, true);
        else
            collector.fail(path, tr("%1 does not exist.").arg(path));
    }
    return collector.take();
}

}  // namespace alam
