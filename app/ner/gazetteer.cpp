#include "ner/gazetteer.h"

#include "ner/hashing.h"
#include "text/matchingform.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace alam::ner {

GazetteerKeys GazetteerKeys::of(QStringView token)
{
    return of(MatchingForm::normalise(token), Clitics::analyse(token, 0, int(token.size())));
}

GazetteerKeys GazetteerKeys::of(const QString& form, const QList<CliticReading>& readings)
{
    GazetteerKeys keys;
    keys.form = hashText(form);
    keys.readings[0] = keys.form;
    keys.readingCount = 1;
    for (const CliticReading& reading : readings) {
        // Two-letter stems after a proclitic match too much by chance (بين → ب + ين).
        if (reading.proclitics.isEmpty() || reading.stem.size() < 3 || keys.readingCount == maxReadings)
            continue;
        keys.readings[keys.readingCount++] = hashText(reading.stem);
    }
    return keys;
}

Result<Gazetteer> Gazetteer::loadDefault() { return load(u":/ner/gazetteers"_s); }

Result<Gazetteer> Gazetteer::load(const QString& folder)
{
    const QString indexPath = folder + u"/index.txt"_s;
    QFile index(indexPath);
    if (!index.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the gazetteer index %1: %2").arg(indexPath, index.errorString())};
    Gazetteer gazetteer;
    int lineNumber = 0;
    const QString indexText = QString::fromUtf8(index.readAll());
    for (QStringView line : QStringView(indexText).split(u'\n')) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u' ', Qt::SkipEmptyParts);
        if (fields.size() != 2)
            return Error{tr("%1, line %2: expected `FILE CLASS`.").arg(indexPath).arg(lineNumber)};
        const QString listPath = folder + u'/' + fields[0];
        QFile list(listPath);
        if (!list.open(QIODevice::ReadOnly))
            return Error{tr("Cannot read the gazetteer %1: %2").arg(listPath, list.errorString())};
        const QString className = fields[1].toString();
        if (gazetteer.classId(className) < 0 && gazetteer.m_classes.size() == maxClasses)
            return Error{tr("%1, line %2: more than %3 classes.").arg(indexPath).arg(lineNumber).arg(maxClasses)};
        const QString listText = QString::fromUtf8(list.readAll());
        for (QStringView entry : QStringView(listText).split(u'\n')) {
            entry = entry.trimmed();
            if (!entry.isEmpty() && !entry.startsWith(u'#'))
                gazetteer.add(entry, className);
        }
    }
    return gazetteer;
}

void Gazetteer::add(QStringView entry, const QString& className)
{
    int id = classId(className);
    if (id < 0) {
        if (m_classes.size() == maxClasses)
            return;
        id = int(m_classes.size());
        m_classes.append(className);
        m_texts.append(QStringList());
        m_fingerprint = combine(m_fingerprint, hashText(className, 1));
    }
    const QList<QStringView> tokens = entry.split(u' ', Qt::SkipEmptyParts);
    if (tokens.isEmpty() || tokens.size() > maxTokens)
        return;
    quint64 first = hashText(MatchingForm::normalise(tokens.first()));
    quint64 sequence = first;
    for (qsizetype i = 1; i < tokens.size(); ++i)
        sequence = combine(sequence, hashText(MatchingForm::normalise(tokens.at(i))));
    if (!(m_entries.value(sequence) & (1u << id)))
        m_texts[id].append(tokens.size() == 1 ? tokens.first().toString() : entry.toString().simplified());
    m_entries[sequence] |= 1u << id;
    m_firstTokens[first] |= 1u << (tokens.size() - 1);
    m_firstClasses[first] |= 1u << id;
    m_fingerprint = combine(m_fingerprint, combine(sequence, quint64(id)));
}

QList<GazetteerMatch> Gazetteer::match(const GazetteerKeys* tokens, int count) const
{
    QList<GazetteerMatch> matches;
    if (m_entries.isEmpty())
        return matches;
    // For each class, the token where its last match ended (matches do not overlap).
    int coveredUntil[maxClasses] = {};
    for (int i = 0; i < count; ++i) {
        const GazetteerKeys& token = tokens[i];
        quint32 claimed = 0;  // classes matched at i already (by a longer entry)
        quint32 lengthsByReading[GazetteerKeys::maxReadings] = {};
        quint32 allLengths = 0;
        for (int r = 0; r < token.readingCount; ++r) {
            lengthsByReading[r] = m_firstTokens.value(token.readings[r]);
            allLengths |= lengthsByReading[r];
        }
        for (int lengthBit = maxTokens - 1; allLengths && lengthBit >= 0; --lengthBit) {
            const int length = lengthBit + 1;
            if (!(allLengths & (1u << lengthBit)) || i + length > count)
                continue;
            for (int r = 0; r < token.readingCount; ++r) {
                if (!(lengthsByReading[r] & (1u << lengthBit)))
                    continue;
                quint64 sequence = token.readings[r];
                for (int k = 1; k < length; ++k)
                    sequence = combine(sequence, tokens[i + k].form);
                const quint32 classes = m_entries.value(sequence) & ~claimed;
                for (int c = 0; classes && c < int(m_classes.size()); ++c) {
                    if (!(classes & (1u << c)) || coveredUntil[c] > i)
                        continue;
                    matches.append({i, i + length, c, r});
                    coveredUntil[c] = i + length;
                    claimed |= 1u << c;
                }
            }
        }
    }
    return matches;
}

quint32 Gazetteer::classMask(const QStringList& names) const
{
    quint32 mask = 0;
    for (const QString& name : names)
        if (const int id = classId(name); id >= 0)
            mask |= 1u << id;
    return mask;
}

quint32 Gazetteer::classesOfWord(const GazetteerKeys& token) const
{
    quint32 classes = 0;
    for (int r = 0; r < token.readingCount; ++r)
        classes |= m_entries.value(token.readings[r]);
    return classes;
}

}  // namespace alam::ner
