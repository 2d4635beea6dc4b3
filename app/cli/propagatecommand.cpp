#include "cli.h"
#include "command.h"
#include "commands.h"
#include "console.h"
#include "ner/propagation.h"
#include "store/annotationstore.h"

namespace alam::cli {
namespace {

class PropagateCommand final {
    Q_DECLARE_TR_FUNCTIONS(alam::cli::PropagateCommand)
public:
    static int run(const QStringList& arguments);
};

// A whole number from 1 up, or 0 when the value is not one.
qint64 idOf(const QString& value)
{
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    return ok && id >= 1 ? id : 0;
}

int PropagateCommand::run(const QStringList& arguments)
{
    CommandLine command(QStringLiteral("propagate"),
                        tr("Propagate the analyst's entities: every other mention of a name the "
                           "analyst accepted, edited or added in the document becomes a suggestion "
                           "of the same label and entity (source propagation). In the document "
                           "itself, or with --corpus in every document not reviewed yet. Decisions "
                           "are never touched."));
    QCommandLineParser& parser = command.parser();
    parser.addOption({QStringLiteral("document"), tr("The document whose decisions are propagated."), tr("ID")});
    parser.addOption({QStringLiteral("annotation"),
                      tr("Only this decision of the document (default: all of them)."), tr("ID")});
    parser.addOption({QStringLiteral("corpus"), tr("Across every document not reviewed yet, not only this one.")});
    int exitCode = Ok;
    if (!command.parse(arguments, &exitCode))
        return exitCode;
    const qint64 documentId = idOf(parser.value(QStringLiteral("document")));
    if (documentId == 0) {
        printErr(tr("alam propagate: name the document with --document ID (a whole number from 1 up)."));
        return UsageError;
    }
    const bool onlyOne = parser.isSet(QStringLiteral("annotation"));
    const qint64 annotationId = idOf(parser.value(QStringLiteral("annotation")));
    if (onlyOne && annotationId == 0) {
        printErr(tr("alam propagate: --annotation takes an annotation id (a whole number from 1 up)."));
        return UsageError;
    }
    auto db = command.openDatabase(&exitCode);
    if (!db)
        return exitCode;
    const Result<QList<Annotation>> annotations = AnnotationStore(*db).forDocument(documentId);
    if (!annotations) {
        printErr(tr("alam propagate: %1").arg(annotations.error()));
        return DatabaseError;
    }
    QList<Annotation> decisions;
    for (const Annotation& a : *annotations)
        if (isDecision(a.status) && a.status != AnnotationStatus::Rejected && (!onlyOne || a.id == annotationId))
            decisions.append(a);
    if (onlyOne && decisions.isEmpty()) {
        printErr(tr("alam propagate: document %1 has no accepted, edited or added annotation %2.")
                     .arg(documentId).arg(annotationId));
        return UsageError;
    }

    const bool acrossCorpus = parser.isSet(QStringLiteral("corpus"));
    ner::PropagationReport total;
    Progress progress(tr("Propagating"));
    for (qsizetype d = 0; d < decisions.size(); ++d) {
        const auto report = acrossCorpus
            ? ner::Propagation::acrossCorpus(*db, decisions[d], [&](int done, int all) {
                  progress.update(d * all + done, decisions.size() * all);
                  return true;
              })
            : ner::Propagation::inDocument(*db, decisions[d]);
        if (!report) {
            progress.finish();
            printErr(tr("alam propagate: %1").arg(report.error()));
            return DatabaseError;
        }
        total.documents += report->documents;
        total.added += report->added;
        total.updated += report->updated;
    }
    progress.finish();
    printOut(tr("Propagated %1 decisions of document %2: %3 suggestions added, %4 relabelled (counted %5 "
                "times in documents).")
                 .arg(decisions.size()).arg(documentId).arg(total.added).arg(total.updated).arg(total.documents));
    return Ok;
}

}  // namespace

int runPropagate(const QStringList& arguments) { return PropagateCommand::run(arguments); }

}  // namespace alam::cli
