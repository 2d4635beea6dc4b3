#include "ner/databasetagger.h"

#include "ner/suggestionplan.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "store/entitystore.h"

#include <QFuture>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace alam::ner {

namespace {

struct Pending {
    qint64 id = 0;
    QString text;
};

struct Tagged {
    qint64 id = 0;
    qint64 characters = 0;
    QList<Annotation> proposed;
};

Result<QList<qint64>> documentsToTag(Database& db, const DatabaseTagOptions& options)
{
    if (!options.documents.isEmpty())
        return options.documents;
    DocumentStore documents(db);
    QList<qint64> ids;
    for (ReviewStatus status : {ReviewStatus::New, ReviewStatus::InProgress}) {
        Result<QList<qint64>> found = documents.ids(status);
        if (!found)
            return Error{found.error()};
        ids += *found;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<QList<Pending>> load(Database& db, const QList<qint64>& ids)
{
    DocumentStore documents(db);
    QList<Pending> batch;
    batch.reserve(ids.size());
    for (qint64 id : ids) {
        Result<Document> document = documents.get(id);
        if (!document)
            return Error{document.error()};
        batch.append({id, std::move(document->text)});
    }
    return batch;
}

Tagged tag(const Tagger& tagger, const Pending& document)
{
    Tagged tagged{document.id, document.text.size(), {}};
    for (const EntitySpan& span : tagger.tagText(document.text)) {
        Annotation suggestion;
        suggestion.documentId = document.id;
        suggestion.start = span.start;
        suggestion.end = span.end;
        suggestion.label = span.label;
        suggestion.status = AnnotationStatus::Suggested;
        suggestion.source = AnnotationSource::Model;
        suggestion.confidence = double(span.confidence);
        tagged.proposed.append(suggestion);
    }
    return tagged;
}

}  // namespace

Result<DatabaseTagReport> DatabaseTagger::run(const DatabaseTagOptions& options)
{
    const Result<QList<qint64>> ids = documentsToTag(m_db, options);
    if (!ids)
        return Error{ids.error()};
    const Result<QList<Label>> labels = LabelStore(m_db).all();
    if (!labels)
        return Error{labels.error()};
    QSet<QString> labelNames;
    for (const Label& label : *labels)
        labelNames.insert(label.name);

    DatabaseTagReport report;
    const int total = int(ids->size());
    const int batchSize = std::max(1, options.batchDocuments);
    const Tagger& tagger = m_tagger;
    const auto startTagging = [&tagger](QList<Pending> batch) {
        return QtConcurrent::mapped(std::move(batch),
                                    [&tagger](const Pending& document) { return tag(tagger, document); });
    };

    AnnotationStore annotations(m_db);
    const auto write = [&](const QList<Tagged>& batch) -> Status {
        return m_db.transaction([&]() -> Status {
            for (const Tagged& document : batch) {
                // Read inside the (immediate) transaction: what the analyst did meanwhile counts.
                const Result<QList<Annotation>> existing = annotations.forDocument(document.id);
                if (!existing)
                    return Error{existing.error()};
                QList<Annotation> proposed;
                for (const Annotation& suggestion : document.proposed) {
                    if (labelNames.contains(suggestion.label))
                        proposed.append(suggestion);
                    else
                        ++report.unknownLabel;
                }
                const SuggestionPlan plan = planSuggestions(proposed, *existing, options.replaceStale);
                for (const Annotation& stale : plan.remove)
                    if (Status removed = annotations.remove(stale.id, stale.annotator); !removed)
                        return removed;
                if (Result<QList<qint64>> added = annotations.addAll(plan.add); !added)
                    return Error{added.error()};
                report.added += int(plan.add.size());
                report.removed += int(plan.remove.size());
                report.kept += plan.kept;
                report.blocked += plan.blocked;
                report.characters += document.characters;
                ++report.documents;
            }
            return {};
        });
    };

    if (total == 0)
        return report;
    Result<QList<Pending>> first = load(m_db, ids->mid(0, batchSize));
    if (!first)
        return Error{first.error()};
    QFuture<Tagged> running = startTagging(std::move(first).value());
    for (int from = 0; from < total; from += batchSize) {
        // Read the next batch while this one is being tagged.
        const int next = from + batchSize;
        Result<QList<Pending>> following =
            next < total ? load(m_db, ids->mid(next, batchSize)) : QList<Pending>();
        const QList<Tagged> tagged = running.results();
        if (!following)
            return Error{following.error()};
        if (next < total)
            running = startTagging(std::move(following).value());
        // Write this batch while the next one is being tagged.
        if (Status written = write(tagged); !written) {
            running.cancel();
            running.waitForFinished();
            return Error{tr("Tagging stopped; the documents tagged before were saved: %1")
                             .arg(written.error())};
        }
        if (options.progress && !options.progress(report.documents, total)) {
            running.cancel();
            running.waitForFinished();
            report.cancelled = next < total;
            break;
        }
    }
    return report;
}

}  // namespace alam::ner
