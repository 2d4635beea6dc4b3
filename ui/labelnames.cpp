#include "labelnames.h"

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

struct ShippedLabel {
    const char* code;                    // also the source text of its short name
    const char16_t* storedDescription;   // as the store writes it (app/store/schema.cpp)
    const char* description;
};

const ShippedLabel kShipped[] = {
    {QT_TRANSLATE_NOOP("alam::LabelNames", "PERS"), u"Person",
     QT_TRANSLATE_NOOP("alam::LabelNames", "Person")},
    {QT_TRANSLATE_NOOP("alam::LabelNames", "LOC"), u"Location",
     QT_TRANSLATE_NOOP("alam::LabelNames", "Location")},
    {QT_TRANSLATE_NOOP("alam::LabelNames", "ORG"), u"Organisation",
     QT_TRANSLATE_NOOP("alam::LabelNames", "Organisation")},
    {QT_TRANSLATE_NOOP("alam::LabelNames", "MISC"), u"Miscellaneous",
     QT_TRANSLATE_NOOP("alam::LabelNames", "Other name (event, product, nationality…)")},
};

const ShippedLabel* shipped(const QString& code)
{
    for (const ShippedLabel& label : kShipped) {
        if (code == QLatin1StringView(label.code))
            return &label;
    }
    return nullptr;
}

}  // namespace

QString LabelNames::shortName(const QString& code)
{
    const ShippedLabel* label = shipped(code);
    return label ? tr(label->code) : code;
}

QString LabelNames::description(const QString& code, const QString& stored)
{
    const ShippedLabel* label = shipped(code);
    // A description the team changed is theirs, and is shown as it is.
    if (label && (stored.isEmpty() || stored == QStringView(label->storedDescription)))
        return tr(label->description);
    return stored.isEmpty() ? code : stored;
}

QString LabelNames::withCode(const QString& code)
{
    const QString shown = shortName(code);
    return shown == code ? code : shown + u" ("_s + isolated(code) + u')';
}

QString LabelNames::isolated(const QString& text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

}  // namespace alam
