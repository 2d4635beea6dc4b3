#pragma once
#include "result.h"
#include "types.h"

#include <QCoreApplication>
#include <optional>

namespace alam {

class Database;

struct DocumentSummary {
    qint64 id = 0;
    QString title;
    ReviewStatus status = ReviewStatus::New;
    int suggestedCount = 0;  // pending suggestions
    int entityCount = 0;     // annotations that are decisions other than rejected
};

struct DocumentFilter {
    std::optional<ReviewStatus> status;
    QString label;  // documents with at least one non-rejected annotation of this label
    QString text;   // title contains
    int offset = 0;
    int limit = -1;  // -1: all
};

class DocumentStore final {
    Q_DECLARE_TR_FUNCTIONS(alam::DocumentStore)
public:
    explicit DocumentStore(Database& db) : m_db(db) {}

    // Fills createdAt/updatedAt, computes contentHash when empty; returns the new id.
    Result<qint64> add(const Document& document);
    Result<std::optional<qint64>> findByHash(const QString& contentHash);
    Result<Document> get(qint64 id);
    Result<QList<DocumentSummary>> list(const DocumentFilter& filter = {});
    Result<QList<qint64>> ids(std::optional<ReviewStatus> status = std::nullopt);
    Result<int> count(std::optional<ReviewStatus> status = std::nullopt);
    Status setStatus(qint64 id, ReviewStatus status, const QString& reviewer);
    // Deletes the document with its annotations and their history.
    Status remove(qint64 id);

    static QString hashOf(const QString& text);  // SHA-256 hex of the UTF-8

private:
    Database& m_db;
};

}  // namespace alam
