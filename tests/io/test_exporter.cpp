// The exporter's choices (which documents, which statuses) and its promise: a failed or
// cancelled export leaves no half-written file and never touches the file already there.
#include "iotestutil.h"

#include "io/exporter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::iotest;

namespace {

// «The Arab League met in Cairo.» / «Al-Kadhimi received the Jordanian minister in Baghdad.»
const QString kLeague = u"اجتمعت جامعة الدول العربية في القاهرة."_s;
const QString kBaghdad = u"استقبل الكاظمي الوزير الأردني في بغداد."_s;

}  // namespace

class TestExporter final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = open(m_dir->filePath(u"alam.sqlite"_s));
        QVERIFY(m_db);
        m_reviewed = add(kLeague, ReviewStatus::Reviewed,
                         {{spanOf(kLeague, u"جامعة الدول العربية"_s, u"ORG"_s),
                           AnnotationStatus::Accepted},
                          {spanOf(kLeague, u"القاهرة"_s, u"LOC"_s), AnnotationStatus::Edited},
                          {spanOf(kLeague, u"اجتمعت"_s, u"MISC"_s), AnnotationStatus::Rejected}});
        m_pending = add(kBaghdad, ReviewStatus::New,
                        {{spanOf(kBaghdad, u"الكاظمي"_s, u"PERS"_s), AnnotationStatus::Manual},
                         {spanOf(kBaghdad, u"بغداد"_s, u"LOC"_s), AnnotationStatus::Suggested}});
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void defaultsAreReviewedDocumentsAndDecisions()
    {
        ExportOptions options;
        options.format = ExportFormat::Csv;
        options.outputPath = path(u"mentions.csv"_s);
        QList<int> progress;
        Result<ExportReport> report =
            Exporter(*m_db).run(options, [&](int done, int total, const QString&) {
                progress << done << total;
                return true;
            });
        QVERIFY2(report, why(report));
        QCOMPARE(report->documents, 1);
        QCOMPARE(report->annotations, 2);
        QCOMPARE(progress, (QList<int>{0, 1, 1, 1}));
        const QStringList rows = QString::fromUtf8(readFile(options.outputPath)).split(u"\r\n"_s);
        QCOMPARE(rows.size(), 4);  // header, two mentions, the empty rest after the last CRLF
        QVERIFY(rows[1].contains(u",جامعة الدول العربية,ORG,accepted,"_s));
        QVERIFY(rows[2].contains(u",القاهرة,LOC,edited,"_s));
    }

    void allDocumentsAndChosenStatuses()
    {
        ExportOptions options;
        options.format = ExportFormat::Jsonl;
        options.outputPath = path(u"all.jsonl"_s);
        options.allDocuments = true;
        options.statuses = {AnnotationStatus::Suggested, AnnotationStatus::Manual};
        Result<ExportReport> report = Exporter(*m_db).run(options);
        QVERIFY2(report, why(report));
        QCOMPARE(report->documents, 2);
        QCOMPARE(report->annotations, 2);
        const QList<QByteArray> lines = readFile(options.outputPath).split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[1].contains("\"status\":\"manual\""));
        QVERIFY(lines[1].contains("\"status\":\"suggested\""));
        QVERIFY(!lines[0].contains("\"start_offset\""));  // no suggestion in the first

        options.documentIds = {m_pending};
        options.outputPath = path(u"one.jsonl"_s);
        report = Exporter(*m_db).run(options);
        QVERIFY2(report, why(report));
        QCOMPARE(report->documents, 1);
    }

    void cancelledExportLeavesTheOldFileAlone()
    {
        const QString target = path(u"keep.conll"_s);
        QVERIFY(writeFile(target, "older export\n"));
        ExportOptions options;
        options.format = ExportFormat::ConllIob2;
        options.allDocuments = true;
        options.outputPath = target;
        Result<ExportReport> report =
            Exporter(*m_db).run(options, [](int done, int, const QString&) { return done < 1; });
        QVERIFY2(report, why(report));
        QVERIFY(report->cancelled);
        QCOMPARE(readFile(target), QByteArray("older export\n"));
        QCOMPARE(QDir(m_dir->filePath(u"out"_s)).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void failingExportSaysWhyAndWritesNothing()
    {
        ExportOptions options;
        options.format = ExportFormat::Jsonl;
        options.outputPath = m_dir->path();  // a folder, not a file
        Result<ExportReport> report = Exporter(*m_db).run(options);
        QVERIFY(!report);
        QVERIFY2(report.error().contains(u"is a folder"_s), qPrintable(report.error()));

        QVERIFY(writeFile(path(u"file"_s), "x"));
        options.format = ExportFormat::Brat;
        options.outputPath = path(u"file"_s);
        report = Exporter(*m_db).run(options);
        QVERIFY(!report);
        QVERIFY2(report.error().contains(u"is a file"_s), qPrintable(report.error()));
    }

    void bratFolderIsCreatedOrRefreshed()
    {
        ExportOptions options;
        options.format = ExportFormat::Brat;
        options.allDocuments = true;
        options.outputPath = path(u"brat"_s);
        Result<ExportReport> report = Exporter(*m_db).run(options);
        QVERIFY2(report, why(report));
        QDir folder(options.outputPath);
        QCOMPARE(folder.entryList(QDir::Files, QDir::Name),
                 (QStringList{u"annotation.conf"_s, u"doc-%1.ann"_s.arg(m_reviewed, 6, 10, QChar(u'0')),
                              u"doc-%1.txt"_s.arg(m_reviewed, 6, 10, QChar(u'0')),
                              u"doc-%1.ann"_s.arg(m_pending, 6, 10, QChar(u'0')),
                              u"doc-%1.txt"_s.arg(m_pending, 6, 10, QChar(u'0')),
                              u"visual.conf"_s}));
        QVERIFY(QFileInfo(options.outputPath).permissions() & QFile::ReadOther);

        // Again into the same folder: files replaced, a stranger's file left, no staging left.
        QVERIFY(writeFile(folder.filePath(u"notes.md"_s), "mine"));
        options.allDocuments = false;
        report = Exporter(*m_db).run(options);
        QVERIFY2(report, why(report));
        QCOMPARE(readFile(folder.filePath(u"notes.md"_s)), QByteArray("mine"));
        const QString ann = QString::fromUtf8(readFile(
            folder.filePath(u"doc-%1.ann"_s.arg(m_reviewed, 6, 10, QChar(u'0')))));
        QCOMPARE(ann, u"T1\tORG 7 26\tجامعة الدول العربية\nT2\tLOC 30 37\tالقاهرة\n"_s);
        QCOMPARE(QDir(m_dir->filePath(u"out"_s)).entryList(QDir::AllEntries | QDir::Hidden
                                                           | QDir::NoDotAndDotDot),
                 QStringList{u"brat"_s});
    }

    void formatNamesRoundTrip()
    {
        for (ExportFormat format : {ExportFormat::ConllIob2, ExportFormat::ConllBioes,
                                    ExportFormat::Jsonl, ExportFormat::Brat, ExportFormat::Csv})
            QCOMPARE(Exporter::formatFromName(Exporter::formatName(format)), format);
        QCOMPARE(Exporter::formatFromName(u"JSONL"_s), ExportFormat::Jsonl);
        QCOMPARE(Exporter::formatFromName(u"xml"_s), std::nullopt);
    }

private:
    QString path(const QString& name) const
    {
        QDir().mkpath(m_dir->filePath(u"out"_s));
        return m_dir->filePath(u"out/"_s + name);
    }

    qint64 add(const QString& text, ReviewStatus status,
               const QList<QPair<Span, AnnotationStatus>>& spans)
    {
        Document d;
        d.text = text;
        d.title = text.left(20);
        d.status = status;
        const qint64 id = *DocumentStore(*m_db).add(d);
        QList<Annotation> annotations;
        for (const auto& [span, annotationStatus] : spans) {
            Annotation a = annotation(span, annotationStatus);
            a.documentId = id;
            annotations << a;
        }
        if (!AnnotationStore(*m_db).addAll(annotations))
            qWarning("could not store annotations");
        return id;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_reviewed = 0;
    qint64 m_pending = 0;
};

QTEST_GUILESS_MAIN(TestExporter)
#include "test_exporter.moc"
