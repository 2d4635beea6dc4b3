#pragma once
// Shared by the io tests: a real SQLite file in a temporary folder, files written as an editor
// would write them, and a news-style Arabic document with clitics, a Latin name and emoji.
#include "io/annotateddocument.h"
#include "store/annotationstore.h"
#include "common/legacyencoding.h"
#include "common/testdatabase.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QFile>
#include <QTest>


#include <algorithm>
#include <memory>

namespace alam::iotest {

using namespace Qt::Literals::StringLiterals;

inline std::unique_ptr<Database> open(const QString& path, bool readOnly = false)
{
    return test::openDatabase(path, readOnly);
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

using test::encodeWithIcu;

struct Span {
    int start = 0;
    int end = 0;
    QString label;
    friend bool operator==(const Span&, const Span&) = default;
};

inline char* toString(const Span& span)  // for QCOMPARE messages
{
    return qstrdup(QStringLiteral("[%1, %2) %3").arg(span.start).arg(span.end).arg(span.label)
                       .toUtf8().constData());
}

inline QList<Span> spansOf(QList<Annotation> annotations)
{
    std::sort(annotations.begin(), annotations.end(), [](const Annotation& a, const Annotation& b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    QList<Span> spans;
    for (const Annotation& a : annotations)
        spans.append(Span{a.start, a.end, a.label});
    return spans;
}

// The span over the n-th occurrence (0-based) of `surface`, optionally starting `skip` units in.
inline Span spanOf(const QString& text, const QString& surface, const QString& label,
                   int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(surface, at + 1);
    return Span{int(at), int(at + surface.size()), label};
}

inline Annotation annotation(const Span& span, AnnotationStatus status = AnnotationStatus::Accepted)
{
    Annotation a;
    a.start = span.start;
    a.end = span.end;
    a.label = span.label;
    a.status = status;
    a.source = AnnotationSource::Analyst;
    a.annotator = u"huda"_s;
    return a;
}

// «The Prime Minister's office announced that a delegation from Washington arrived in Baghdad.
// The spokesman 🙂 said that al-Kadhimi and Washington agreed to support the Iraqi government.
// A representative of Microsoft in Amman confirmed that the agreement covers 3 projects.»
// One sentence per line, spaced as CoNLL rebuilds it; clitics in «وواشنطن» and «للحكومة».
inline QString newsText()
{
    return u"أعلن مكتب رئيس الوزراء مصطفى الكاظمي أن وفدا من واشنطن وصل إلى بغداد.\n"
           "وقال المتحدث 🙂 إن الكاظمي وواشنطن اتفقا على تقديم الدعم للحكومة العراقية.\n"
           "وأكد ممثل شركة Microsoft في عمان أن الاتفاق يشمل 3 مشاريع."_s;
}

// The entities of newsText(): spans cover the name, not the attached و or ل.
inline QList<Span> newsSpans()
{
    const QString text = newsText();
    const Span washington2 = spanOf(text, u"وواشنطن"_s, u"LOC"_s);
    const Span government = spanOf(text, u"للحكومة العراقية"_s, u"ORG"_s);
    return {
        spanOf(text, u"مصطفى الكاظمي"_s, u"PERS"_s),
        spanOf(text, u"واشنطن"_s, u"LOC"_s),
        spanOf(text, u"بغداد"_s, u"LOC"_s),
        spanOf(text, u"الكاظمي"_s, u"PERS"_s, 1),
        Span{washington2.start + 1, washington2.end, u"LOC"_s},
        Span{government.start + 1, government.end, u"ORG"_s},
        spanOf(text, u"Microsoft"_s, u"ORG"_s),
        spanOf(text, u"عمان"_s, u"LOC"_s),
    };
}

inline AnnotatedDocument newsDocument()
{
    AnnotatedDocument document;
    document.document.title = u"وفد من واشنطن"_s;
    document.document.text = newsText();
    for (const Span& span : newsSpans())
        document.annotations.append(annotation(span));
    return document;
}

template <typename R>
QByteArray whyOf(const R& result)
{
    return result.ok() ? QByteArray() : result.error().toUtf8();
}
#define why(result) alam::iotest::whyOf(result).constData()

}  // namespace alam::iotest
