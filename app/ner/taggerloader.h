#pragma once
// Which model a command tags with: the file it names, else (for a database) the model learned
// from that database's analysts when there is one, else the shipped model.
#include "ner/tagger.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace alam::ner {

struct LoadedTagger {
    Tagger tagger;
    QString modelName;  // the file, or "the shipped model", for messages
};

class TaggerLoader final {
    Q_DECLARE_TR_FUNCTIONS(alam::ner::TaggerLoader)
public:
    // `modelPath` empty: the shipped model.
    static Result<LoadedTagger> load(const QString& modelPath);
    // `modelPath` empty: LearnedModel::pathFor(databasePath) when it exists, else the shipped model.
    static Result<LoadedTagger> loadForDatabase(const QString& modelPath, const QString& databasePath);
};

}  // namespace alam::ner
