#include "bratwriter.h"

#include "codepoints.h"

using namespace Qt::Literals::StringLiterals;

namespace alam {

QString BratWriter::typeName(const QString& label)
{
    QString name = label.trimmed();
    for (QChar& c : name)
        if (c.isSpace())
            c = u'_';
    return name;
}

BratFiles BratWriter::write(const AnnotatedDocument& annotated)
{
    const QString& text = annotated.document.text;
    const QStringView view(text);
    const CodePointMap map(text);
    QString ann;
    int number = 0;
    for (const Annotation& a : annotated.annotations) {
        QStringList fragments, surfaces;
        int from = a.start;
        while (from < a.end) {
            int to = int(view.sliced(from, a.end - from).indexOf(u'\n'));
            to = to < 0 ? a.end : from + to;
            if (to > from) {
                fragments.append(QString::number(map.toCodePoint(from)) + u' '
                                 + QString::number(map.toCodePoint(to)));
                surfaces.append(view.sliced(from, to - from).toString());
            }
            from = to + 1;
        }
        if (fragments.isEmpty())
            continue;
        ann += u'T' + QString::number(++number) + u'\t' + typeName(a.label) + u' '
               + fragments.join(u';') + u'\t' + surfaces.join(u' ') + u'\n';
    }
    return BratFiles{text.toUtf8(), ann.toUtf8()};
}

QByteArray BratWriter::annotationConf(const QList<Label>& labels)
{
    QString conf = u"[entities]\n"_s;
    for (const Label& label : labels)
        conf += typeName(label.name) + u'\n';
    conf += u"\n[relations]\n\n[events]\n\n[attributes]\n"_s;
    return conf.toUtf8();
}

QByteArray BratWriter::visualConf(const QList<Label>& labels)
{
    QString conf = u"[labels]\n"_s;
    for (const Label& label : labels)
        conf += typeName(label.name) + u" | " + label.name + u'\n';
    conf += u"\n[drawing]\n"_s;
    for (const Label& label : labels)
        if (!label.colour.isEmpty())
            conf += typeName(label.name) + u"\tbgColor:" + label.colour + u'\n';
    return conf.toUtf8();
}

}  // namespace alam
