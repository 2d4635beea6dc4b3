#include "ner/namestart.h"

#include "ner/hashing.h"
#include "text/clitics.h"

namespace alam::ner {

int nameStart(QStringView text, int tokenStart, int tokenEnd, const Model& model,
              const Gazetteer& gazetteer, quint32 entityClasses)
{
    const QList<CliticReading> readings = Clitics::analyse(text, tokenStart, tokenEnd);
    if (readings.isEmpty())
        return tokenStart;
    const auto inGazetteer = [&](const QString& stem) {
        return (gazetteer.classesStartingWith(hashText(stem)) & entityClasses) != 0;
    };
    const auto seenInTraining = [&](const QString& stem) { return model.isName(hashText(stem)); };
    // The gazetteers are asked before the names seen in training: ANERcorp labels whole tokens
    // (وليبيا is B-LOC there), so a token seen inside an entity may still carry a proclitic.
    // Among stripped readings the least stripped one that is a name wins (وواشنطن → واشنطن,
    // not اشنطن; ولبنان → لبنان, not بنان).
    const auto startBy = [&](const auto& isName) {
        if (isName(readings.first().stem))
            return tokenStart;
        for (const CliticReading& reading : readings)
            if (!reading.proclitics.isEmpty() && isName(reading.stem))
                return reading.stemStart;
        return -1;
    };
    if (const int start = startBy(inGazetteer); start >= 0)
        return start;
    if (const int start = startBy(seenInTraining); start >= 0)
        return start;
    for (const CliticReading& reading : readings)
        if (!reading.proclitics.isEmpty() && reading.hasArticle)
            return reading.stemStart;
    return tokenStart;
}

}  // namespace alam::ner
