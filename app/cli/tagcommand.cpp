#include "cli.h"
#include "command.h"
#include "commands.h"
#include "console.h"
#include "io/codepoints.h"
#include "ner/databasetagger.h"
#include "taggeroption.h"
#include "text/decoder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cmath>

namespace alam::cli {
namespace {

class TagCommand final {
    Q_DECLARE_TR_FUNCTIONS(alam::cli::TagCommand)
public:
    static int run(const QStringList& arguments);

private:
    static int tagDatabase(CommandLine& command, const QString& modelPath);
    static int tagConll(const QString& in, const QString& out, const QString& modelPath);
    static int tagText(const QString& in, const QString& out, const QString& modelPath);
};

// `out` "-" is stdout.
Status writeOutput(const QString& out, const QByteArray& bytes)
{
    if (out == u"-") {
        QFile file;
        if (!file.open(stdout, QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return Error{TagCommand::tr("Cannot write to the standard output.")};
        return {};
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{TagCommand::tr("Cannot write %1: %2").arg(out, file.errorString())};
    return {};
}

int TagCommand::run(const QStringList& arguments)
{
    CommandLine command(QStringLiteral("tag"),
                        tr("Suggest entities. By default in the database: every document not yet "
                           "reviewed gets the tagger's spans as suggestions; decisions are never "
                           "touched, a span that already has an annotation (even a rejected one) "
                           "is not suggested again, and the tagger's older suggestions that it no "
                           "longer makes are removed. With --conll or --text, tags a file instead."));
    QCommandLineParser& parser = command.parser();
    parser.addOption({QStringLiteral("model"),
                      tr("The tagger model file (default: for the database, the model learned "
                         "beside it when there is one, else the shipped model)."),
                      tr("MODEL")});
    parser.addOption({QStringLiteral("conll"),
                      tr("Re-label this CoNLL file (every token and sentence break kept) into --out."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("text"),
                      tr("Tag this plain-text file; --out gets one JSON line per entity with "
                         "code-point offsets."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("out"), tr("The file to write with --conll or --text (- for "
                                                "standard output)."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("keep-stale"),
                      tr("Database: keep the tagger's older suggestions even where this run "
                         "suggests nothing.")});
    parser.addOption({QStringLiteral("document"),
                      tr("Database: tag only this document (may be repeated), even if reviewed."),
                      tr("ID")});
    int exitCode = Ok;
    if (!command.parse(arguments, &exitCode))
        return exitCode;
    const QString modelPath = parser.value(QStringLiteral("model"));
    const QString conll = parser.value(QStringLiteral("conll"));
    const QString text = parser.value(QStringLiteral("text"));
    const QString out = parser.value(QStringLiteral("out"));
    if (!conll.isEmpty() && !text.isEmpty()) {
        printErr(tr("alam tag: give either --conll or --text, not both."));
        return UsageError;
    }
    if (conll.isEmpty() && text.isEmpty()) {
        if (!out.isEmpty()) {
            printErr(tr("alam tag: --out goes with --conll or --text; the database is tagged in place."));
            return UsageError;
        }
        return tagDatabase(command, modelPath);
    }
    if (out.isEmpty()) {
        printErr(tr("alam tag: name the output with --out FILE."));
        return UsageError;
    }
    return conll.isEmpty() ? tagText(text, out, modelPath) : tagConll(conll, out, modelPath);
}

int TagCommand::tagDatabase(CommandLine& command, const QString& modelPath)
{
    QCommandLineParser& parser = command.parser();
    ner::DatabaseTagOptions options;
    options.replaceStale = !parser.isSet(QStringLiteral("keep-stale"));
    for (const QString& value : parser.values(QStringLiteral("document"))) {
        bool numberOk = false;
        const qint64 id = value.toLongLong(&numberOk);
        if (!numberOk || id < 1) {
            printErr(tr("alam tag: --document takes a document id (a whole number from 1 up)."));
            return UsageError;
        }
        options.documents.append(id);
    }
    int exitCode = Ok;
    auto db = command.openDatabase(&exitCode);
    if (!db)
        return exitCode;
    auto loaded = TaggerOption::loadForDatabase(QStringLiteral("tag"), modelPath, command.databasePath(),
                                                &exitCode);
    if (!loaded)
        return exitCode;

    Progress progress(tr("Tagging"));
    options.progress = [&progress](int done, int total) {
        progress.update(done, total);
        return true;
    };
    const auto report = ner::DatabaseTagger(*db, loaded->tagger).run(options);
    progress.finish();
    if (!report) {
        printErr(tr("alam tag: %1").arg(report.error()));
        return DatabaseError;
    }
    printOut(tr("Tagged %1 documents with %2: %3 suggestions added, %4 kept, %5 stale ones "
                "removed, %6 not suggested (an annotation or decision is there).")
                 .arg(report->documents)
                 .arg(loaded->modelName)
                 .arg(report->added)
                 .arg(report->kept)
                 .arg(report->removed)
                 .arg(report->blocked));
    if (report->unknownLabel > 0)
        printErr(tr("alam tag: %1 spans were not stored: their types are not labels of this database.")
                     .arg(report->unknownLabel));
    return report->cancelled ? Cancelled : Ok;
}

int TagCommand::tagConll(const QString& in, const QString& out, const QString& modelPath)
{
    int exitCode = Ok;
    auto file = TaggerOption::readConllFile(QStringLiteral("tag"), in, &exitCode);
    if (!file)
        return exitCode;
    auto loaded = TaggerOption::load(QStringLiteral("tag"), modelPath, &exitCode);
    if (!loaded)
        return exitCode;
    const QList<ner::TaggedSentence> tagged = loaded->tagger.tagSentences(file->sentences);
    // Line for line as the input: conlleval reads `paste -d ' ' gold out`.
    if (Status written = writeOutput(out, ner::toConll(tagged, file->layout)); !written) {
        printErr(tr("alam tag: %1").arg(written.error()));
        return IoError;
    }
    int tokens = 0;
    for (const ner::TaggedSentence& sentence : tagged)
        tokens += int(sentence.tokens.size());
    printErr(tr("Tagged %1 sentences (%2 tokens) with %3.").arg(tagged.size()).arg(tokens).arg(loaded->modelName));
    return Ok;
}

int TagCommand::tagText(const QString& in, const QString& out, const QString& modelPath)
{
    const auto decoded = TextDecoder::decodeFile(in);
    if (!decoded) {
        printErr(tr("alam tag: %1").arg(decoded.error()));
        return IoError;
    }
    int exitCode = Ok;
    auto loaded = TaggerOption::load(QStringLiteral("tag"), modelPath, &exitCode);
    if (!loaded)
        return exitCode;
    const QString& text = decoded->text;
    const CodePointMap codePoints(text);
    QByteArray lines;
    const QList<ner::EntitySpan> spans = loaded->tagger.tagText(text);
    for (const ner::EntitySpan& span : spans) {
        const QJsonObject line{
            {QStringLiteral("start"), codePoints.toCodePoint(span.start)},
            {QStringLiteral("end"), codePoints.toCodePoint(span.end)},
            {QStringLiteral("label"), span.label},
            {QStringLiteral("text"), text.mid(span.start, span.end - span.start)},
            {QStringLiteral("confidence"), std::round(double(span.confidence) * 1e4) / 1e4},
        };
        lines += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    }
    if (Status written = writeOutput(out, lines); !written) {
        printErr(tr("alam tag: %1").arg(written.error()));
        return IoError;
    }
    printErr(tr("Found %1 entities in %2 with %3.").arg(spans.size()).arg(in, loaded->modelName));
    return Ok;
}

}  // namespace

int runTag(const QStringList& arguments) { return TagCommand::run(arguments); }

}  // namespace alam::cli
