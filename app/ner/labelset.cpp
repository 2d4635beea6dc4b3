#include "ner/labelset.h"

using namespace Qt::Literals::StringLiterals;

namespace alam::ner {

LabelSet::LabelSet(QStringList types) : m_types(std::move(types)) {}

LabelSet LabelSet::anercorp() { return LabelSet({u"PERS"_s, u"LOC"_s, u"ORG"_s, u"MISC"_s}); }

QString LabelSet::tagName(int tag) const
{
    if (tag <= 0 || tag >= tagCount())
        return u"O"_s;
    return (isBegin(tag) ? u"B-"_s : u"I-"_s) + m_types.at(typeOfTag(tag));
}

int LabelSet::tagOf(QStringView name) const
{
    if (name == u"O")
        return 0;
    if (name.size() < 3 || name[1] != u'-')
        return -1;
    const int type = typeIndex(name.mid(2));
    if (type < 0)
        return -1;
    if (name[0] == u'B')
        return beginTag(type);
    if (name[0] == u'I')
        return insideTag(type);
    return -1;
}

bool LabelSet::allowed(int previousTag, int tag)
{
    if (!isInside(tag))
        return true;
    return previousTag > 0 && typeOfTag(previousTag) == typeOfTag(tag);
}

}  // namespace alam::ner
