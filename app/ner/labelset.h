#pragma once
// The tag set of a model: entity types (default ANERcorp's PERS, LOC, ORG, MISC) in IOB2.
// Tag 0 is O; type t has B at 1 + 2t and I at 2 + 2t.
#include <QList>
#include <QString>
#include <QStringList>

namespace alam::ner {

class LabelSet final {
public:
    LabelSet() = default;
    explicit LabelSet(QStringList types);
    static LabelSet anercorp();  // PERS, LOC, ORG, MISC

    const QStringList& types() const { return m_types; }
    int tagCount() const { return 1 + 2 * int(m_types.size()); }
    QString tagName(int tag) const;  // "O", "B-PERS", ...
    // -1 for a tag this set does not hold (unknown type or malformed); "O" is 0.
    int tagOf(QStringView name) const;
    int typeIndex(QStringView type) const { return int(m_types.indexOf(type)); }
    static bool isBegin(int tag) { return tag > 0 && tag % 2 == 1; }
    static bool isInside(int tag) { return tag > 0 && tag % 2 == 0; }
    static int typeOfTag(int tag) { return tag > 0 ? (tag - 1) / 2 : -1; }
    static int beginTag(int type) { return 1 + 2 * type; }
    static int insideTag(int type) { return 2 + 2 * type; }
    // IOB2: I-X only after B-X or I-X (and never first).
    static bool allowed(int previousTag, int tag);
    static bool allowedFirst(int tag) { return !isInside(tag); }

    bool operator==(const LabelSet& other) const { return m_types == other.m_types; }

private:
    QStringList m_types;
};

}  // namespace alam::ner
