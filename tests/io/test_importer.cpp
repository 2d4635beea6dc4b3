// The importer on a real SQLite file: formats by extension, duplicates across encodings, bad
// files reported without losing anything, a file vanishing mid-import, read-only databases,
// progress and cancel, and a failing file inside a batch that must not take others with it.
#include "iotestutil.h"

#include "io/importer.h"
#include "store/entitystore.h"
#include "store/historystore.h"
#include "store/sqlstatement.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::iotest;

namespace {

// «The Iraqi Council of Ministers held its regular session in Baghdad, chaired by ...»
const QString kSession = u"عقد مجلس الوزراء العراقي جلسته الاعتيادية في بغداد، برئاسة رئيس "
                         "الوزراء، وناقش الموازنة العامة للعام المقبل.\nوقرر المجلس تشكيل لجنة "
                         "لمتابعة المشاريع المتلكئة في المحافظات.\n"_s;
// «The Jordanian foreign minister arrived in Cairo for talks with his Egyptian counterpart.»
const QString kCairo = u"وصل وزير الخارجية الأردني إلى القاهرة لإجراء محادثات مع نظيره المصري.\n"_s;

int count(Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString failuresOf(const ImportReport& report)
{
    QStringList lines;
    for (const ImportFailure& f : report.failed)
        lines << f.message;
    return lines.join(u"\n"_s);
}

}  // namespace

class TestImporter final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = open(dbPath());
        QVERIFY(m_db);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void plainTextGetsTitleHashAndExactText()
    {
        const QString path = file(u"جلسة.txt"_s, kSession.toUtf8().replace("\n", "\r\n"));
        const ImportReport report = Importer(*m_db).run({path});
        QCOMPARE(report.imported, 1);
        QVERIFY(report.failed.isEmpty());
        const Document stored = *DocumentStore(*m_db).get(report.documentIds.first());
        QCOMPARE(stored.text, kSession);  // CRLF normalised, nothing else touched
        QCOMPARE(stored.title, kSession.section(u'\n', 0, 0));
        QCOMPARE(stored.sourcePath, path);
        QCOMPARE(stored.contentHash, DocumentStore::hashOf(kSession));
    }

    void longFirstLineTitleIsCutAtAWord()
    {
        QString text;
        while (text.size() < 400)
            text += u"وناقش المجلس الموازنة العامة "_s;
        const ImportReport report = Importer(*m_db).run({file(u"long.txt"_s, text.toUtf8())});
        QCOMPARE(report.imported, 1);
        const QString title = DocumentStore(*m_db).get(report.documentIds.first())->title;
        QVERIFY2(title.size() <= 121 && title.size() > 60, qPrintable(title));
        QVERIFY(title.endsWith(QChar(0x2026)));
        QVERIFY(text.startsWith(title.chopped(1)));
        QVERIFY(!title.chopped(1).endsWith(u' '));
    }

    void sameTextInAnyEncodingIsADuplicate()
    {
        const QByteArray cp1256 = encodeWithIcu(kCairo, "windows-1256");
        QVERIFY(!cp1256.isEmpty());
        QVERIFY(cp1256 != kCairo.toUtf8());  // really other bytes
        QByteArray utf16 = "\xFF\xFE";
        utf16.append(reinterpret_cast<const char*>(kCairo.utf16()), kCairo.size() * 2);

        const QStringList paths = {file(u"utf8.txt"_s, kCairo.toUtf8()),
                                   file(u"utf16.txt"_s, utf16),
                                   file(u"cp1256.txt"_s, cp1256),
                                   file(u"bom-crlf.txt"_s,
                                        "\xEF\xBB\xBF" + kCairo.toUtf8().replace("\n", "\r\n"))};
        const ImportReport report = Importer(*m_db).run(paths);
        QVERIFY2(report.failed.isEmpty(), qPrintable(failuresOf(report)));
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.duplicates.size(), 3);
        for (const ImportDuplicate& duplicate : report.duplicates)
            QCOMPARE(duplicate.existingId, report.documentIds.first());
        QCOMPARE(report.duplicates.at(1).path, paths.at(2));

        const ImportReport again = Importer(*m_db).run({paths.at(0)});
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.duplicates.size(), 1);
        QCOMPARE(*DocumentStore(*m_db).count(), 1);
    }

    void badFilesAreReportedAndLoseNothing()
    {
        const qint64 kept = storeReviewedDocument();
        const Document before = *DocumentStore(*m_db).get(kept);
        const int annotationsBefore = count(*m_db, u"annotations"_s);
        const int historyBefore = count(*m_db, u"history"_s);

        QByteArray invalidUtf8 = kSession.toUtf8();
        invalidUtf8.insert(20, "\xC3\x28\xFF");
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 37) % 256);
        const QStringList paths = {
            file(u"empty.txt"_s, ""),
            file(u"blank.txt"_s, " \n\t\n"),
            file(u"binary.txt"_s, binary),
            file(u"invalid.txt"_s, invalidUtf8),
            file(u"good.txt"_s, kCairo.toUtf8()),
            file(u"bad.conll"_s, u"بغداد B-LOC\nعمان X-LOC\n"_s.toUtf8()),
            file(u"bad.jsonl"_s, u"{\"text\": \"عمان\"}\n"
                                 "{\"text\": \"عمان\", \"label\": [[0, 9, \"LOC\"]]}\n"_s.toUtf8()),
            m_dir->filePath(u"missing.txt"_s),
            file(u"picture.png"_s, "\x89PNG"),
        };
        const ImportReport report = Importer(*m_db).run(paths);
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.files, paths.size());
        QCOMPARE(report.failed.size(), paths.size() - 1);
        QStringList messages;
        for (const ImportFailure& failure : report.failed)
            messages << failure.message;
        const auto said = [&](const QString& path, const QString& text) {
            for (const ImportFailure& failure : report.failed)
                if (failure.path == path)
                    return failure.message.contains(text);
            return false;
        };
        QVERIFY2(said(paths[0], u"empty.txt is empty"_s), qPrintable(failuresOf(report)));
        QVERIFY2(said(paths[1], u"blank.txt holds no text"_s), qPrintable(failuresOf(report)));
        QVERIFY2(said(paths[2], u"binary"_s), qPrintable(failuresOf(report)));
        QVERIFY2(said(paths[3], u"invalid.txt is not valid UTF-8"_s),
                 qPrintable(failuresOf(report)));
        QVERIFY2(said(paths[5], u"bad.conll, line 2"_s), qPrintable(failuresOf(report)));
        QVERIFY2(said(paths[6], u"bad.jsonl, line 2"_s), qPrintable(failuresOf(report)));
        QVERIFY2(said(paths[7], u"does not exist"_s), qPrintable(failuresOf(report)));
        QVERIFY2(said(paths[8], u"not a file type"_s), qPrintable(failuresOf(report)));

        // Nothing of the bad files, and the stored document exactly as it was.
        QCOMPARE(*DocumentStore(*m_db).count(), 2);
        const Document after = *DocumentStore(*m_db).get(kept);
        QCOMPARE(after.text, before.text);
        QCOMPARE(after.updatedAt, before.updatedAt);
        QCOMPARE(toString(after.status), u"reviewed"_s);
        QCOMPARE(count(*m_db, u"annotations"_s), annotationsBefore);
        QCOMPARE(count(*m_db, u"history"_s), historyBefore);
    }

    void twentyMegabyteArticleImports()
    {
        QString text;
        while (text.size() < (11 << 20))
            text += kSession;  // 11 M characters of Arabic: about 20 MB of UTF-8
        QVERIFY(text.toUtf8().size() > 20 << 20);
        const QString path = file(u"huge.txt"_s, text.toUtf8());
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = Importer(*m_db).run({path});
        QVERIFY2(report.failed.isEmpty(), qPrintable(failuresOf(report)));
        QCOMPARE(report.imported, 1);
        qInfo("a 20 MB article imported in %lld ms", qint64(timer.elapsed()));
        const Document stored = *DocumentStore(*m_db).get(report.documentIds.first());
        QCOMPARE(stored.text.size(), text.size());
        QCOMPARE(stored.contentHash, DocumentStore::hashOf(text));
    }

    void fileOverTheSizeLimitIsRefusedUnread()
    {
        QByteArray text;
        while (text.size() < 2 << 20)
            text += kSession.toUtf8();
        ImportOptions options;
        options.file.maxPlainTextBytes = 1 << 20;
        const ImportReport report = Importer(*m_db, options).run({file(u"big.txt"_s, text)});
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.failed.size(), 1);
        QVERIFY2(report.failed.first().message.startsWith(
                     u"big.txt is 2.0 MB; Alam imports files of up to 1.0 MB"_s),
                 qPrintable(report.failed.first().message));
    }

    void fileVanishingMidImportIsReported()
    {
        const QStringList paths = {file(u"a.txt"_s, kSession.toUtf8()),
                                   file(u"b.txt"_s, u"نص ثان عن بغداد"_s.toUtf8()),
                                   file(u"c.txt"_s, kCairo.toUtf8())};
        const ImportReport report =
            Importer(*m_db).run({m_dir->filePath(u"in"_s)}, [&](int done, int, const QString&) {
                if (done == 0)
                    QFile::remove(paths.at(1));  // listed, then gone before it is read
                return true;
            });
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.failed.size(), 1);
        QCOMPARE(report.failed.first().path, paths.at(1));
        QVERIFY2(report.failed.first().message.contains(u"no longer exists"_s),
                 qPrintable(report.failed.first().message));
    }

    void readOnlyDatabaseRefusesAndKeepsEverything()
    {
        storeReviewedDocument();
        m_db.reset();
        std::unique_ptr<Database> readOnly = open(dbPath(), true);
        QVERIFY(readOnly);
        const ImportReport report = Importer(*readOnly).run({file(u"a.txt"_s, kCairo.toUtf8())});
        QCOMPARE(report.imported, 0);
        QVERIFY2(report.stoppedReason.contains(u"read-only"_s), qPrintable(report.stoppedReason));
        readOnly.reset();
        m_db = open(dbPath());
        QCOMPARE(*DocumentStore(*m_db).count(), 1);
        QCOMPARE(count(*m_db, u"annotations"_s), 2);
    }

    void databaseRefusingWritesStopsTheImport()
    {
        // The database turns read-only mid-import (as a full disk or a file made read-only
        // would): SQLite's query_only answers every write with SQLITE_READONLY, even for root.
        const qint64 kept = storeReviewedDocument();
        const QStringList paths = {file(u"1.txt"_s, kCairo.toUtf8()),
                                   file(u"2.txt"_s, (kCairo + u"وعاد مساء."_s).toUtf8()),
                                   file(u"3.txt"_s, (kCairo + u"ثم غادر."_s).toUtf8())};
        ImportOptions options;
        options.documentsPerTransaction = 1;
        const ImportReport report =
            Importer(*m_db, options).run(paths, [&](int done, int, const QString&) {
                if (done == 1)  // 1.txt is committed
                    return m_db->executeOnce(u"PRAGMA query_only = ON"_s).ok();
                return true;
            });
        QVERIFY(!report.stoppedReason.isEmpty());
        QVERIFY2(report.stoppedReason.contains(dbPath()), qPrintable(report.stoppedReason));
        QVERIFY2(report.stoppedReason.contains(u"files not imported: 2"_s),
                 qPrintable(report.stoppedReason));
        QCOMPARE(report.imported, 1);
        // Only the file the database refused is reported as failed, by name; 3.txt was not
        // tried (and not reported as bad: nothing is wrong with it).
        QCOMPARE(report.failed.size(), 1);
        QCOMPARE(report.failed.first().path, paths.at(1));
        QVERIFY2(report.failed.first().message.contains(u"2.txt"_s), qPrintable(failuresOf(report)));

        QVERIFY(m_db->executeOnce(u"PRAGMA query_only = OFF"_s).ok());
        QCOMPARE(*DocumentStore(*m_db).count(), 2);  // nothing lost, nothing half-stored
        QCOMPARE(toString(DocumentStore(*m_db).get(kept)->status), toString(ReviewStatus::Reviewed));
        QCOMPARE(count(*m_db, u"annotations"_s), 2);
        QVERIFY(Importer(*m_db).run({paths.at(1), paths.at(2)}).failed.isEmpty());  // now it can
        QCOMPARE(*DocumentStore(*m_db).count(), 4);
    }

    void jsonlLineEndsAreNormalisedLikeText()
    {
        // The same article as a Windows .txt and as a JSONL line with "\r\n": one document,
        // and the JSONL offsets (code points of the text as written) follow the new line ends.
        const QString windows = u"وصل وزير الخارجية الأردني.\r\nوالتقى في القاهرة نظيره.\r\n"_s;
        const ImportReport text = Importer(*m_db).run({file(u"a.txt"_s, windows.toUtf8())});
        QCOMPARE(text.imported, 1);
        const int cairo = int(windows.indexOf(u"القاهرة"_s));
        const QByteArray line = u"{\"text\": \"%1\", \"label\": [[%2, %3, \"LOC\"]]}\n"_s
                                    .arg(QString(windows).replace(u"\r"_s, u"\\r"_s)
                                             .replace(u"\n"_s, u"\\n"_s))
                                    .arg(cairo)
                                    .arg(cairo + 7)
                                    .toUtf8();
        const ImportReport jsonl = Importer(*m_db).run({file(u"a.jsonl"_s, line)});
        QCOMPARE(jsonl.imported, 0);
        QCOMPARE(jsonl.duplicates.size(), 1);

        // Imported on its own, the text is stored with "\n" and the span still says القاهرة.
        QVERIFY(DocumentStore(*m_db).remove(text.documentIds.first()));
        const ImportReport alone = Importer(*m_db).run({m_dir->filePath(u"in/a.jsonl"_s)});
        QCOMPARE(alone.imported, 1);
        const Document stored = *DocumentStore(*m_db).get(alone.documentIds.first());
        QCOMPARE(stored.text, QString(windows).replace(u"\r\n"_s, u"\n"_s));
        const Annotation span = AnnotationStore(*m_db).forDocument(stored.id)->first();
        QCOMPARE(stored.text.mid(span.start, span.end - span.start), u"القاهرة"_s);
    }

    void progressCoversEveryFileAndCancelStops()
    {
        for (int i = 0; i < 5; ++i)
            file(u"n%1.txt"_s.arg(i), (kCairo + QString::number(i)).toUtf8());
        QList<int> seen;
        const ImportReport all = Importer(*m_db).run(
            {m_dir->filePath(u"in"_s)}, [&](int done, int total, const QString&) {
                if (total != 5)
                    return false;
                seen << done;
                return true;
            });
        QCOMPARE(all.imported, 5);
        QCOMPARE(seen, (QList<int>{0, 0, 1, 2, 3, 4, 5}));

        for (int i = 0; i < 5; ++i)
            file(u"m%1.txt"_s.arg(i), (kSession + QString::number(i)).toUtf8());
        const ImportReport cancelled = Importer(*m_db).run(
            {m_dir->filePath(u"in"_s)},
            [&](int done, int, const QString& current) {
                return done < 2 || !current.contains(u"/m"_s);  // stop at the third m file
            });
        QVERIFY(cancelled.cancelled);
        QCOMPARE(cancelled.imported, 2);  // m0, m1: what was handled before stays
        QCOMPARE(*DocumentStore(*m_db).count(), 7);
    }

    void folderTreeWithEveryFormat()
    {
        file(u"news/a.txt"_s, kSession.toUtf8());
        file(u"news/sub/b.conll"_s,
             u"-DOCSTART- O\n\nعمان S-LOC\n\n-DOCSTART- O\n\nبغداد B-LOC\n"_s.toUtf8());
        file(u"news/sub/c.jsonl"_s,
             u"{\"text\": \"زار الكاظمي القاهرة\", \"label\": [[4, 11, \"PER\"]]}\n"_s.toUtf8());
        file(u"news/brat/d.txt"_s, kCairo.toUtf8());
        file(u"news/brat/d.ann"_s, u"T1\tLOC 30 37\tالقاهرة\n"_s.toUtf8());
        file(u"news/brat/annotation.conf"_s, "[entities]\nLOC\n");
        file(u"news/.hidden.txt"_s, "\x00\x01", 2);
        file(u"news/cover.jpg"_s, "\xFF\xD8");
        const ImportReport report = Importer(*m_db).run({m_dir->filePath(u"in/news"_s)});
        QVERIFY2(report.failed.isEmpty(), qPrintable(failuresOf(report)));
        QCOMPARE(report.files, 4);
        QCOMPARE(report.imported, 5);
        QCOMPARE(report.annotations, 4);

        // PER (CoNLL-2003 and spaCy's name) is stored as Alam's PERS.
        Result<QList<Annotation>> all =
            AnnotationStore(*m_db).withStatus({AnnotationStatus::Accepted});
        QStringList labels;
        for (const Annotation& a : *all)
            labels << a.label;
        labels.sort();
        QCOMPARE(labels, (QStringList{u"LOC"_s, u"LOC"_s, u"LOC"_s, u"PERS"_s}));
    }

    void multiDocumentFileIsAllOrNothing()
    {
        const QString conll = u"-DOCSTART- O\n\nعمان S-LOC\n\n-DOCSTART- O\n\nبغداد B-LOC\n\n"
                              "-DOCSTART- O\n\nالقاهرة B-LOC\nجديدة\n"_s;
        const ImportReport report = Importer(*m_db).run({file(u"three.conll"_s, conll.toUtf8())});
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.failed.size(), 1);
        QVERIFY2(report.failed.first().message.contains(u"three.conll, line 12"_s),
                 qPrintable(report.failed.first().message));
        QCOMPARE(*DocumentStore(*m_db).count(), 0);
    }

    void duplicateInsideOneFileIsSkipped()
    {
        const QString line =
            u"{\"text\": \"وصل الوفد إلى عمان\", \"label\": [[14, 18, \"LOC\"]]}\n"_s;
        const ImportReport report =
            Importer(*m_db).run({file(u"twice.jsonl"_s, (line + line).toUtf8())});
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.duplicates.size(), 1);
        QCOMPARE(count(*m_db, u"annotations"_s), 1);
    }

    void failureInsideABatchTakesOnlyItsFile()
    {
        const int labelsBefore = count(*m_db, u"labels"_s);
        const auto jsonl = [](const QString& text, const QString& label) {
            return u"{\"text\": \"%1\", \"label\": [[0, 4, \"%2\"]]}\n"_s.arg(text, label).toUtf8();
        };
        const QStringList paths = {
            file(u"1.jsonl"_s, jsonl(u"عمان عاصمة الأردن"_s, u"LOC"_s)),
            file(u"2.jsonl"_s, jsonl(u"بغداد عاصمة العراق"_s, u"GPE"_s)),  // a new label: added
            file(u"3.jsonl"_s, jsonl(u"مصر بلد عربي"_s, u"BAD LABEL"_s)),  // refused by the store
            file(u"4.jsonl"_s, jsonl(u"تونس بلد عربي"_s, u"LOC"_s)),
        };
        const ImportReport report = Importer(*m_db).run(paths);
        QCOMPARE(report.imported, 3);
        QCOMPARE(report.failed.size(), 1);
        QCOMPARE(report.failed.first().path, paths.at(2));
        QVERIFY2(report.failed.first().message.startsWith(u"3.jsonl: "_s)
                     && report.failed.first().message.contains(u"BAD LABEL"_s),
                 qPrintable(report.failed.first().message));
        QCOMPARE(*DocumentStore(*m_db).count(), 3);
        QCOMPARE(count(*m_db, u"annotations"_s), 3);
        QCOMPARE(count(*m_db, u"labels"_s), labelsBefore + 1);
    }

    void entitiesAreLinkedOnceAndReused()
    {
        const qint64 existing =
            *EntityStore(*m_db).add(Entity{0, u"مصطفى الكاظمي"_s, u"PERS"_s, {}});
        // One mention per line, linked to an entity by the file's own entity id.
        const auto line = [](const QString& text, int start, int end, int entity,
                             const QString& name) {
            return u"{\"text\": \"%1\", \"entities\": [{\"start_offset\": %2, \"end_offset\": %3, "
                   "\"label\": \"PERS\", \"entity_id\": %4, \"entity_name\": \"%5\"}]}\n"_s
                .arg(text, QString::number(start), QString::number(end), QString::number(entity),
                     name);
        };
        const QString jsonl = line(u"قال الكاظمي اليوم"_s, 4, 11, 1, u"مصطفى الكاظمي"_s)
                              + line(u"زار السوداني عمان"_s, 4, 12, 2, u"محمد شياع السوداني"_s)
                              + line(u"التقى السوداني الملك"_s, 6, 14, 2, u"محمد شياع السوداني"_s);
        const ImportReport report = Importer(*m_db).run({file(u"linked.jsonl"_s, jsonl.toUtf8())});
        QVERIFY2(report.failed.isEmpty(), qPrintable(failuresOf(report)));
        QCOMPARE(report.imported, 3);
        QCOMPARE(EntityStore(*m_db).all()->size(), 2);
        const QList<Annotation> first = *AnnotationStore(*m_db).forDocument(report.documentIds[0]);
        const QList<Annotation> second = *AnnotationStore(*m_db).forDocument(report.documentIds[1]);
        const QList<Annotation> third = *AnnotationStore(*m_db).forDocument(report.documentIds[2]);
        QCOMPARE(first.first().entityId, existing);
        QVERIFY(second.first().entityId != existing && second.first().entityId > 0);
        QCOMPARE(third.first().entityId, second.first().entityId);
    }

private:
    QString dbPath() const { return m_dir->filePath(u"alam.sqlite"_s); }

    // Writes under in/ (created); returns the path.
    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir->filePath(u"in/"_s + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!writeFile(path, bytes))
            qWarning("could not write %s", qPrintable(path));
        return path;
    }
    QString file(const QString& name, const char* bytes, int size)
    {
        return file(name, QByteArray(bytes, size));
    }

    qint64 storeReviewedDocument()
    {
        const qint64 id = *DocumentStore(*m_db).add(Document{0, u"جلسة"_s, {}, {}, kSession,
                                                             ReviewStatus::Reviewed, u"huda"_s,
                                                             {}, {}});
        Annotation a = annotation(spanOf(kSession, u"مجلس الوزراء العراقي"_s, u"ORG"_s));
        a.documentId = id;
        Annotation b = annotation(spanOf(kSession, u"بغداد"_s, u"LOC"_s));
        b.documentId = id;
        if (!AnnotationStore(*m_db).addAll({a, b}))
            qWarning("could not store annotations");
        return id;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestImporter)
#include "test_importer.moc"
