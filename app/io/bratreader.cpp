#include "bratreader.h"

#include "codepoints.h"
#include "lineendmap.h"
#include "text/decoder.h"
#include "titles.h"

#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace alam {
namespace {

// The text exactly as brat sees it: strict UTF-8, the BOM kept as a character.
std::optional<QString> strictUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom
                                                     | QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

}  // namespace

Result<AnnotatedDocument> BratReader::read(const QByteArray& txt, const QByteArray& ann,
                                           const QString& txtName, const QString& annName)
{
    const QString txtFile = QFileInfo(txtName).fileName();
    const QString annFile = QFileInfo(annName).fileName();
    const std::optional<QString> raw = strictUtf8(txt);
    if (!raw)
        return Error{tr("%1 is not valid UTF-8, which brat requires.").arg(txtFile)};
    const std::optional<QString> annText = strictUtf8(ann);
    if (!annText)
        return Error{tr("%1 is not valid UTF-8, which brat requires.").arg(annFile)};

    const CodePointMap map(*raw);
    const LineEndMap normalisation(*raw, LineEndMap::Bom::Drop);
    AnnotatedDocument out;
    out.document.text = TextDecoder::normaliseLineEnds(*raw);
    if (out.document.text.startsWith(QChar(0xFEFF)))
        out.document.text.remove(0, 1);

    int lineNumber = 0;
    for (QStringView line : QStringView(*annText).tokenize(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!line.startsWith(u'T'))
            continue;  // relations, events, attributes, notes, blank lines
        const auto fail = [&](const QString& problem) {
            return Error{tr("%1, line %2: %3.")
                             .arg(annFile, QString::number(lineNumber), problem)};
        };
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() < 3)
            return fail(tr("a text annotation needs an id, a type with offsets, and its text, "
                           "separated by tabs"));
        const QStringView typeAndOffsets = fields[1];
        const auto space = typeAndOffsets.indexOf(u' ');
        if (space <= 0)
            return fail(tr("«%1» has no offsets").arg(typeAndOffsets));
        const QString label = typeAndOffsets.first(space).toString();

        int start = -1, end = -1;
        QStringList surfaces;
        for (QStringView fragment : typeAndOffsets.sliced(space + 1).split(u';')) {
            const QList<QStringView> bounds = fragment.trimmed().split(u' ');
            bool okStart = false, okEnd = false;
            const int s = bounds.size() == 2 ? bounds[0].toInt(&okStart) : -1;
            const int e = bounds.size() == 2 ? bounds[1].toInt(&okEnd) : -1;
            if (!okStart || !okEnd)
                return fail(tr("«%1» is not a pair of offsets").arg(fragment));
            const auto from = map.toUtf16(s), to = map.toUtf16(e);
            if (!from || !to)
                return fail(tr("the offsets %1 %2 lie outside the text of %3 characters")
                                .arg(QString::number(s), QString::number(e),
                                     QString::number(map.codePointLength())));
            if (s >= e)
                return fail(tr("the span %1 %2 does not end after it starts")
                                .arg(QString::number(s), QString::number(e)));
            surfaces.append(raw->sliced(*from, *to - *from));
            start = start < 0 ? *from : std::min(start, *from);
            end = std::max(end, *to);
        }
        const QString surface =
            line.sliced(fields[0].size() + fields[1].size() + 2).toString();  // may hold tabs
        if (surfaces.join(u' ') != surface)
            return fail(tr("the text at these offsets is «%1», not «%2»")
                            .arg(surfaces.join(u' '), surface));
        Annotation annotation;
        annotation.start = normalisation.map(start);
        annotation.end = normalisation.map(end);
        annotation.label = label;
        annotation.status = AnnotationStatus::Accepted;
        annotation.source = AnnotationSource::Import;
        out.annotations.append(annotation);
    }
    std::sort(out.annotations.begin(), out.annotations.end(),
              [](const Annotation& a, const Annotation& b) {
                  return a.start != b.start ? a.start < b.start : a.end < b.end;
              });
    out.document.title = titleFromText(out.document.text, txtFile);
    return out;
}

}  // namespace alam
