#pragma once
// Name lists and trigger lists (resources/ner/gazetteers): each list file holds one entry per
// line, a class per file (PERS, LOC, ORG, MISC, and context classes such as GIVEN, NAT,
// TITLE, ORGHEAD, LOCHEAD, TIME). Entries are compared in the matching form, token by token;
// the first token of a match may carry proclitics (وواشنطن matches واشنطن).
#include "result.h"
#include "text/clitics.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace alam::ner {

// What matching needs of one token, computed once per word type.
struct GazetteerKeys {
    static constexpr int maxReadings = 4;
    quint64 form = 0;                  // the whole token, matching form
    quint64 readings[maxReadings] = {};  // stems after each clitic reading (article kept)
    int readingCount = 0;

    static GazetteerKeys of(QStringView token);
    // From an analysis done already: the matching form and Clitics::analyse's readings.
    static GazetteerKeys of(const QString& form, const QList<CliticReading>& readings);
};

struct GazetteerMatch {
    int firstToken = 0;
    int lastToken = 0;  // exclusive
    int classId = 0;
    int reading = 0;    // the clitic reading of the first token that matched (0: whole token)
};

class Gazetteer final {
    Q_DECLARE_TR_FUNCTIONS(alam::ner::Gazetteer)
public:
    static constexpr int maxClasses = 32;
    static constexpr int maxTokens = 16;

    // `index.txt` in `folder` lists `FILE CLASS` per line; files are read relative to it.
    // Works for a resource folder (":/ner/gazetteers") and a plain one.
    static Result<Gazetteer> load(const QString& folder);
    static Result<Gazetteer> loadDefault();  // the lists compiled into the program

    // Adds one entry (tokens separated by spaces), creating the class when new.
    void add(QStringView entry, const QString& className);

    const QStringList& classes() const { return m_classes; }
    int classId(const QString& name) const { return int(m_classes.indexOf(name)); }
    int entryCount() const { return int(m_entries.size()); }
    // The entries of a class as written in the lists.
    QStringList entries(int classId) const { return m_texts.value(classId); }
    // Changes whenever an entry or class changes; a model records the one it was trained with.
    quint64 fingerprint() const { return m_fingerprint; }

    // Longest-first matches, independently per class, left to right without overlap.
    QList<GazetteerMatch> match(const GazetteerKeys* tokens, int count) const;
    // Classes of single-token entries the text (one token, any reading) belongs to, as a mask.
    quint32 classesOfWord(const GazetteerKeys& token) const;
    // Classes with an entry whose first token has this matching-form hash, as a mask.
    quint32 classesStartingWith(quint64 firstToken) const { return m_firstClasses.value(firstToken); }
    quint32 classMask(const QStringList& names) const;

private:
    QStringList m_classes;
    QList<QStringList> m_texts;             // per class, the entries as written
    QHash<quint64, quint32> m_entries;      // hash of the token sequence → class mask
    QHash<quint64, quint32> m_firstTokens;  // first token's hash → mask of entry lengths
    QHash<quint64, quint32> m_firstClasses; // first token's hash → mask of classes
    quint64 m_fingerprint = 0;
};

}  // namespace alam::ner
