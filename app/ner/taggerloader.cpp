#include "ner/taggerloader.h"

#include "ner/lexicon.h"
#include "ner/onlinelearner.h"

#include <QFileInfo>

namespace alam::ner {

Result<LoadedTagger> TaggerLoader::load(const QString& modelPath)
{
    const QString path = modelPath.isEmpty() ? Model::defaultPath() : modelPath;
    auto model = Model::load(path);
    if (!model)
        return Error{model.error()};
    auto lexicon = Lexicon::loadDefault();
    if (!lexicon)
        return Error{lexicon.error()};
    auto tagger = Tagger::create(std::move(model).value(), std::move(lexicon).value());
    if (!tagger)
        return Error{tr("%1: %2").arg(path, tagger.error())};
    return LoadedTagger{std::move(tagger).value(),
                        modelPath.isEmpty() ? tr("the shipped model") : modelPath};
}

Result<LoadedTagger> TaggerLoader::loadForDatabase(const QString& modelPath,
                                                   const QString& databasePath)
{
    if (modelPath.isEmpty()) {
        const QString learned = LearnedModel::pathFor(databasePath);
        if (QFileInfo::exists(learned))
            return load(learned);
    }
    return load(modelPath);
}

}  // namespace alam::ner
