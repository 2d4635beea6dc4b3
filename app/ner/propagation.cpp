#include "ner/propagation.h"

#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "text/clitics.h"
#include "text/matchingform.h"
#include "text/tokenizer.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace alam::ner {

namespace {

constexpr int kDocumentsPerTransaction = 200;

QStringList nameForms(QStringView name)
{
    QStringList forms;
    for (const Token& token : Tokenizer::tokenize(name))
        forms.append(MatchingForm::normalise(token.in(name)));
    return forms;
}

// What the matching form of a token holding the name's first word ends with, whatever
// proclitics come before it (for ل + ال the alef is gone: للحكومه ends with لحكومه).
QString headSuffix(const QString& head)
{
    return head.startsWith(u"ال"_s) ? head.mid(1) : head;
}

bool overlaps(const Annotation& a, const MentionSpan& m) { return a.start < m.end && m.start < a.end; }

bool isStandingDecision(AnnotationStatus status)
{
    return isDecision(status) && status != AnnotationStatus::Rejected;
}

Status apply(Database& db, const Document& document, QStringView name, const Annotation& decision,
             PropagationReport& report)
{
    AnnotationStore annotations(db);
    const Result<QList<Annotation>> existing = annotations.forDocument(document.id);
    if (!existing)
        return Error{existing.error()};
    Annotation forThis = decision;
    forThis.documentId = document.id;
    const PropagationPlan plan = Propagation::plan(document.text, name, forThis, *existing);
    if (plan.add.isEmpty() && plan.update.isEmpty())
        return {};
    if (Result<QList<qint64>> added = annotations.addAll(plan.add); !added)
        return Error{added.error()};
    for (const Annotation& changed : plan.update)
        if (Result<Annotation> updated = annotations.update(changed, decision.annotator); !updated)
            return Error{updated.error()};
    ++report.documents;
    report.added += int(plan.add.size());
    report.updated += int(plan.update.size());
    return {};
}

}  // namespace

QList<MentionSpan> Propagation::mentions(QStringView text, QStringView name)
{
    const QStringList wanted = nameForms(name);
    if (wanted.isEmpty() || wanted.first().isEmpty())
        return {};
    const QString& head = wanted.first();
    const QString suffix = headSuffix(head);
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const int length = int(wanted.size());

    QList<MentionSpan> found;
    for (int i = 0; i + length <= tokens.size(); ++i) {
        const Token& first = tokens.at(i);
        const QString form = MatchingForm::normalise(first.in(text));
        if (!form.endsWith(suffix))
            continue;
        int start = -1;
        if (form == head) {
            start = first.start;
        } else {
            // The least stripped reading whose stem is the name's first word.
            for (const CliticReading& reading : Clitics::analyse(text, first.start, first.end))
                if (!reading.proclitics.isEmpty() && reading.stem == head) {
                    start = reading.stemStart;
                    break;
                }
        }
        if (start < 0)
            continue;
        bool rest = true;
        for (int j = 1; j < length && rest; ++j)
            rest = MatchingForm::normalise(tokens.at(i + j).in(text)) == wanted.at(j);
        if (!rest)
            continue;
        found.append({start, tokens.at(i + length - 1).end});
        i += length - 1;
    }
    return found;
}

PropagationPlan Propagation::plan(QStringView text, QStringView name, const Annotation& decision,
                                  const QList<Annotation>& existing)
{
    PropagationPlan result;
    // A one-word name of one or two letters is nearly always a particle (في، من، أن) taken in by a
    // slip of the bounds: spreading it would make a suggestion of every line of the article.
    if (const QStringList forms = nameForms(name); forms.size() == 1 && forms.first().size() < kShortestPropagated)
        return result;
    for (const MentionSpan& mention : mentions(text, name)) {
        QList<Annotation> same;
        for (const Annotation& a : existing)
            if (a.start == mention.start && a.end == mention.end)
                same.append(a);
        if (!same.isEmpty()) {
            const bool allPending = std::all_of(same.cbegin(), same.cend(), [](const Annotation& a) {
                return a.status == AnnotationStatus::Suggested;
            });
            const Annotation& pending = same.first();
            if (allPending && (pending.label != decision.label || pending.entityId != decision.entityId)) {
                Annotation changed = pending;
                changed.label = decision.label;
                changed.entityId = decision.entityId;
                changed.source = AnnotationSource::Propagation;
                // The model's own guess of this span may be surer than the propagation alone.
                changed.confidence = std::max(pending.confidence, kPropagatedConfidence);
                result.update.append(changed);
            }
            continue;
        }
        const bool overDecision = std::any_of(existing.cbegin(), existing.cend(), [&](const Annotation& a) {
            return isStandingDecision(a.status) && overlaps(a, mention);
        });
        if (overDecision)
            continue;
        Annotation suggestion;
        suggestion.documentId = decision.documentId;
        suggestion.start = mention.start;
        suggestion.end = mention.end;
        suggestion.label = decision.label;
        suggestion.status = AnnotationStatus::Suggested;
        suggestion.source = AnnotationSource::Propagation;
        suggestion.confidence = kPropagatedConfidence;
        suggestion.annotator = decision.annotator;
        suggestion.entityId = decision.entityId;
        result.add.append(suggestion);
    }
    return result;
}

QList<Annotation> Propagation::suggest(QStringView text, const Annotation& decision,
                                       const QList<Annotation>& existing)
{
    QList<Annotation> withDecision = existing;
    const bool stored = std::any_of(existing.cbegin(), existing.cend(), [&](const Annotation& a) {
        return a.start == decision.start && a.end == decision.end;
    });
    if (!stored)
        withDecision.append(decision);
    const QStringView name = text.mid(decision.start, std::max(0, decision.end - decision.start));
    return plan(text, name, decision, withDecision).add;
}

Result<PropagationReport> Propagation::inDocument(Database& db, const Annotation& decision)
{
    PropagationReport report;
    const Status done = db.transaction([&]() -> Status {
        const Result<Document> document = DocumentStore(db).get(decision.documentId);
        if (!document)
            return Error{document.error()};
        if (decision.start < 0 || decision.end > document->text.size() || decision.end <= decision.start)
            return Error{tr("The entity [%1, %2) lies outside document %3.")
                             .arg(decision.start).arg(decision.end).arg(decision.documentId)};
        const QString name = document->text.mid(decision.start, decision.end - decision.start);
        return apply(db, *document, name, decision, report);
    });
    if (!done)
        return Error{done.error()};
    return report;
}

Result<PropagationReport> Propagation::acrossCorpus(Database& db, const Annotation& decision,
                                                    const std::function<bool(int, int)>& progress)
{
    DocumentStore documents(db);
    const Result<Document> source = documents.get(decision.documentId);
    if (!source)
        return Error{source.error()};
    if (decision.start < 0 || decision.end > source->text.size() || decision.end <= decision.start)
        return Error{tr("The entity [%1, %2) lies outside document %3.")
                         .arg(decision.start).arg(decision.end).arg(decision.documentId)};
    const QString name = source->text.mid(decision.start, decision.end - decision.start);
    const QStringList forms = nameForms(name);
    if (forms.isEmpty())
        return PropagationReport{};
    // Cheap test before tokenising a document: its matching form must hold the name's last
    // word and the first word's ending.
    const QString lastWord = forms.last();
    const QString firstEnding = headSuffix(forms.first());

    QList<qint64> ids;
    for (ReviewStatus status : {ReviewStatus::New, ReviewStatus::InProgress}) {
        const Result<QList<qint64>> found = documents.ids(status);
        if (!found)
            return Error{found.error()};
        ids += *found;
    }
    std::sort(ids.begin(), ids.end());

    PropagationReport report;
    for (qsizetype from = 0; from < ids.size(); from += kDocumentsPerTransaction) {
        const QList<qint64> batch = ids.mid(from, kDocumentsPerTransaction);
        const Status done = db.transaction([&]() -> Status {
            for (qint64 id : batch) {
                const Result<Document> document = documents.get(id);
                if (!document)
                    return Error{document.error()};
                const QString form = MatchingForm::normalise(document->text);
                if (!form.contains(lastWord) || !form.contains(firstEnding))
                    continue;
                if (Status applied = apply(db, *document, name, decision, report); !applied)
                    return applied;
            }
            return {};
        });
        if (!done)
            return Error{done.error()};
        const int looked = int(std::min<qsizetype>(from + kDocumentsPerTransaction, ids.size()));
        if (progress && !progress(looked, int(ids.size())))
            break;
    }
    return report;
}

}  // namespace alam::ner
