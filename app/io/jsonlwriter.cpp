#include "jsonlwriter.h"

#include "codepoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

// The direction most of the text reads in. QString::isRightToLeft looks at the first strong
// character only, which makes an Arabic article that opens with «BBC» left to right.
QString directionOf(QStringView text)
{
    qsizetype rightToLeft = 0, leftToRight = 0;
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirR:
        case QChar::DirAL: ++rightToLeft; break;
        case QChar::DirL: ++leftToRight; break;
        default: break;
        }
    }
    return leftToRight > rightToLeft ? u"ltr"_s : u"rtl"_s;  // the corpus is Arabic
}

}  // namespace

QByteArray JsonlWriter::write(const AnnotatedDocument& annotated)
{
    const Document& document = annotated.document;
    const CodePointMap map(document.text);
    QJsonArray labels, entities;
    for (const Annotation& a : annotated.annotations) {
        const int start = map.toCodePoint(a.start), end = map.toCodePoint(a.end);
        labels.append(QJsonArray{start, end, a.label});
        QJsonObject entity{
            {u"id"_s, a.id},
            {u"start_offset"_s, start},
            {u"end_offset"_s, end},
            {u"label"_s, a.label},
            {u"status"_s, toString(a.status)},
            {u"source"_s, toString(a.source)},
            {u"confidence"_s, a.confidence},
            {u"annotator"_s, a.annotator},
        };
        if (a.entityId > 0) {
            entity.insert(u"entity_id"_s, a.entityId);
            entity.insert(u"entity_name"_s, annotated.entities.value(a.entityId).name);
        }
        entities.append(entity);
    }
    const QJsonObject object{
        {u"id"_s, document.id},
        {u"title"_s, document.title},
        {u"text"_s, document.text},
        {u"label"_s, labels},
        {u"direction"_s, directionOf(document.text)},
        {u"status"_s, toString(document.status)},
        {u"reviewer"_s, document.reviewer},
        {u"entities"_s, entities},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

}  // namespace alam
