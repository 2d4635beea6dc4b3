#include "ner/namestart.h"

#include "ner/hashing.h"
#include "text/clitics.h"

namespace alam::ner {

int nameStart(QStringView text, int tokenStart, int tokenEnd, const Model& model,
              const Gazetteer& gazetteer, quint32 entityClasses)
{
    const QList<CliticReading> readings = Clitics::analyse(text, tokenStart, tokenEnd);
    const auto isName = [&](const QString& stem) {
        const quint64 key = hashText(stem);
        return model.isName(key) || (gazetteer.classesStartingWith(key) & entityClasses);
    };
    if (readings.isEmpty() || isName(readings.first().stem))
        return tokenStart;
    for (qsizetype r = readings.size() - 1; r >= 0; --r)
        if (!readings[r].proclitics.isEmpty() && isName(readings[r].stem))
            return readings[r].stemStart;
    for (qsizetype r = 0; r < readings.size(); ++r)
        if (!readings[r].proclitics.isEmpty() && readings[r].hasArticle)
            return readings[r].stemStart;
    return tokenStart;
}

}  // namespace alam::ner
