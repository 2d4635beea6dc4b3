#pragma once
// The states a model scores. IOB2 states are the tags themselves; BIOES states also tell the
// last word of a name (E) and a one-word name (S), so the model learns where names end.
// Decoded paths of states are turned into IOB2 tags for everything outside the model.
// BIOES numbering: 0 is O; type t has B at 1 + 4t, I at 2 + 4t, E at 3 + 4t and S at 4 + 4t.
#include <QList>
#include <QtGlobal>

namespace alam::ner {

enum class TagScheme : quint8 { Iob2 = 0, Bioes = 1 };

class StateSet final {
public:
    StateSet() = default;
    StateSet(TagScheme scheme, int types) : m_scheme(scheme), m_types(types) {}
    // The states of a model with `count` states.
    static StateSet ofCount(TagScheme scheme, int count);

    TagScheme scheme() const { return m_scheme; }
    int count() const { return 1 + (m_scheme == TagScheme::Bioes ? 4 : 2) * m_types; }

    bool allowedFirst(int state) const;
    bool allowed(int from, int to) const;
    bool allowedLast(int state) const;

    int tagOf(int state) const;  // the IOB2 tag
    // IOB2 tags (legal: I-X only after B-X or I-X) to states, and a legal path back to tags.
    // `states` may be `tags` itself: each state needs only its tag and the next one.
    void statesOf(const int* tags, int count, int* states) const;
    QList<int> statesOf(const QList<int>& tags) const;
    QList<int> tagsOf(const QList<int>& states) const;

private:
    int kindOf(int state) const;  // 0 O, 1 B, 2 I, 3 E, 4 S
    int typeOf(int state) const;

    TagScheme m_scheme = TagScheme::Iob2;
    int m_types = 0;
};

}  // namespace alam::ner
