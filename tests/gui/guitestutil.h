#pragma once
// Shared by the GUI tests: settings kept in a temporary folder (never the analyst's), a real
// SQLite database, the seed articles from ../shared (skipped when missing) annotated with the
// names they mention, and small helpers to drive the window.
#include "../review/reviewtestutil.h"

#include "mainwindow.h"
#include "review/mentionmatcher.h"
#include "review/tokenindex.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace alam::guitest {

using namespace Qt::Literals::StringLiterals;
using reviewtest::kArticle;

// Settings go to `folder`, so a test never reads or changes the analyst's own.
inline void isolateSettings(const QString& folder)
{
    QCoreApplication::setOrganizationName(u"AlamTests"_s);
    QCoreApplication::setApplicationName(u"alam-gui-tests"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    QSettings().clear();
}

inline QString sharedDir()
{
    const QByteArray fromEnv = qgetenv("ALAM_SHARED_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(ALAM_SHARED_DIR) : QString::fromLocal8Bit(fromEnv);
}

// The seed articles' texts (empty when ../shared is not there).
inline QStringList seedArticles()
{
    const QDir seeds(sharedDir() + u"/seeds"_s);
    QStringList texts;
    for (const QString& name : seeds.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile file(seeds.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            texts << QString::fromUtf8(file.readAll());
    }
    return texts;
}

struct Name {
    QString text;
    QString label;
};

// Names these news articles mention, longest first (so «مصطفى الكاظمي» wins over «الكاظمي»).
inline const QList<Name>& knownNames()
{
    static const QList<Name> names = {
        {u"مصطفى الكاظمي"_s, u"PERS"_s}, {u"دونالد ترامب"_s, u"PERS"_s},
        {u"جو بايدن"_s, u"PERS"_s},      {u"الولايات المتحدة"_s, u"LOC"_s},
        {u"الاتحاد الأوربي"_s, u"ORG"_s}, {u"الكاظمي"_s, u"PERS"_s},
        {u"ترامب"_s, u"PERS"_s},          {u"بايدن"_s, u"PERS"_s},
        {u"العراق"_s, u"LOC"_s},          {u"بغداد"_s, u"LOC"_s},
        {u"واشنطن"_s, u"LOC"_s},          {u"تويتر"_s, u"ORG"_s},
        {u"داعش"_s, u"ORG"_s},
    };
    return names;
}

// Every mention of the known names (clitic-aware, never overlapping), in text order; every
// third one accepted, one in seven rejected, the rest suggested.
inline QList<Annotation> annotateNames(qint64 documentId, const QString& text)
{
    const TokenIndex index(text);
    QList<Annotation> found;
    for (const Name& name : knownNames()) {
        for (const TextSpan& span : MentionMatcher(name.text).findIn(index)) {
            const bool overlaps = std::any_of(found.cbegin(), found.cend(), [&](const Annotation& a) {
                return a.start < span.end && span.start < a.end;
            });
            if (overlaps)
                continue;
            Annotation a;
            a.documentId = documentId;
            a.start = span.start;
            a.end = span.end;
            a.label = name.label;
            a.source = AnnotationSource::Gazetteer;
            a.confidence = 0.5 + 0.05 * double(found.size() % 10);
            a.annotator = u"tagger"_s;
            found << a;
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Annotation& a, const Annotation& b) { return a.start < b.start; });
    for (qsizetype i = 0; i < found.size(); ++i) {
        found[i].status = i % 7 == 6   ? AnnotationStatus::Rejected
                          : i % 3 == 0 ? AnnotationStatus::Accepted
                                       : AnnotationStatus::Suggested;
    }
    return found;
}

inline qint64 addDocument(Database& db, const QString& title, const QString& text,
                          bool annotate = true)
{
    Document document;
    document.title = title;
    document.text = text;
    Result<qint64> id = DocumentStore(db).add(document);
    if (!id)
        return 0;
    if (annotate && !AnnotationStore(db).addAll(annotateNames(*id, text)))
        return 0;
    return *id;
}

// A review window on `db` at `size`, shown and exposed (nullptr if it never was).
inline std::unique_ptr<MainWindow> shownWindow(Database& db, QSize size = {1300, 800})
{
    auto window = std::make_unique<MainWindow>(db, u"huda"_s);
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

// The data rows of a test that runs in each interface language.
inline void languageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ar") << u"ar"_s;
    QTest::newRow("en") << u"en"_s;
}

// Triggers an action the way a person would, after checking it is there and enabled.
inline bool trigger(QAction* action)
{
    if (!action || !action->isEnabled())
        return false;
    action->trigger();
    return true;
}

}  // namespace alam::guitest
