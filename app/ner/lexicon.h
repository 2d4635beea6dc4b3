#pragma once
// The knowledge the features read besides the words themselves: the gazetteers and trigger
// lists, and the dictionary of common words. Loaded once, shared read-only.
#include "ner/dictionary.h"
#include "ner/gazetteer.h"
#include "result.h"

#include <memory>

namespace alam::ner {

struct Lexicon {
    Gazetteer gazetteer;
    std::shared_ptr<Dictionary> dictionary = Dictionary::none();

    // The compiled-in gazetteers and Debian's hunspell-ar; fails when either is missing.
    static Result<std::shared_ptr<const Lexicon>> loadDefault();
    // The compiled-in gazetteers and the given dictionary (e.g. Dictionary::none()).
    static Result<std::shared_ptr<const Lexicon>> withDictionary(std::shared_ptr<Dictionary> dictionary);
};

}  // namespace alam::ner
