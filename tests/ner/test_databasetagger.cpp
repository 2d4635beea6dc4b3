// Tagging a real SQLite database: suggestions are added to unreviewed documents only, decisions
// are never touched, re-running adds no duplicates, a rejected span never comes back, and the
// tagger's stale suggestions are replaced (or kept on request).
#include "ner/databasetagger.h"
#include "ner/suggestionplan.h"
#include "nertestutil.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace alam;
using namespace alam::nertest;

namespace {

// «The minister arrived in Baghdad today. Mohammed Ali said the delegation left Cairo.
//  The foreign ministry confirmed that the president is in Damascus.»
const QString kText = u"وصل الوزير إلى بغداد اليوم. وقال محمد علي إن الوفد غادر القاهرة. "
                      "أكدت وزارة الخارجية أن الرئيس في دمشق."_s;

QString describe(const Annotation& a)
{
    return u"%1 [%2,%3) %4 %5 %6 v%7 %8 %9"_s.arg(a.id)
        .arg(a.start)
        .arg(a.end)
        .arg(a.label, toString(a.status), toString(a.source))
        .arg(a.version)
        .arg(a.annotator, a.updatedAt.toString(Qt::ISODateWithMs));
}

QStringList decisionsOf(const QList<Annotation>& annotations)
{
    QStringList out;
    for (const Annotation& a : annotations)
        if (isDecision(a.status))
            out << describe(a);
    return out;
}

const Annotation* find(const QList<Annotation>& annotations, const QString& text, const QString& surface)
{
    for (const Annotation& a : annotations)
        if (spanText(text, a) == surface)
            return &a;
    return nullptr;
}

}  // namespace

class TestDatabaseTagger final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_tagger = tinyTagger();
        QVERIFY(m_tagger.has_value());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = Database::openSqlite(m_dir->filePath(u"alam.sqlite"_s));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db = std::move(db).value();
    }

    void planNeverTouchesDecisionsNorDuplicates()
    {
        const QString text = kText;
        QList<Annotation> existing = {
            annotationOf(1, text, u"بغداد"_s, u"LOC"_s, AnnotationStatus::Accepted),
            annotationOf(1, text, u"القاهرة"_s, u"LOC"_s, AnnotationStatus::Rejected),
            annotationOf(1, text, u"اليوم"_s, u"MISC"_s, AnnotationStatus::Suggested),  // stale
            annotationOf(1, text, u"دمشق"_s, u"LOC"_s, AnnotationStatus::Suggested),    // again
        };
        existing[2].id = 3;
        const QList<Annotation> proposed = {
            annotationOf(1, text, u"بغداد"_s, u"LOC"_s, AnnotationStatus::Suggested),   // same bounds as a decision
            annotationOf(1, text, u"إلى بغداد"_s, u"LOC"_s, AnnotationStatus::Suggested), // overlaps a decision
            annotationOf(1, text, u"القاهرة"_s, u"LOC"_s, AnnotationStatus::Suggested), // rejected before
            annotationOf(1, text, u"دمشق"_s, u"LOC"_s, AnnotationStatus::Suggested),    // proposed again
            annotationOf(1, text, u"محمد علي"_s, u"PERS"_s, AnnotationStatus::Suggested), // new
        };
        const ner::SuggestionPlan plan = ner::planSuggestions(proposed, existing, true);
        QCOMPARE(plan.add.size(), 1);
        QCOMPARE(spanText(text, plan.add.first()), u"محمد علي"_s);
        QCOMPARE(plan.kept, 1);
        QCOMPARE(plan.blocked, 3);
        QCOMPARE(plan.remove.size(), 1);
        QCOMPARE(plan.remove.first().id, 3);

        // Kept stale: nothing removed, and the stale span still blocks its own bounds.
        const ner::SuggestionPlan keeping = ner::planSuggestions(proposed, existing, false);
        QVERIFY(keeping.remove.isEmpty());
        QCOMPARE(keeping.add.size(), 1);
    }

    void taggingTwiceLeavesDecisionsAloneAndAddsNoDuplicates()
    {
        DocumentStore documents(*m_db);
        AnnotationStore annotations(*m_db);
        const auto id = documents.add(document(u"news"_s, kText));
        QVERIFY(id.ok());
        const auto reviewedId = documents.add(document(u"done"_s, kText + u" "_s));
        QVERIFY(reviewedId.ok());
        QVERIFY(documents.setStatus(*reviewedId, ReviewStatus::Reviewed, u"huda"_s).ok());

        ner::DatabaseTagger tagger(*m_db, *m_tagger);
        auto first = tagger.run();
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->documents, 1);  // the reviewed one is left alone
        QVERIFY(annotations.forDocument(*reviewedId)->isEmpty());
        QList<Annotation> stored = *annotations.forDocument(*id);
        QCOMPARE(first->added, int(stored.size()));
        for (const QString& name : {u"بغداد"_s, u"القاهرة"_s, u"دمشق"_s}) {
            const Annotation* found = find(stored, kText, name);
            QVERIFY2(found, qPrintable(name));
            QCOMPARE(found->label, u"LOC"_s);
            QCOMPARE(toString(found->status), toString(AnnotationStatus::Suggested));
            QCOMPARE(toString(found->source), toString(AnnotationSource::Model));
            QVERIFY(found->confidence > 0.0 && found->confidence <= 1.0);
        }

        // The analyst: accepts Baghdad, rejects Cairo, retypes Damascus, adds the minister.
        Annotation baghdad = *find(stored, kText, u"بغداد"_s);
        baghdad.status = AnnotationStatus::Accepted;
        QVERIFY(annotations.update(baghdad, u"huda"_s).ok());
        Annotation cairo = *find(stored, kText, u"القاهرة"_s);
        cairo.status = AnnotationStatus::Rejected;
        QVERIFY(annotations.update(cairo, u"huda"_s).ok());
        Annotation damascus = *find(stored, kText, u"دمشق"_s);
        damascus.status = AnnotationStatus::Edited;
        damascus.label = u"MISC"_s;
        QVERIFY(annotations.update(damascus, u"huda"_s).ok());
        QVERIFY(annotations.add(annotationOf(*id, kText, u"الوزير"_s, u"PERS"_s, AnnotationStatus::Manual)).ok());
        // An imported suggestion and a stale one of an older model run.
        Annotation imported = annotationOf(*id, kText, u"الرئيس"_s, u"PERS"_s, AnnotationStatus::Suggested);
        imported.source = AnnotationSource::Import;
        QVERIFY(annotations.add(imported).ok());
        QVERIFY(annotations.add(annotationOf(*id, kText, u"اليوم"_s, u"MISC"_s, AnnotationStatus::Suggested)).ok());
        QVERIFY(documents.setStatus(*id, ReviewStatus::InProgress, u"huda"_s).ok());

        const QStringList decisionsBefore = decisionsOf(*annotations.forDocument(*id));
        QCOMPARE(decisionsBefore.size(), 4);

        auto second = tagger.run();
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->documents, 1);  // in progress is not reviewed: tagged again
        QCOMPARE(second->removed, 1);    // the stale اليوم suggestion
        auto third = tagger.run();
        QVERIFY2(third.ok(), qPrintable(third.error()));
        QCOMPARE(third->added, 0);
        QCOMPARE(third->removed, 0);

        stored = *annotations.forDocument(*id);
        QCOMPARE(decisionsOf(stored), decisionsBefore);
        QSet<QPair<int, int>> bounds;
        for (const Annotation& a : stored) {
            QVERIFY2(!bounds.contains({a.start, a.end}), qPrintable(describe(a)));
            bounds.insert({a.start, a.end});
        }
        // The rejected Cairo is still the only annotation over Cairo; no suggestion overlaps a
        // standing decision; the imported suggestion stays and the stale one is gone.
        for (const Annotation& a : stored) {
            if (a.status != AnnotationStatus::Suggested)
                continue;
            for (const Annotation& d : stored)
                if (d.status != AnnotationStatus::Suggested && d.status != AnnotationStatus::Rejected)
                    QVERIFY2(a.end <= d.start || d.end <= a.start, qPrintable(describe(a) + u" / "_s + describe(d)));
            QVERIFY(spanText(kText, a) != u"القاهرة"_s);
        }
        QVERIFY(find(stored, kText, u"الرئيس"_s));
        QVERIFY(!find(stored, kText, u"اليوم"_s));
    }

    void keepStaleLeavesOlderSuggestions()
    {
        DocumentStore documents(*m_db);
        AnnotationStore annotations(*m_db);
        const auto id = documents.add(document(u"news"_s, kText));
        QVERIFY(id.ok());
        QVERIFY(annotations.add(annotationOf(*id, kText, u"اليوم"_s, u"MISC"_s, AnnotationStatus::Suggested)).ok());
        ner::DatabaseTagOptions options;
        options.replaceStale = false;
        options.batchDocuments = 1;
        auto report = ner::DatabaseTagger(*m_db, *m_tagger).run(options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->removed, 0);
        QVERIFY(find(*annotations.forDocument(*id), kText, u"اليوم"_s));
    }

    void manyDocumentsInSeveralBatchesWithProgress()
    {
        DocumentStore documents(*m_db);
        QList<qint64> ids;
        for (int i = 0; i < 23; ++i) {
            const auto id = documents.add(document(u"n%1"_s.arg(i), kText + u" "_s + QString::number(i)));
            QVERIFY(id.ok());
            ids << *id;
        }
        ner::DatabaseTagOptions options;
        options.batchDocuments = 5;
        QList<int> seen;
        options.progress = [&seen](int done, int total) {
            seen << done;
            return total == 23 && done < 15;  // cancel after the third batch
        };
        auto report = ner::DatabaseTagger(*m_db, *m_tagger).run(options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(seen, (QList<int>{5, 10, 15}));
        QVERIFY(report->cancelled);
        QCOMPARE(report->documents, 15);
        AnnotationStore annotations(*m_db);
        QVERIFY(!annotations.forDocument(ids.at(14))->isEmpty());
        QVERIFY(annotations.forDocument(ids.at(15))->isEmpty());

        // Only the named documents.
        options = {};
        options.documents = {ids.at(20)};
        report = ner::DatabaseTagger(*m_db, *m_tagger).run(options);
        QVERIFY(report.ok());
        QCOMPARE(report->documents, 1);
        QVERIFY(!annotations.forDocument(ids.at(20))->isEmpty());
        QVERIFY(annotations.forDocument(ids.at(19))->isEmpty());
    }

private:
    std::optional<ner::Tagger> m_tagger;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestDatabaseTagger)
#include "test_databasetagger.moc"
