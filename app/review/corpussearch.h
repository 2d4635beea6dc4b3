#pragma once
// Corpus-wide search in the matching form, clitic-aware: FTS5 finds the candidate documents
// (SQLite), then the phrase is matched in each text for exact hits with their context.
// On PostgreSQL (no FTS5) the documents are scanned. Also: the other mentions of an entity
// across the corpus.
#include "result.h"
#include "store/types.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace alam {

class Database;

struct TextHit {
    qint64 documentId = 0;
    QString title;
    int start = 0;  // UTF-16 offsets into the document's text
    int end = 0;
    QString before;  // context on each side, on one line
    QString match;
    QString after;
    qint64 annotationId = 0;  // for mentions: the annotation
    QString label;
    std::optional<AnnotationStatus> status;
};

struct SearchResults {
    QList<TextHit> hits;
    int documents = 0;       // documents with at least one hit
    bool truncated = false;  // more hits than asked for, or more documents than were read
    int candidateLimit = 0;  // when the candidate documents were cut at this many: only they
                             // were searched (0: every matching document was)
    int unindexed = 0;       // documents not in the index yet (not searched)
};

class CorpusSearch final {
    Q_DECLARE_TR_FUNCTIONS(alam::CorpusSearch)
public:
    explicit CorpusSearch(Database& db) : m_db(db) {}

    Result<SearchResults> find(const QString& query, int maxHits = 500);
    // Every standing mention (not rejected) linked to the entity, in document order.
    Result<SearchResults> mentionsOf(qint64 entityId, int maxHits = 500);

    // The words around [start, end) of `text`, cut at word bounds, line breaks as spaces.
    static TextHit contextOf(const QString& text, int start, int end, int width = 50);

private:
    Result<QList<qint64>> candidates(const QStringList& words, int limit);
    Database& m_db;
};

}  // namespace alam
