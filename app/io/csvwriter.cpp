#include "csvwriter.h"

#include "codepoints.h"

using namespace Qt::Literals::StringLiterals;

namespace alam {

QString CsvWriter::field(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
        && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray CsvWriter::row(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += field(fields[i]);
    }
    return (line + u"\r\n"_s).toUtf8();
}

QByteArray CsvWriter::header()
{
    return QByteArray("\xEF\xBB\xBF")
           + row({u"document_id"_s, u"title"_s, u"start"_s, u"end"_s, u"surface"_s, u"label"_s,
                  u"status"_s, u"source"_s, u"confidence"_s, u"entity_id"_s, u"entity_name"_s,
                  u"annotator"_s});
}

QByteArray CsvWriter::rows(const AnnotatedDocument& annotated)
{
    const Document& document = annotated.document;
    const CodePointMap map(document.text);
    QByteArray out;
    for (const Annotation& a : annotated.annotations) {
        const bool linked = a.entityId > 0;
        out += row({QString::number(document.id), document.title,
                    QString::number(map.toCodePoint(a.start)),
                    QString::number(map.toCodePoint(a.end)),
                    document.text.mid(a.start, a.end - a.start), a.label, toString(a.status),
                    toString(a.source), QString::number(a.confidence),
                    linked ? QString::number(a.entityId) : QString(),
                    linked ? annotated.entities.value(a.entityId).name : QString(),
                    a.annotator});
    }
    return out;
}

}  // namespace alam
