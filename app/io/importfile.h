#pragma once
// Reads one import item into documents, in memory and without the database, so that many
// files can be read in parallel while one thread writes. Sets each document's sourcePath and
// contentHash.
#include "annotateddocument.h"
#include "importsources.h"
#include "result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>

namespace alam {

struct ImportFileOptions {
    int conllSentencesPerDocument = 50;       // for CoNLL files without -DOCSTART-
    qint64 maxPlainTextBytes = 64LL << 20;    // a longer .txt is refused (not an article)
    qint64 maxCorpusFileBytes = 256LL << 20;  // CoNLL, JSONL and brat files
    QHash<QString, QString> labelAliases;     // label renames applied on reading
    QString annotator;                        // for annotations whose file names none
};

// One file as read, for parallel reading (default-constructible, unlike Result).
struct ReadImportFile {
    QString path;
    QString error;  // empty when read
    QList<AnnotatedDocument> documents;
};

class ImportFile final {
    Q_DECLARE_TR_FUNCTIONS(alam::ImportFile)
public:
    // Thread-safe. All or nothing: an error means no document of this file.
    static Result<QList<AnnotatedDocument>> read(const ImportItem& item,
                                                 const ImportFileOptions& options);
    // Reads the items on the global thread pool; results come in the items' order.
    static QFuture<ReadImportFile> readInParallel(const QList<ImportItem>& items,
                                                  const ImportFileOptions& options);
};

}  // namespace alam
