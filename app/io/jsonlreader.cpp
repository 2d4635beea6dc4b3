#include "jsonlreader.h"

#include "codepoints.h"
#include "lineendmap.h"
#include "text/decoder.h"
#include "titles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace alam {
namespace {

struct RawSpan {
    double start = 0, end = 0;
    QString label;
    QJsonObject extra;  // the entity object of the newer form, for status and links
};

std::optional<int> integral(double value)
{
    if (value != std::floor(value) || value < -1e9 || value > 1e9)
        return std::nullopt;
    return int(value);
}

// Reads the spans in either form; returns a problem sentence on failure.
QString rawSpans(const QJsonObject& object, QList<RawSpan>& out)
{
    if (object.contains(u"entities"_s)) {
        const QJsonValue entities = object.value(u"entities"_s);
        if (!entities.isArray())
            return JsonlReader::tr("\"entities\" is not a list");
        for (const QJsonValue& item : entities.toArray()) {
            const QJsonObject e = item.toObject();
            if (!item.isObject() || !e.value(u"start_offset"_s).isDouble()
                || !e.value(u"end_offset"_s).isDouble() || !e.value(u"label"_s).isString())
                return JsonlReader::tr("an entry of \"entities\" lacks start_offset, end_offset "
                                       "or label");
            out.append(RawSpan{e.value(u"start_offset"_s).toDouble(),
                               e.value(u"end_offset"_s).toDouble(),
                               e.value(u"label"_s).toString(), e});
        }
        return {};
    }
    const QString key = object.contains(u"label"_s) ? u"label"_s : u"labels"_s;
    if (!object.contains(key))
        return {};
    const QJsonValue labels = object.value(key);
    if (!labels.isArray())
        return JsonlReader::tr("\"%1\" is not a list").arg(key);
    for (const QJsonValue& item : labels.toArray()) {
        const QJsonArray span = item.toArray();
        if (!item.isArray() || span.size() != 3 || !span[0].isDouble() || !span[1].isDouble()
            || !span[2].isString())
            return JsonlReader::tr("an entry of \"%1\" is not [start, end, \"LABEL\"]").arg(key);
        out.append(RawSpan{span[0].toDouble(), span[1].toDouble(), span[2].toString(), {}});
    }
    return {};
}

// Turns one JSON object into a document; returns a problem sentence on failure.
QString toDocument(const QJsonObject& object, AnnotatedDocument& out)
{
    if (!object.value(u"text"_s).isString())
        return JsonlReader::tr("no \"text\" string");
    Document& document = out.document;
    // Offsets count the text as written; the stored text has its line ends normalised, as a
    // .txt import has, so the same article is the same document whichever way it came.
    const QString raw = object.value(u"text"_s).toString();
    document.text = TextDecoder::normaliseLineEnds(raw);
    document.title = object.value(u"title"_s).toString().trimmed();
    if (const QJsonValue status = object.value(u"status"_s); status.isString()) {
        const auto review = reviewStatusFromString(status.toString());
        if (!review)
            return JsonlReader::tr("the status «%1» is not new, in_progress or reviewed")
                .arg(status.toString());
        document.status = *review;
        document.reviewer = object.value(u"reviewer"_s).toString();
    }

    QList<RawSpan> spans;
    if (QString problem = rawSpans(object, spans); !problem.isEmpty())
        return problem;
    const CodePointMap map(raw);
    const LineEndMap lineEnds(raw);
    for (const RawSpan& span : spans) {
        const auto start = integral(span.start), end = integral(span.end);
        const auto from = start ? map.toUtf16(*start) : std::nullopt;
        const auto to = end ? map.toUtf16(*end) : std::nullopt;
        if (!from || !to)
            return JsonlReader::tr("the span [%1, %2) of «%3» lies outside the text of %4 "
                                   "characters")
                .arg(QString::number(span.start), QString::number(span.end), span.label,
                     QString::number(map.codePointLength()));
        if (*start >= *end)
            return JsonlReader::tr("the span [%1, %2) of «%3» does not end after it starts")
                .arg(QString::number(*start), QString::number(*end), span.label);
        if (span.label.trimmed().isEmpty())
            return JsonlReader::tr("the span [%1, %2) has no label")
                .arg(QString::number(*start), QString::number(*end));
        Annotation annotation;
        annotation.start = lineEnds.map(*from);
        annotation.end = lineEnds.map(*to);
        annotation.label = span.label;
        annotation.status = AnnotationStatus::Accepted;
        annotation.source = AnnotationSource::Import;
        if (const QJsonValue s = span.extra.value(u"status"_s); s.isString()) {
            const auto status = annotationStatusFromString(s.toString());
            if (!status)
                return JsonlReader::tr("the annotation status «%1» is unknown").arg(s.toString());
            annotation.status = *status;
        }
        annotation.annotator = span.extra.value(u"annotator"_s).toString();
        annotation.confidence = span.extra.value(u"confidence"_s).toDouble(1.0);
        const qint64 entityId = span.extra.value(u"entity_id"_s).toInteger();
        const QString entityName = span.extra.value(u"entity_name"_s).toString();
        if (entityId > 0 && !entityName.isEmpty()) {
            annotation.entityId = entityId;
            out.entities.insert(entityId, Entity{entityId, entityName, span.label, {}});
        }
        out.annotations.append(annotation);
    }
    std::sort(out.annotations.begin(), out.annotations.end(),
              [](const Annotation& a, const Annotation& b) {
                  return a.start != b.start ? a.start < b.start : a.end < b.end;
              });
    return {};
}

}  // namespace

Result<QList<AnnotatedDocument>> JsonlReader::read(QStringView text, const QString& sourceName)
{
    const QString displayName = QFileInfo(sourceName).fileName();
    QList<AnnotatedDocument> documents;
    int lineNumber = 0;
    for (QStringView line : text.tokenize(u'\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(line.toUtf8(), &parseError);
        QString problem;
        if (parseError.error != QJsonParseError::NoError)
            problem = tr("not valid JSON (%1 at position %2)")
                          .arg(parseError.errorString(), QString::number(parseError.offset + 1));
        else if (!json.isObject())
            problem = tr("not a JSON object");
        AnnotatedDocument document;
        if (problem.isEmpty())
            problem = toDocument(json.object(), document);
        if (!problem.isEmpty())
            return Error{tr("%1, line %2: %3.")
                             .arg(displayName, QString::number(lineNumber), problem)};
        if (document.document.title.isEmpty())
            document.document.title =
                titleFromText(document.document.text,
                              tr("%1, line %2").arg(displayName, QString::number(lineNumber)));
        documents.append(std::move(document));
    }
    if (documents.isEmpty())
        return Error{tr("%1 holds no documents.").arg(displayName)};
    return documents;
}

}  // namespace alam
