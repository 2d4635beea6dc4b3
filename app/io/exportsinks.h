#pragma once
// Where an export writes, all or nothing: a file written beside its target and renamed over it
// on commit (QSaveFile), or a folder of files written in a temporary folder beside the target
// and moved into it on commit. Without commit nothing of the export remains.
#include "result.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTemporaryDir>
#include <memory>

namespace alam {

class FileSink final {
    Q_DECLARE_TR_FUNCTIONS(alam::FileSink)
public:
    Status open(const QString& path);
    Status write(const QByteArray& bytes);
    Status commit();

private:
    std::unique_ptr<QSaveFile> m_file;
};

class FolderSink final {
    Q_DECLARE_TR_FUNCTIONS(alam::FolderSink)
public:
    Status open(const QString& folder);
    Status write(const QString& fileName, const QByteArray& bytes);
    // Moves the files into the target folder, replacing files of the same names.
    Status commit();

private:
    QString m_target;
    std::unique_ptr<QTemporaryDir> m_staging;
    QStringList m_files;
};

}  // namespace alam
