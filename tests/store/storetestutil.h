#pragma once
// Shared by the store tests: a real SQLite file in a temporary folder, and documents and
// annotations made from real Arabic news sentences.
#include "store/annotationstore.h"
#include "common/testdatabase.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QSqlQuery>
#include <QTest>
#include <memory>

namespace alam::storetest {

using namespace Qt::Literals::StringLiterals;

inline std::unique_ptr<Database> open(const QString& path, bool readOnly = false)
{
    return test::openDatabase(path, readOnly);
}

// «Iraqi Prime Minister Mustafa al-Kadhimi received in Baghdad ...»
inline const QString kKadhimi =
    u"استقبل رئيس الوزراء العراقي مصطفى الكاظمي في بغداد وزير الخارجية الأردني أيمن الصفدي."_s;
// «The Arab League held an emergency meeting in Cairo.»
inline const QString kLeague = u"عقدت جامعة الدول العربية اجتماعا طارئا في القاهرة."_s;

inline Document document(const QString& title, const QString& text)
{
    Document d;
    d.title = title;
    d.sourcePath = u"/news/"_s + title + u".txt"_s;
    d.text = text;
    return d;
}

// The annotation over the first occurrence of `surface` in `text`.
inline Annotation annotationOf(qint64 documentId, const QString& text, const QString& surface,
                               const QString& label,
                               AnnotationStatus status = AnnotationStatus::Suggested)
{
    Annotation a;
    a.documentId = documentId;
    a.start = int(text.indexOf(surface));
    a.end = a.start + int(surface.size());
    a.label = label;
    a.status = status;
    a.source = status == AnnotationStatus::Suggested ? AnnotationSource::Model
                                                     : AnnotationSource::Analyst;
    a.confidence = status == AnnotationStatus::Suggested ? 0.75 : 1.0;
    a.annotator = status == AnnotationStatus::Suggested ? u"tagger"_s : u"huda"_s;
    return a;
}

// The message of a failed result, "" for a good one (Qt 6.4's QVERIFY2 builds its message
// even when the check passes, and Result<T>::error() is only for failed results).
template <typename R>
QByteArray whyOf(const R& result)
{
    return result.ok() ? QByteArray() : result.error().toUtf8();
}
#define why(result) alam::storetest::whyOf(result).constData()

// Rows of a table, counted with a plain query (what is really in the file).
inline int rowCount(Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

}  // namespace alam::storetest
