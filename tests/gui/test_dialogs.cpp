// The window's dialogs, driven as a person would (QTimer::singleShot(0, …) fills in the modal
// dialog and presses its button), and what each one then does: Import, Export, Tag and Train
// run their job in the background; files dropped on the window are imported; Settings
// switches the interface language; Link to entity offers the corpus's entities of the label.
#include "guitestutil.h"

#include "articleview.h"
#include "documentlist.h"
#include "documentlistmodel.h"
#include "entitylinkdialog.h"
#include "jobrunner.h"
#include "language.h"
#include "reviewcontroller.h"
#include "review/tagging.h"
#include "tagdialog.h"
#include "windowhost.h"

#include "ner/onlinelearner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::guitest;
using alam::reviewtest::kArticle;
using alam::reviewtest::storedAt;

namespace {

// Presses OK in the dialog now on screen, after `fill` has filled it in.
template <typename Fill>
void whenDialogOpens(QObject* context, Fill fill)
{
    QTimer::singleShot(0, context, [fill] {
        QWidget* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        fill(dialog);
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
        QVERIFY(ok && ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
}

void writeFile(const QString& path, const QString& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

// A few sentences of CoNLL (token and IOB2 label per line), written for these tests.
QString smallConll()
{
    const QStringList sentences = {
        u"قال/O مصطفى/B-PERS الكاظمي/I-PERS في/O بغداد/B-LOC"_s,
        u"زار/O الوزير/O واشنطن/B-LOC أمس/O"_s,
        u"أعلنت/O الأمم/B-ORG المتحدة/I-ORG خطة/O جديدة/O"_s,
    };
    QString conll;
    for (int copy = 0; copy < 8; ++copy) {
        for (const QString& sentence : sentences) {
            for (const QString& pair : sentence.split(u' '))
                conll += pair.section(u'/', 0, 0) + u' ' + pair.section(u'/', 1) + u'\n';
            conll += u'\n';
        }
    }
    return conll;
}

}  // namespace

class TestDialogs final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(m_dir.filePath(u"settings"_s));
    }

    void init()
    {
        QVERIFY(Language::apply(u"en"_s));
        m_path = m_dir.filePath(u"dialogs-%1.sqlite"_s.arg(++m_count));
        m_db = reviewtest::open(m_path);
        QVERIFY(m_db);
        m_documentId = reviewtest::addArticle(*m_db);
        QVERIFY(m_documentId > 0);
        m_window = shownWindow(*m_db);
        QVERIFY(m_window && m_window->openDocument(m_documentId));
    }
    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void importDialogImports()
    {
        const QString file = m_dir.filePath(u"import-%1.txt"_s.arg(m_count));
        writeFile(file, u"وفد عراقي في عمّان\n\nوصل وفد عراقي إلى عمّان أمس."_s);
        QSignalSpy finished(m_window->jobs(), &JobRunner::finished);
        whenDialogOpens(this, [file](QWidget* dialog) {
            auto* paths = dialog->findChild<QListWidget*>(u"importPaths"_s);
            QVERIFY(paths);
            paths->addItem(file);
        });
        QVERIFY(trigger(m_window->findChild<QAction*>(u"actionImport"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 20000);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(*DocumentStore(*m_db).count(), 2);
        QTRY_COMPARE(m_window->documentList()->model()->rowCount(), 2);
    }

    void droppedFilesAreImported()
    {
        const QString file = m_dir.filePath(u"dropped-%1.txt"_s.arg(m_count));
        writeFile(file, u"خبر من الموصل\n\nافتتح في الموصل جسر جديد."_s);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        const QPoint at(m_window->width() / 2, m_window->height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy finished(m_window->jobs(), &JobRunner::finished);
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 20000);
        QCOMPARE(*DocumentStore(*m_db).count(), 2);

        // Something that is not a file is not taken.
        QMimeData text;
        text.setText(u"just words"_s);
        QDragEnterEvent words(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &words);
        QVERIFY(!words.isAccepted());
    }

    void exportDialogExports()
    {
        const QString out = m_dir.filePath(u"export-%1.conll"_s.arg(m_count));
        QSignalSpy finished(m_window->jobs(), &JobRunner::finished);
        whenDialogOpens(this, [out](QWidget* dialog) {
            auto* path = dialog->findChild<QLineEdit*>(u"exportPath"_s);
            auto* all = dialog->findChild<QCheckBox*>(u"exportAllDocuments"_s);
            QVERIFY(path && all);
            path->setText(out);
            all->setChecked(true);
        });
        QVERIFY(m_window->controller()->accept());  // «مصطفى الكاظمي» becomes a decision
        QVERIFY(trigger(m_window->findChild<QAction*>(u"actionExport"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 20000);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        QVERIFY2(written.contains(u"مصطفى\tB-PERS"_s) || written.contains(u"مصطفى B-PERS"_s),
                 qPrintable(written.left(400)));
    }

    void tagDialogTagsTheOpenDocument()
    {
        const qint64 bare = addDocument(*m_db, u"bare"_s,
                                        u"قال رئيس الوزراء العراقي مصطفى الكاظمي في بغداد إن "
                                        "العراق يريد علاقات جيدة مع الولايات المتحدة."_s,
                                        false);
        QVERIFY(m_window->openDocument(bare));
        QCOMPARE(m_window->controller()->review()->annotations().size(), 0);
        QSignalSpy finished(m_window->jobs(), &JobRunner::finished);
        whenDialogOpens(this, [](QWidget* dialog) {
            auto* open = dialog->findChild<QRadioButton*>(u"tagOpenDocument"_s);
            QVERIFY(open && open->isEnabled() && open->isChecked());
        });
        QVERIFY(trigger(m_window->findChild<QAction*>(u"actionTag"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 60000);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        // Only the open document was tagged, and the window shows its new suggestions.
        QVERIFY(AnnotationStore(*m_db).forDocument(bare)->size() > 0);
        QTRY_VERIFY(m_window->controller()->review()->pendingCount() > 0);
        QCOMPARE(m_window->controller()->documentId(), bare);
    }

    void trainDialogTrainsOnTheBaseCorpus()
    {
        const QString conll = m_dir.filePath(u"base-%1.conll"_s.arg(m_count));
        writeFile(conll, smallConll());
        QVERIFY(m_window->controller()->acceptAllRemaining());
        QVERIFY(m_window->controller()->markReviewed());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->jobs()->isBusy(), 60000);  // the online update
        QSignalSpy finished(m_window->jobs(), &JobRunner::finished);
        QString warningWithoutBase;
        int epochs = 0;
        whenDialogOpens(this, [&, conll](QWidget* dialog) {
            auto* base = dialog->findChild<QLineEdit*>(u"trainBaseCorpus"_s);
            auto* passes = dialog->findChild<QSpinBox*>(u"trainEpochs"_s);
            auto* warning = dialog->findChild<QLabel*>(u"trainWarning"_s);
            QVERIFY(base && passes && warning);
            epochs = passes->value();
            base->clear();
            warningWithoutBase = warning->text();
            base->setText(conll);
            QVERIFY(warning->text().isEmpty());
            passes->setValue(2);
        });
        QVERIFY(trigger(m_window->findChild<QAction*>(u"actionTrain"_s)));
        // The shipped model's recipe by default, and a clear warning about one document alone.
        QCOMPARE(epochs, Tagging::recipeEpochs());
        QVERIFY2(warningWithoutBase.contains(u"1 reviewed document"_s), qPrintable(warningWithoutBase));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 120000);
        const QString message = finished.first().at(2).toString();
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(message));
        QVERIFY2(message.contains(u"1 reviewed document"_s), qPrintable(message));
        // What the tagger learned from the review is kept in the new model.
        QVERIFY2(message.contains(u"What it learned from 1 review"_s), qPrintable(message));
        QVERIFY(!message.contains(u"Warning"_s));
        QVERIFY(QFile::exists(ner::LearnedModel::pathFor(m_path)));
        QCOMPARE(QSettings().value(u"train/baseCorpus"_s).toString(), conll);
    }

    void trainingOnPostgresqlIsExplained()
    {
        // Where no model can be kept beside the database, the dialog says why and cannot start.
        TrainDialog dialog(3, false, m_window.get());
        auto* warning = dialog.findChild<QLabel*>(u"trainWarning"_s);
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(warning && buttons);
        QVERIFY(warning->text().contains(u"PostgreSQL"_s));
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(Tagging::keepsLearnedModel(*m_db));  // this one is SQLite
    }

    void settingsSwitchTheLanguage()
    {
        m_window.reset();
        WindowOptions options;
        options.databasePath = m_path;
        Result<std::unique_ptr<Database>> db = WindowHost::openDatabase(options);
        QVERIFY2(db, qPrintable(db.error()));
        WindowHost host(std::move(*db));
        host.show(u"en"_s);
        QVERIFY(QTest::qWaitForWindowExposed(host.window()));
        QVERIFY(!host.window()->isRightToLeft());
        whenDialogOpens(this, [](QWidget* dialog) {
            auto* language = dialog->findChild<QComboBox*>(u"settingsLanguage"_s);
            QVERIFY(language);
            const int arabic = language->findData(u"ar"_s);
            QVERIFY(arabic >= 0);
            language->setCurrentIndex(arabic);
        });
        QVERIFY(trigger(host.window()->findChild<QAction*>(u"actionSettings"_s)));
        QTRY_VERIFY(host.window() && host.window()->isVisible() && host.window()->isRightToLeft());
        QCOMPARE(Language::current(), u"ar"_s);
        QCOMPARE(QSettings().value(QLatin1StringView(Language::settingKey)).toString(), u"ar"_s);
        QVERIFY(host.window()->findChild<QAction*>(u"actionAccept"_s)->text() != u"&Accept"_s);
        QSettings().remove(QLatin1StringView(Language::settingKey));
    }

    void linkOffersTheCorpusEntities()
    {
        // An entity from another document: «مصطفى الكاظمي», accepted there.
        QVERIFY(m_window->controller()->accept());
        const qint64 kadhimi = storedAt(*m_db, m_documentId, kArticle, u"مصطفى الكاظمي"_s)->entityId;
        QVERIFY(kadhimi > 0);
        const QString text = u"وصل رئيس الحكومة إلى أربيل أمس."_s;
        const qint64 other = addDocument(*m_db, u"other"_s, text, false);
        QVERIFY(m_window->openDocument(other));
        // «رئيس الحكومة» added by hand: its own new entity.
        const int at = reviewtest::offsetOf(text, u"رئيس الحكومة"_s);
        QVERIFY(m_window->controller()->addFromSelection(at, at + 12, u"PERS"_s));
        const qint64 mention = m_window->controller()->currentId();
        QVERIFY(mention > 0);
        int offered = 0;
        QTimer::singleShot(0, this, [&offered, kadhimi] {
            auto* dialog = qobject_cast<EntityLinkDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* filter = dialog->findChild<QLineEdit*>(u"entityFilter"_s);
            auto* choices = dialog->findChild<QListWidget*>(u"entityChoices"_s);
            QVERIFY(filter && choices);
            // Typed without the alef's hamza and with ة for ه: the matching form finds it.
            filter->setText(u"كاظمي"_s);
            QTRY_VERIFY(choices->count() >= 1);
            offered = choices->count();
            QCOMPARE(dialog->chosenEntity(), kadhimi);
            filter->setText(u"لا أحد بهذا الاسم"_s);
            QTRY_COMPARE(choices->count(), 0);
            filter->setText(u"مصطفي"_s);  // ي for ى
            QTRY_COMPARE(dialog->chosenEntity(), kadhimi);
            dialog->accept();
        });
        QVERIFY(trigger(m_window->findChild<QAction*>(u"actionLinkTo"_s)));
        QVERIFY(offered >= 1);
        const Result<Annotation> linked = AnnotationStore(*m_db).get(mention);
        QVERIFY(linked);
        QCOMPARE(linked->entityId, kadhimi);
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_documentId = 0;
};

QTEST_MAIN(TestDialogs)
#include "test_dialogs.moc"
