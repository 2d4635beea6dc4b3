#pragma once
// brat standoff: per document a .txt holding the exact text (UTF-8) and a .ann with one line
// per mention, `T1<TAB>LABEL start end<TAB>surface`, offsets in code points (brat counts
// Unicode characters). A span over a line break is written as fragments (`s e;s e`), as brat
// does. annotation.conf lists the entity types; visual.conf gives them their colours.
#include "annotateddocument.h"

#include <QByteArray>

namespace alam {

struct BratFiles {
    QByteArray text;         // the .txt
    QByteArray annotations;  // the .ann
};

class BratWriter final {
public:
    static BratFiles write(const AnnotatedDocument& document);
    static QByteArray annotationConf(const QList<Label>& labels);
    static QByteArray visualConf(const QList<Label>& labels);
    // Label names as brat accepts them (no white space).
    static QString typeName(const QString& label);
};

}  // namespace alam
