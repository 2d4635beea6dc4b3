#pragma once
// Exports documents with their annotations: CoNLL (IOB2 or BIOES, whitespace or clitic-split
// tokens), JSON Lines (doccano), brat standoff, or a CSV of mentions. Offsets in the files are
// code points. Documents are read one at a time (memory stays flat on large corpora); the
// output is written to a temporary file (folder for brat) and moved into place only when
// complete, so a failed or cancelled export never leaves a half-written file.
// Run it on the thread that opened the Database.
#include "progress.h"
#include "result.h"
#include "store/types.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace alam {

class Database;
struct AnnotatedDocument;

enum class ExportFormat { ConllIob2, ConllBioes, Jsonl, Brat, Csv };

struct ExportOptions {
    ExportFormat format = ExportFormat::Jsonl;
    QString outputPath;  // a file; for brat a folder (created when missing)
    QList<AnnotationStatus> statuses = {AnnotationStatus::Accepted, AnnotationStatus::Edited,
                                        AnnotationStatus::Manual};
    bool allDocuments = false;   // false: only documents marked reviewed
    QList<qint64> documentIds;   // when not empty: exactly these documents, in this order
    bool cliticSplit = false;    // CoNLL: split tokens where a span starts inside them
};

struct ExportReport {
    int documents = 0;
    int annotations = 0;         // mentions written
    int annotationsDropped = 0;  // CoNLL only: overlapping spans one label per token can't hold
    bool cancelled = false;      // nothing was written
};

class Exporter final {
    Q_DECLARE_TR_FUNCTIONS(alam::Exporter)
    Q_DISABLE_COPY_MOVE(Exporter)
public:
    explicit Exporter(Database& db) : m_db(db) {}

    // `progress` is called before each document (current: its title); false cancels.
    Result<ExportReport> run(const ExportOptions& options, const ProgressCallback& progress = {});

    // "conll", "conll-bioes", "jsonl", "brat", "csv" (for the command line and settings).
    static QString formatName(ExportFormat format);
    static std::optional<ExportFormat> formatFromName(const QString& name);
    // The file name suffix the importer reads back: "conll", "jsonl", "csv"; "" for brat.
    static QString fileSuffix(ExportFormat format);

private:
    Result<AnnotatedDocument> load(qint64 id, const ExportOptions& options);

    Database& m_db;
    QHash<qint64, Entity> m_entities;
};

}  // namespace alam
