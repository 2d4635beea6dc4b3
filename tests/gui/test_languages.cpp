// The interface language: Arabic mirrors the layout right to left and shows Arabic strings;
// English is left to right with English strings; switching in the running app makes the window
// again in the other language, on the same document.
#include "guitestutil.h"

#include "articleview.h"
#include "documentlist.h"
#include "language.h"
#include "reviewcontroller.h"
#include "windowhost.h"

#include <QApplication>
#include <QMenuBar>
#include <QProcess>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace alam;
using namespace alam::guitest;

namespace {

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* menu : window.menuBar()->actions())
        titles << menu->text();
    return titles;
}

bool hasArabicLetter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.script() == QChar::Script_Arabic; });
}

}  // namespace

class TestLanguages final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(m_dir.filePath(u"settings"_s));
        m_db = reviewtest::open(m_dir.filePath(u"languages.sqlite"_s));
        QVERIFY(m_db);
        m_documentId = reviewtest::addArticle(*m_db);
        QVERIFY(m_documentId > 0);
    }
    void cleanupTestCase() { m_db.reset(); }

    void arabicIsMirrored()
    {
        QVERIFY(Language::apply(u"ar"_s));  // the embedded alam_ar.qm loads
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        MainWindow window(*m_db, u"huda"_s);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDocument(m_documentId));
        QVERIFY(window.isRightToLeft());
        // Mirrored: the document list is on the right of the article.
        const auto* list = window.findChild<DocumentList*>(u"documentList"_s);
        const auto* article = window.findChild<ArticleView*>(u"articleView"_s);
        QVERIFY(list && article);
        QVERIFY(list->mapTo(&window, QPoint()).x() > article->mapTo(&window, QPoint()).x());

        const QString accept = QCoreApplication::translate("alam::WindowActions", "&Accept");
        if (accept == u"&Accept"_s)
            QSKIP("alam_ar.ts does not translate «&Accept» yet.");
        QVERIFY(hasArabicLetter(accept));
        QCOMPARE(window.findChild<QAction*>(u"actionAccept"_s)->text(), accept);
    }

    void englishIsLeftToRight()
    {
        QVERIFY(Language::apply(u"en"_s));
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        MainWindow window(*m_db, u"huda"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isRightToLeft());
        QCOMPARE(window.findChild<QAction*>(u"actionAccept"_s)->text(), u"&Accept"_s);
        QVERIFY(menuTitles(window).contains(u"&Review"_s));
        QVERIFY(window.openDocument(m_documentId));
        // The article stays right to left: it is Arabic whatever the interface.
        QCOMPARE(window.articleView()->document()->defaultTextOption().textDirection(),
                 Qt::RightToLeft);
    }

    void switchingInTheRunningApp()
    {
        // The host owns its own connection to the same file.
        WindowOptions options;
        options.databasePath = m_dir.filePath(u"languages.sqlite"_s);
        Result<std::unique_ptr<Database>> db = WindowHost::openDatabase(options);
        QVERIFY2(db, qPrintable(db.error()));
        WindowHost host(std::move(*db));
        host.show(u"ar"_s);
        QVERIFY(host.window());
        QVERIFY(QTest::qWaitForWindowExposed(host.window()));
        QVERIFY(host.window()->openDocument(m_documentId));
        QVERIFY(host.window()->isRightToLeft());

        host.show(u"en"_s);
        QTRY_VERIFY(host.window() && host.window()->isVisible());
        QVERIFY(!host.window()->isRightToLeft());
        QCOMPARE(Language::current(), u"en"_s);
        QVERIFY(menuTitles(*host.window()).contains(u"&File"_s));
        QCOMPARE(host.window()->controller()->documentId(), m_documentId);
    }

    void languageFollowsOptionThenSettingThenSystem()
    {
        QCOMPARE(Language::resolve(u"ar"_s), u"ar"_s);
        QCOMPARE(Language::resolve(u"en_GB"_s), u"en"_s);
        QSettings().setValue(QLatin1StringView(Language::settingKey), u"ar"_s);
        QCOMPARE(Language::resolve(), u"ar"_s);
        QCOMPARE(Language::resolve(u"en"_s), u"en"_s);
        QSettings().remove(QLatin1StringView(Language::settingKey));
        // With neither, the system's locale decides: systemLocaleChoosesTheWindow.
        QCOMPARE(WindowHost::parse({u"alam"_s, u"--lang"_s, u"ar"_s}).language, u"ar"_s);
    }

    // The real start of the app on a system in each language: a child process with that LANG
    // and no language chosen anywhere makes its window the way the app's start does.
    void systemLocaleChoosesTheWindow_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ar_IQ") << u"ar_IQ.UTF-8"_s << u"language=ar direction=rtl"_s;
        QTest::newRow("en_GB") << u"en_GB.UTF-8"_s << u"language=en direction=ltr"_s;
    }
    void systemLocaleChoosesTheWindow()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        if (qEnvironmentVariableIsSet("ALAM_LOCALE_CHILD"))
            QSKIP("This is the child.");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "LC_NUMERIC"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(u"LANG"_s, lang);
        environment.insert(u"ALAM_LOCALE_CHILD"_s, u"1"_s);
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QProcess child;
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {u"childReportsItsWindow"_s});
        QVERIFY(child.waitForFinished(60000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        QCOMPARE(child.exitCode(), 0);
        QVERIFY2(output.contains(u"ALAM-CHILD "_s + expected), qPrintable(output));
        const QString accept = output.section(u"accept="_s, 1).section(u'\n', 0, 0).trimmed();
        QCOMPARE(hasArabicLetter(accept), lang.startsWith(u"ar"_s));
    }
    void childReportsItsWindow()
    {
        if (!qEnvironmentVariableIsSet("ALAM_LOCALE_CHILD"))
            QSKIP("Run by systemLocaleChoosesTheWindow in a child process.");
        QSettings().remove(QLatin1StringView(Language::settingKey));
        const QString language = Language::resolve(WindowHost::parse({u"alam"_s}).language);
        QVERIFY(Language::apply(language));
        MainWindow window(*m_db, u"huda"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        std::printf("ALAM-CHILD language=%s direction=%s accept=%s\n", qPrintable(language),
                    window.isRightToLeft() ? "rtl" : "ltr",
                    window.findChild<QAction*>(u"actionAccept"_s)->text().toUtf8().constData());
        std::fflush(stdout);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_documentId = 0;
};

QTEST_MAIN(TestLanguages)
#include "test_languages.moc"
