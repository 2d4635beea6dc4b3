#pragma once
// What the analyst reads for a label. The four shipped labels are translated at display, keyed
// by their code (PERS → «شخص»; in English the code itself), and their English descriptions in
// the database («Person») are replaced by the ui's own; a label the team added keeps its code
// and its description from the database.
#include "store/types.h"

#include <QCoreApplication>

namespace alam {

class LabelNames final {
    Q_DECLARE_TR_FUNCTIONS(alam::LabelNames)
public:
    // The short name for columns and menus: «شخص» in Arabic, «PERS» in English.
    static QString shortName(const QString& code);
    // The longer description for tooltips: «Person», «شخص (اسم علم لإنسان)» …
    static QString description(const QString& code, const QString& stored);
    static QString description(const Label& label) { return description(label.name, label.description); }
    // For menus: «شخص (PERS)» where the short name is translated, else the code.
    static QString withCode(const QString& code);
    // Left to right inside right-to-left text (LRI … PDI): «PERS», «97%».
    static QString isolated(const QString& text);
};

}  // namespace alam
