#include "taggeroption.h"

#include "cli.h"
#include "console.h"

namespace alam::cli {

namespace {

std::optional<ner::LoadedTagger> reported(const QString& command, Result<ner::LoadedTagger> loaded,
                                          int* exitCode)
{
    if (!loaded) {
        printErr(TaggerOption::tr("alam %1: cannot load the tagger: %2").arg(command, loaded.error()));
        *exitCode = IoError;
        return std::nullopt;
    }
    if (!loaded->tagger.matchesLexicon())
        printErr(TaggerOption::tr("alam %1: note: the gazetteers changed since %2 was trained; "
                                  "train it again for the best results.")
                     .arg(command, loaded->modelName));
    return std::move(loaded).value();
}

}  // namespace

std::optional<ner::LoadedTagger> TaggerOption::load(const QString& command, const QString& modelPath,
                                                    int* exitCode)
{
    return reported(command, ner::TaggerLoader::load(modelPath), exitCode);
}

std::optional<ner::LoadedTagger> TaggerOption::loadForDatabase(const QString& command,
                                                               const QString& modelPath,
                                                               const QString& databasePath, int* exitCode)
{
    return reported(command, ner::TaggerLoader::loadForDatabase(modelPath, databasePath), exitCode);
}

std::optional<QList<ner::TaggedSentence>> TaggerOption::readConll(const QString& command,
                                                                  const QString& path, int* exitCode)
{
    auto file = readConllFile(command, path, exitCode);
    if (!file)
        return std::nullopt;
    return std::move(file->sentences);
}

std::optional<ner::ConllFile> TaggerOption::readConllFile(const QString& command, const QString& path,
                                                          int* exitCode)
{
    auto file = ner::readConllFile(path);
    if (!file) {
        printErr(tr("alam %1: %2").arg(command, file.error()));
        *exitCode = IoError;
        return std::nullopt;
    }
    return std::move(file).value();
}

QString TaggerOption::modelHelp()
{
    return tr("The tagger model file (default: the shipped model).");
}

}  // namespace alam::cli
