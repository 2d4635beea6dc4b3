#pragma once
// What the tagger's commands share: loading the tagger named by --model and reading CoNLL
// input, each printing the reason and setting the exit code when it fails.
#include "ner/corpus.h"
#include "ner/taggerloader.h"

#include <QCoreApplication>
#include <optional>

namespace alam::cli {

class TaggerOption final {
    Q_DECLARE_TR_FUNCTIONS(alam::cli::TaggerOption)
public:
    // `modelPath` empty: the shipped model.
    static std::optional<ner::LoadedTagger> load(const QString& command, const QString& modelPath,
                                                 int* exitCode);
    // `modelPath` empty: the model learned beside the database, else the shipped one.
    static std::optional<ner::LoadedTagger> loadForDatabase(const QString& command, const QString& modelPath,
                                                            const QString& databasePath, int* exitCode);
    static std::optional<QList<ner::TaggedSentence>> readConll(const QString& command, const QString& path,
                                                               int* exitCode);
    // With the file's line layout (ner::ConllFile), for output that repeats it.
    static std::optional<ner::ConllFile> readConllFile(const QString& command, const QString& path, int* exitCode);
    static QString modelHelp();
};

}  // namespace alam::cli
