// The document list and the entity panel models keep Qt's model contract
// (QAbstractItemModelTester) while rows are fetched page by page, filtered, and changed by
// review actions; the list fetches lazily.
#include "guitestutil.h"

#include "documentlistmodel.h"
#include "entitypanelmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::guitest;
using alam::reviewtest::offsetOf;

class TestModels final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(m_dir.filePath(u"settings"_s));
        m_db = reviewtest::open(m_dir.filePath(u"models.sqlite"_s));
        QVERIFY(m_db);
        m_documentId = reviewtest::addArticle(*m_db, u"الكاظمي في بغداد"_s);
        QVERIFY(m_documentId > 0);
        // 450 more short documents: three pages of the list.
        QVERIFY(m_db->transaction([&]() -> Status {
            for (int i = 0; i < 450; ++i) {
                Document document;
                document.title = u"خبر رقم %1"_s.arg(i);
                document.text = u"نص الخبر رقم %1 عن الاقتصاد."_s.arg(i);
                if (Result<qint64> id = DocumentStore(*m_db).add(document); !id)
                    return Error{id.error()};
            }
            return {};
        }));
    }
    void cleanupTestCase() { m_db.reset(); }

    void documentListFetchesLazily()
    {
        DocumentListModel model(*m_db);
        model.reload();
        QCOMPARE(model.rowCount(), DocumentListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * DocumentListModel::PageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 451);
        QVERIFY(!model.canFetchMore({}));

        const QModelIndex first = model.index(0, DocumentListModel::TitleColumn);
        QCOMPARE(first.data().toString(), u"الكاظمي في بغداد"_s);
        QCOMPARE(model.index(0, DocumentListModel::PendingColumn).data().toString(),
                 QString::number(5));
        QCOMPARE(first.data(DocumentListModel::DocumentIdRole).toLongLong(), m_documentId);

        // Filters: by label, by title text (in the matching form), by status.
        DocumentFilter byLabel;
        byLabel.label = u"ORG"_s;
        model.setFilter(byLabel);
        QCOMPARE(model.rowCount(), 1);
        DocumentFilter byText;
        byText.text = u"رقم 44"_s;
        model.setFilter(byText);
        QCOMPARE(model.rowCount(), 11);  // 44 and 440…449
        DocumentFilter reviewed;
        reviewed.status = ReviewStatus::Reviewed;
        model.setFilter(reviewed);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));

        // The same under the model tester (which fetches on its own while it checks).
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(byText);
        model.setFilter({});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 451);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        DocumentSummary summary;
        summary.id = m_documentId;
        summary.status = ReviewStatus::InProgress;
        summary.suggestedCount = 4;
        summary.entityCount = 1;
        model.updateSummary(summary);
        QCOMPARE(changed.size(), int(DocumentListModel::ColumnCount));  // cell by cell
        QCOMPARE(model.index(0, DocumentListModel::StatusColumn).data().toString(),
                 DocumentListModel::statusText(ReviewStatus::InProgress));
    }

    void entityPanelThroughActions_data()
    {
        QTest::addColumn<bool>("grouped");
        QTest::newRow("text order") << false;
        QTest::newRow("grouped by entity") << true;
    }
    void entityPanelThroughActions()
    {
        QFETCH(bool, grouped);
        Result<std::unique_ptr<DocumentReview>> review =
            DocumentReview::open(*m_db, m_documentId, u"huda"_s);
        QVERIFY2(review, why(review));
        EntityPanelModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGrouped(grouped);
        model.setReview(review->get());
        const int mentions = int((*review)->annotations().size());
        if (!grouped)
            QCOMPARE(model.rowCount(), mentions);

        DocumentReview& r = **review;
        const qint64 full = r.annotations().constFirst().id;
        const auto apply = [&](const Result<ReviewChange>& change) {
            QVERIFY2(change, why(change));
            model.applyChange(*change);
        };
        apply(r.accept(full));
        const int at = offsetOf(kArticle, u"الكاظمي"_s, 1);
        apply(r.addFromSelection(at, at + 7, u"PERS"_s));
        apply(r.reject(r.annotations().last().id));
        apply(r.remove(r.annotations().at(1).id));

        // «مصطفى الكاظمي» and «الكاظمي» are one person: one group with both.
        if (grouped) {
            const QModelIndex person = model.index(0, 0);
            QVERIFY(person.data(EntityPanelModel::IsGroupRole).toBool());
            bool found = false;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex group = model.index(row, 0);
                if (group.data(EntityPanelModel::EntityIdRole).toLongLong()
                    == r.find(full)->entityId) {
                    QVERIFY(model.rowCount(group) >= 2);
                    found = true;
                }
            }
            QVERIFY(found);
        } else {
            QCOMPARE(model.rowCount(), int(r.annotations().size()));
            const QModelIndex index = model.indexOfAnnotation(full, EntityPanelModel::StatusColumn);
            QVERIFY(index.isValid());
            QCOMPARE(model.annotationAt(index), full);
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_documentId = 0;
};

QTEST_MAIN(TestModels)
#include "test_models.moc"
