#pragma once
// Shared by the review tests: a real SQLite file in a temporary folder and a short Arabic news
// article (written for these tests) with the tagger's kind of suggestions on it.
#include "review/documentreview.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QSqlQuery>
#include <QTest>
#include <memory>

namespace alam::reviewtest {

using namespace Qt::Literals::StringLiterals;

// «Iraqi Prime Minister Mustafa al-Kadhimi received the US foreign minister in Baghdad. Kadhimi
// said relations between Baghdad and Washington are developing, and assured the American
// government that Iraq is committed to the partnership. The US president praised Kadhimi
// (بالكاظمي). The minister later visited Erbil.»
inline const QString kArticle =
    u"استقبل رئيس الوزراء العراقي مصطفى الكاظمي في بغداد وزير الخارجية الأمريكي. "
    "وقال الكاظمي إن العلاقات بين بغداد وواشنطن تشهد تطورا، وأكد للحكومة الأمريكية أن العراق "
    "ملتزم بالشراكة. وأشاد الرئيس الأمريكي بالكاظمي. وزار الوزير لاحقا أربيل."_s;

inline std::unique_ptr<Database> open(const QString& path)
{
    ConnectionOptions options;
    options.path = path;
    Result<std::unique_ptr<Database>> db = Database::open(options);
    if (!db) {
        qWarning().noquote() << "open failed:" << db.error();
        return nullptr;
    }
    return std::move(*db);
}

// Offset of the n-th (0-based) occurrence of `surface`.
inline int offsetOf(const QString& text, const QString& surface, int occurrence = 0)
{
    int at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = int(text.indexOf(surface, at + 1));
    return at;
}

inline Annotation suggestion(qint64 documentId, const QString& text, const QString& surface,
                             const QString& label, int occurrence = 0, double confidence = 0.8)
{
    Annotation a;
    a.documentId = documentId;
    a.start = offsetOf(text, surface, occurrence);
    a.end = a.start + int(surface.size());
    a.label = label;
    a.status = AnnotationStatus::Suggested;
    a.source = AnnotationSource::Model;
    a.confidence = confidence;
    a.annotator = u"tagger"_s;
    return a;
}

// The article with suggestions: «مصطفى الكاظمي» PERS, the first «بغداد» LOC, «واشنطن» (inside
// «وواشنطن») LOC, «العراق» wrongly ORG, «الأمريكي» wrongly PERS (to reject).
inline qint64 addArticle(Database& db, const QString& title = u"الكاظمي يستقبل وزير الخارجية"_s)
{
    Document document;
    document.title = title;
    document.text = kArticle;
    Result<qint64> id = DocumentStore(db).add(document);
    if (!id)
        return 0;
    Annotation washington = suggestion(*id, kArticle, u"واشنطن"_s, u"LOC"_s);
    const QList<Annotation> suggestions = {
        suggestion(*id, kArticle, u"مصطفى الكاظمي"_s, u"PERS"_s, 0, 0.93),
        suggestion(*id, kArticle, u"بغداد"_s, u"LOC"_s, 0, 0.97),
        washington,
        suggestion(*id, kArticle, u"العراق"_s, u"ORG"_s, 1, 0.55),
        suggestion(*id, kArticle, u"الأمريكي"_s, u"PERS"_s, 0, 0.41),
    };
    Result<QList<qint64>> added = AnnotationStore(db).addAll(suggestions);
    return added ? *id : 0;
}

template <typename R>
QByteArray whyOf(const R& result)
{
    return result.ok() ? QByteArray() : result.error().toUtf8();
}
#define why(result) alam::reviewtest::whyOf(result).constData()

// The annotation over `surface` (its n-th occurrence) as stored in the database.
inline std::optional<Annotation> storedAt(Database& db, qint64 documentId, const QString& text,
                                          const QString& surface, int occurrence = 0)
{
    const int start = offsetOf(text, surface, occurrence);
    const Result<QList<Annotation>> all = AnnotationStore(db).forDocument(documentId);
    if (!all)
        return std::nullopt;
    for (const Annotation& a : *all) {
        if (a.start == start && a.end == start + surface.size())
            return a;
    }
    return std::nullopt;
}

inline QString surfaceOf(const QString& text, const Annotation& a)
{
    return text.mid(a.start, a.end - a.start);
}

}  // namespace alam::reviewtest
