#include "exportsinks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace alam {

Status FileSink::open(const QString& path)
{
    if (path.isEmpty())
        return Error{tr("No file to export to was given.")};
    const QFileInfo info(path);
    if (info.isDir())
        return Error{tr("%1 is a folder; choose a file name to export to.").arg(path)};
    if (!QDir().mkpath(info.absolutePath()))
        return Error{tr("Could not create the folder %1.").arg(info.absolutePath())};
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly))
        return Error{tr("Could not write %1: %2").arg(path, m_file->errorString())};
    return {};
}

Status FileSink::write(const QByteArray& bytes)
{
    if (m_file->write(bytes) != bytes.size())
        return Error{tr("Could not write %1: %2").arg(m_file->fileName(), m_file->errorString())};
    return {};
}

Status FileSink::commit()
{
    if (!m_file->commit())
        return Error{tr("Could not write %1: %2").arg(m_file->fileName(), m_file->errorString())};
    return {};
}

Status FolderSink::open(const QString& folder)
{
    if (folder.isEmpty())
        return Error{tr("No folder to export to was given.")};
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error{tr("%1 is a file; brat export needs a folder.").arg(folder)};
    m_target = info.absoluteFilePath();
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent))
        return Error{tr("Could not create the folder %1.").arg(parent)};
    // Beside the target, on the same file system, so that commit only renames.
    m_staging = std::make_unique<QTemporaryDir>(parent + u"/.alam-export-XXXXXX"_s);
    if (!m_staging->isValid())
        return Error{tr("Could not write in %1: %2").arg(parent, m_staging->errorString())};
    return {};
}

Status FolderSink::write(const QString& fileName, const QByteArray& bytes)
{
    QFile file(m_staging->filePath(fileName));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return Error{tr("Could not write %1: %2").arg(file.fileName(), file.errorString())};
    m_files.append(fileName);
    return {};
}

Status FolderSink::commit()
{
    if (!QFileInfo::exists(m_target)) {
        if (QDir().rename(m_staging->path(), m_target)) {
            m_staging->setAutoRemove(false);
            // QTemporaryDir is private to its owner; an export folder is an ordinary folder.
            QFile::setPermissions(m_target, QFile::ReadOwner | QFile::WriteOwner
                                                | QFile::ExeOwner | QFile::ReadGroup
                                                | QFile::ExeGroup | QFile::ReadOther
                                                | QFile::ExeOther);
            return {};
        }
    }
    if (!QDir().mkpath(m_target))
        return Error{tr("Could not create the folder %1.").arg(m_target)};
    for (const QString& name : std::as_const(m_files)) {
        const QString from = m_staging->filePath(name), to = QDir(m_target).filePath(name);
        // rename(2) replaces an existing file in one step.
        if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData())
            != 0)
            return Error{tr("Could not move %1 into %2.").arg(name, m_target)};
    }
    return {};
}

}  // namespace alam
