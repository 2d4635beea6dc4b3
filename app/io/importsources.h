#pragma once
// What an import reads: the paths a person chose (files or folders) turned into a list of
// files, each with the format its extension names.
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace alam {

struct ImportFailure {
    QString path;
    QString message;  // for the person: names the file, and the line when there is one
};

struct ImportItem {
    enum class Format { PlainText, Conll, Jsonl, Brat };
    Format format = Format::PlainText;
    QString path;     // for brat, the .txt
    QString annPath;  // brat only
    qint64 size = 0;  // bytes, as listed (the file may change before it is read)
};

class ImportSources final {
    Q_DECLARE_TR_FUNCTIONS(alam::ImportSources)
public:
    // Folders are walked recursively (hidden files skipped; files of other types ignored);
    // a .txt with a .ann of the same name beside it is a brat document. Files named
    // explicitly that cannot be imported are added to `failures`. Each file appears once.
    static QList<ImportItem> collect(const QStringList& paths, QList<ImportFailure>* failures);

    // .txt → plain text; .conll .iob .iob2 .bio .bioes → CoNLL; .jsonl → JSON Lines.
    static bool isImportable(const QString& path);
};

}  // namespace alam
