#pragma once
// Common Arabic words from Debian's hunspell-ar dictionary: tells a common word from an unknown
// one (foreign names such as ترامب are unknown to it). Lookups are slow, so each word type is
// looked up once and remembered. Thread-safe.
// Tried and left out: a second opinion from Debian's aspell-ar-large (libaspell), both verdicts
// together as a feature of the token and its neighbours. Of the first 5/6's word types unknown to
// hunspell-ar, 68 % of those aspell-ar-large does not know either are names, 31 % of those it
// knows; mean CV over 3 seeds 80.22 against 80.11 (higher for each), but with the و edge weights
// (viterbi.h) on every move: 80.27 against 80.37; on moves between names, with the verdicts of
// `aspell list`: 80.51 (80.52 / 80.65 / 80.36) against 80.35 and held-out 77.41 against 77.73,
// but through libaspell itself (aspell_speller_check, which judges tokens with digits or Latin
// letters too): 80.22 (80.00 / 80.44 / 80.21).
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringView>
#include <memory>
#include <mutex>

class Hunspell;

namespace alam::ner {

class Dictionary final {
    Q_DECLARE_TR_FUNCTIONS(alam::ner::Dictionary)
public:
    ~Dictionary();
    Q_DISABLE_COPY_MOVE(Dictionary)

    static QString defaultAffPath();  // /usr/share/hunspell/ar.aff
    static QString defaultDicPath();
    static Result<std::shared_ptr<Dictionary>> load(const QString& affPath, const QString& dicPath);
    static Result<std::shared_ptr<Dictionary>> loadDefault();
    // A dictionary that knows no word (when hunspell-ar is missing; tagging still works, less well).
    static std::shared_ptr<Dictionary> none();

    bool isKnown(QStringView word) const;
    bool isNone() const { return !m_hunspell; }

    // What ar.dic itself says of a stem (in the matching form): the affix classes (AF numbers)
    // of its entries and the part of the file they stand in (stop words, tools, the name lists
    // of continents, countries, capitals and people, noun and adjective kinds, verbs), as
    // small numbers for features. Empty when the stem is no entry. Read once, on first use.
    QList<quint32> entryClasses(const QString& stem) const;

private:
    Dictionary() = default;

    std::unique_ptr<Hunspell> m_hunspell;
    mutable std::mutex m_mutex;
    mutable QHash<QString, bool> m_cache;
    QString m_dicPath;
    mutable std::once_flag m_entriesRead;
    mutable QHash<QString, QList<quint32>> m_entries;
};

}  // namespace alam::ner
