#include "cli.h"
#include "command.h"
#include "commands.h"
#include "console.h"
#include "ner/evaluator.h"
#include "taggeroption.h"

namespace alam::cli {
namespace {

class EvalCommand final {
    Q_DECLARE_TR_FUNCTIONS(alam::cli::EvalCommand)
public:
    static int run(const QStringList& arguments);
};

int EvalCommand::run(const QStringList& arguments)
{
    CommandLine command(QStringLiteral("eval"),
                        tr("Score a tagger against gold CoNLL: precision, recall and F1 per type "
                           "and micro-averaged, printed exactly as conlleval.pl prints them. "
                           "Tags the gold file's tokens with --model (default: the shipped model), "
                           "or scores the labels of a file tagged already (--guess)."));
    QCommandLineParser& parser = command.parser();
    parser.addOption({QStringLiteral("gold"), tr("The gold CoNLL file (token LABEL per line)."), tr("FILE")});
    parser.addOption({QStringLiteral("guess"),
                      tr("A CoNLL file with the same tokens and the guessed labels, instead of tagging."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("model"), TaggerOption::modelHelp(), tr("MODEL")});
    parser.addOption({QStringLiteral("held-out-only"),
                      tr("Score only the last sixth of the sentences (the held-out part).")});
    int exitCode = Ok;
    if (!command.parse(arguments, &exitCode))
        return exitCode;
    const QString goldPath = parser.value(QStringLiteral("gold"));
    const QString guessPath = parser.value(QStringLiteral("guess"));
    if (goldPath.isEmpty()) {
        printErr(tr("alam eval: name the gold file with --gold FILE."));
        return UsageError;
    }
    if (!guessPath.isEmpty() && parser.isSet(QStringLiteral("model"))) {
        printErr(tr("alam eval: give either --guess or --model, not both."));
        return UsageError;
    }
    auto goldFile = TaggerOption::readConllFile(QStringLiteral("eval"), goldPath, &exitCode);
    if (!goldFile)
        return exitCode;
    QList<ner::TaggedSentence>* gold = &goldFile->sentences;
    QList<ner::ConllLine> layout = goldFile->layout;
    const bool heldOutOnly = parser.isSet(QStringLiteral("held-out-only"));
    if (heldOutOnly) {
        const ner::Split split = ner::splitLastPart(*gold, 6);
        layout = ner::layoutFrom(layout, split.train.size());
        *gold = split.heldOut;
    }

    QList<ner::TaggedSentence> guessed;
    if (guessPath.isEmpty()) {
        auto loaded = TaggerOption::load(QStringLiteral("eval"), parser.value(QStringLiteral("model")), &exitCode);
        if (!loaded)
            return exitCode;
        guessed = loaded->tagger.tagSentences(*gold);
    } else {
        auto read = TaggerOption::readConll(QStringLiteral("eval"), guessPath, &exitCode);
        if (!read)
            return exitCode;
        guessed = heldOutOnly ? ner::splitLastPart(*read, 6).heldOut : *read;
    }
    // Line for line as conlleval.pl scores `paste -d ' ' gold guess`.
    const auto evaluation = ner::Evaluator::evaluate(*gold, guessed, layout);
    if (!evaluation) {
        printErr(tr("alam eval: %1").arg(evaluation.error()));
        return IoError;
    }
    // conlleval's report ends with a newline of its own.
    QString report = evaluation->report();
    if (report.endsWith(u'\n'))
        report.chop(1);
    printOut(report);
    return Ok;
}

}  // namespace

int runEval(const QStringList& arguments) { return EvalCommand::run(arguments); }

}  // namespace alam::cli
