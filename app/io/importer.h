#pragma once
// Imports files and folders into the database: plain text (.txt), CoNLL (.conll .iob .iob2
// .bio .bioes), JSON Lines (.jsonl) and brat (.txt with its .ann). Files are read and decoded
// in parallel; this thread writes, several files per transaction. A file is all or nothing:
// a bad file is reported (file, line, reason), never stops the rest, never leaves part of a
// document, never changes what is stored. Documents whose text is already stored (same
// decoded text, whatever the file's encoding) are skipped and reported as duplicates.
// Run it on the thread that opened the Database.
#include "importfile.h"
#include "importsources.h"
#include "progress.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace alam {

class Database;

struct ImportOptions {
    ImportFileOptions file;
    int documentsPerTransaction = 100;
    // Labels other tools use for Alam's own (CoNLL-2003, OntoNotes style names).
    static QHash<QString, QString> defaultLabelAliases();
    ImportOptions();
};

struct ImportDuplicate {
    QString path;
    QString title;
    qint64 existingId = 0;  // the stored document with the same text
};

struct ImportReport {
    int files = 0;        // files read or attempted
    int imported = 0;     // documents stored
    int annotations = 0;  // annotations stored with them
    QList<qint64> documentIds;  // the new documents, in import order
    QList<ImportDuplicate> duplicates;
    QList<ImportFailure> failed;
    bool cancelled = false;
    // Set when the database refused to store anything (read-only, disk full, I/O error) and
    // the import stopped; the files of the refused transaction are in `failed`.
    QString stoppedReason;
};

class Importer final {
    Q_DECLARE_TR_FUNCTIONS(alam::Importer)
    Q_DISABLE_COPY_MOVE(Importer)
public:
    explicit Importer(Database& db, ImportOptions options = {});

    // `progress` is called with done = 0 before any file is read, then once per file before
    // it is stored; returning false stops after the files already handled (those stay).
    ImportReport run(const QStringList& paths, const ProgressCallback& progress = {});

private:
    struct Tally;
    Status storeFile(const ReadImportFile& file, Tally& tally);
    Status ensureLabels(const AnnotatedDocument& document);
    Result<qint64> entityId(const Entity& entity);
    // Stores the pending files (and empties the list); returns why the database refused to
    // store anything, "" when it did not.
    QString flush(QList<ReadImportFile>& pending, ImportReport& report);
    QString refuse(const QList<ReadImportFile>& files, const QString& why, ImportReport& report);
    void forgetStored();

    Database& m_db;
    ImportOptions m_options;
    // What this import has seen stored; cleared whenever a transaction is rolled back.
    QSet<QString> m_knownLabels;
    QHash<QString, qint64> m_entityIds;  // label + U+001F + name
    int m_refusedFiles = 0;  // files of the transaction the database refused
};

}  // namespace alam
