#pragma once
// Known names here are the words the model saw inside training entities whose stems were not
// also such words (so the ANERcorp token وإسرائيل does not count, إسرائيل does).
// Where a name starts inside its first token: spans never include an attached proclitic
// (in وواشنطن only واشنطن is the name), yet a name that merely begins with a letter that can
// be a proclitic stays whole (بغداد, وليد, لبنان).
#include "ner/gazetteer.h"
#include "ner/model.h"

#include <QStringView>

namespace alam::ner {

// The offset in text where the name in the token text[tokenStart, tokenEnd) begins. First by
// the entity gazetteers of `entityClasses`: a token that is an entry stays whole, else the least
// stripped reading whose stem is one is taken (وليبيا → ليبيا). Then the same by the words the
// model saw inside entities. Otherwise a stem that carries the article (والعراق → العراق);
// otherwise the whole token.
int nameStart(QStringView text, int tokenStart, int tokenEnd, const Model& model,
              const Gazetteer& gazetteer, quint32 entityClasses);

}  // namespace alam::ner
