#include "ner/lexicon.h"

namespace alam::ner {

Result<std::shared_ptr<const Lexicon>> Lexicon::loadDefault()
{
    auto dictionary = Dictionary::loadDefault();
    if (!dictionary)
        return Error{dictionary.error()};
    return withDictionary(std::move(dictionary).value());
}

Result<std::shared_ptr<const Lexicon>> Lexicon::withDictionary(std::shared_ptr<Dictionary> dictionary)
{
    auto gazetteer = Gazetteer::loadDefault();
    if (!gazetteer)
        return Error{gazetteer.error()};
    auto lexicon = std::make_shared<Lexicon>();
    lexicon->gazetteer = std::move(gazetteer).value();
    lexicon->dictionary = dictionary ? std::move(dictionary) : Dictionary::none();
    return std::shared_ptr<const Lexicon>(std::move(lexicon));
}

}  // namespace alam::ner
