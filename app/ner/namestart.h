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

// The offset in text where the name in the token text[tokenStart, tokenEnd) begins. A token
// that is itself a known name stays whole; otherwise a reading
// that strips proclitics is taken when its stem is a known name (in an entity gazetteer of
// `entityClasses`, or a word the model saw inside entities), the most stripped such reading
// first; otherwise when the stem carries the article (والعراق → العراق); otherwise the whole
// token.
int nameStart(QStringView text, int tokenStart, int tokenEnd, const Model& model,
              const Gazetteer& gazetteer, quint32 entityClasses);

}  // namespace alam::ner
