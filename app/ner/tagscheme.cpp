#include "ner/tagscheme.h"

#include "ner/labelset.h"

namespace alam::ner {

namespace {

enum Kind { Outside = 0, Begin, Inside, End, Single };

}  // namespace

StateSet StateSet::ofCount(TagScheme scheme, int count)
{
    return StateSet(scheme, std::max(0, count - 1) / (scheme == TagScheme::Bioes ? 4 : 2));
}

int StateSet::kindOf(int state) const
{
    if (state <= 0)
        return Outside;
    if (m_scheme == TagScheme::Iob2)
        return LabelSet::isBegin(state) ? Begin : Inside;
    return 1 + (state - 1) % 4;
}

int StateSet::typeOf(int state) const
{
    if (state <= 0)
        return -1;
    return m_scheme == TagScheme::Iob2 ? LabelSet::typeOfTag(state) : (state - 1) / 4;
}

bool StateSet::allowedFirst(int state) const
{
    const int kind = kindOf(state);
    return kind != Inside && kind != End;
}

bool StateSet::allowed(int from, int to) const
{
    if (m_scheme == TagScheme::Iob2)
        return LabelSet::allowed(from, to);
    const int kind = kindOf(to);
    const bool open = kindOf(from) == Begin || kindOf(from) == Inside;  // a name goes on
    if (kind == Inside || kind == End)
        return open && typeOf(from) == typeOf(to);
    return !open;
}

bool StateSet::allowedLast(int state) const
{
    if (m_scheme == TagScheme::Iob2)
        return true;
    const int kind = kindOf(state);
    return kind != Begin && kind != Inside;
}

int StateSet::tagOf(int state) const
{
    const int kind = kindOf(state);
    if (kind == Outside)
        return 0;
    const int type = typeOf(state);
    return kind == Begin || kind == Single ? LabelSet::beginTag(type) : LabelSet::insideTag(type);
}

void StateSet::statesOf(const int* tags, int count, int* states) const
{
    for (int i = 0; i < count; ++i) {
        const int tag = tags[i];
        if (m_scheme == TagScheme::Iob2 || tag <= 0) {
            states[i] = tag;
            continue;
        }
        const int type = LabelSet::typeOfTag(tag);
        const bool goesOn = i + 1 < count && tags[i + 1] == LabelSet::insideTag(type);
        const int kind = LabelSet::isBegin(tag) ? (goesOn ? Begin : Single) : (goesOn ? Inside : End);
        states[i] = 4 * type + kind;
    }
}

QList<int> StateSet::statesOf(const QList<int>& tags) const
{
    QList<int> out(tags.size());
    statesOf(tags.constData(), int(tags.size()), out.data());
    return out;
}

QList<int> StateSet::tagsOf(const QList<int>& states) const
{
    if (m_scheme == TagScheme::Iob2)
        return states;
    QList<int> out(states.size());
    for (qsizetype i = 0; i < states.size(); ++i)
        out[i] = tagOf(states[i]);
    return out;
}

}  // namespace alam::ner
