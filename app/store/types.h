#pragma once
// Plain values that flow between io, ner, store and ui. Offsets are UTF-16 (QString) indexes
// into Document::text, half-open [start, end); exports convert to code points at the boundary.
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace alam {

enum class ReviewStatus { New, InProgress, Reviewed };
enum class AnnotationStatus { Suggested, Accepted, Rejected, Edited, Manual };
// Propagation: another mention of a name the analyst accepted or added (ner/propagation.h).
enum class AnnotationSource { Model, Gazetteer, Rule, Analyst, Import, Propagation };
enum class HistorySubject { Annotation, Document, Entity, Label };

// Stable names as stored in the database and written to exports ("new", "accepted", ...).
QString toString(ReviewStatus status);
QString toString(AnnotationStatus status);
QString toString(AnnotationSource source);
QString toString(HistorySubject subject);
std::optional<ReviewStatus> reviewStatusFromString(const QString& name);
std::optional<AnnotationStatus> annotationStatusFromString(const QString& name);
std::optional<AnnotationSource> annotationSourceFromString(const QString& name);
std::optional<HistorySubject> historySubjectFromString(const QString& name);

// Decisions are what the analyst has settled; suggestions are not decisions.
inline bool isDecision(AnnotationStatus status) { return status != AnnotationStatus::Suggested; }

struct Document {
    qint64 id = 0;
    QString title;
    QString sourcePath;
    QString contentHash;  // SHA-256 hex of the decoded text's UTF-8
    QString text;         // exactly as imported (decoded, line ends normalised); never rewritten
    ReviewStatus status = ReviewStatus::New;
    QString reviewer;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Annotation {
    qint64 id = 0;
    qint64 documentId = 0;
    int start = 0;  // UTF-16 offset into Document::text
    int end = 0;    // exclusive
    QString label;  // a Label::name, e.g. "PERS"
    AnnotationStatus status = AnnotationStatus::Suggested;
    AnnotationSource source = AnnotationSource::Model;
    double confidence = 1.0;
    QString annotator;
    qint64 entityId = 0;  // canonical entity, 0 when unlinked
    int version = 1;      // row version, bumped on every change (optimistic concurrency)
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Entity {
    qint64 id = 0;
    QString name;  // canonical name, e.g. «مصطفى الكاظمي»
    QString label;
    QStringList aliases;  // other surface forms, e.g. «الكاظمي»
};

struct Label {
    QString name;         // PERS, LOC, ORG, MISC, ...
    QString colour;       // "#rrggbb"
    QString shortcut;     // one key, e.g. "1"
    QString description;
};

// One change. The subject names what changed: an annotation (annotationId, documentId), a
// document's status or reviewer (documentId), an entity or its aliases (entityId), a label
// (label); the other ids stay 0.
struct HistoryEntry {
    qint64 id = 0;
    HistorySubject subject = HistorySubject::Annotation;
    qint64 annotationId = 0;
    qint64 documentId = 0;
    qint64 entityId = 0;
    QString label;
    QString action;  // "add", "update", "delete", "add_alias", "set_status"
    QString before;  // JSON of the subject before the change ("" for add)
    QString after;   // JSON after the change ("" for delete)
    QString annotator;
    QDateTime at;
    bool undone = false;
};

}  // namespace alam
