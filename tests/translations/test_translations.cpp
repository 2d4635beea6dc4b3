// The committed catalogues against the current sources: every tr() string of app/ and ui/ has
// a finished Arabic translation, translations keep their placeholders and accelerators, the
// contexts lupdate sees are the ones tr() uses at run time, and the released .qm translates.
#include "tscatalogue.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace alam::tstest;

namespace {

const QString kSourceDir = QStringLiteral(ALAM_SOURCE_DIR);
constexpr int kArabicNumerusForms = 6;  // zero, one, two, few (3-10), many (11-99), other
// Forms of a numerus message that stand for one number each and may spell it out in words
// instead of %n ("اقتراحان", "one suggestion"): Arabic zero/one/two, English one.
constexpr int kArabicSingleNumberForms = 3;
constexpr int kEnglishSingleNumberForms = 1;

QString qtTool(const QString& name)
{
    for (const QString& dir :
        {QLibraryInfo::path(QLibraryInfo::BinariesPath), u"/usr/lib/qt6/bin"_s}) {
        const QFileInfo tool(dir + u'/' + name);
        if (tool.isExecutable())
            return tool.filePath();
    }
    return {};
}

// Runs a Qt tool; returns how it failed, or nothing when it succeeded.
QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (process.waitForFinished(300'000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0)
        return {};
    return u"%1 %2 failed (%3): %4"_s.arg(program, arguments.join(u' '), process.errorString(),
        QString::fromLocal8Bit(process.readAll()));
}

QString listed(const QStringList& problems, const QString& what)
{
    for (const QString& problem : problems)
        qInfo().noquote() << what << problem;
    constexpr qsizetype shown = 8;
    QString text = u"%1 %2:\n  "_s.arg(QString::number(problems.size()), what)
        + problems.first(qMin(shown, problems.size())).join(u"\n  "_s);
    if (problems.size() > shown)
        text += u"\n  … (all are listed above)"_s;
    return text;
}

QStringList placeholderProblems(const TsCatalogue& catalogue, int singleNumberForms)
{
    QStringList problems;
    for (const TsMessage& message : catalogue.messages) {
        if (!message.finished())
            continue;
        const QSet<QString> wanted = placeholdersOf(message.source);
        for (qsizetype i = 0; i < message.forms.size(); ++i) {
            QSet<QString> got = placeholdersOf(message.forms.at(i));
            if (message.numerus && i < singleNumberForms && wanted.contains(u"n"_s))
                got.insert(u"n"_s);
            if (got != wanted)
                problems << u"%1, form %2: «%3»"_s.arg(
                    message.describe(), QString::number(i), message.forms.at(i));
        }
    }
    return problems;
}

bool namesATranslatingClass(const QString& context, const QString& sources)
{
    const QString name = QRegularExpression::escape(context);
    const QString last = QRegularExpression::escape(context.section(u"::"_s, -1));
    const QRegularExpression declared(u"\\b(class|struct)\\s+%1\\b"
                                      "|Q_DECLARE_TR_FUNCTIONS\\(\\s*%2\\s*\\)"
                                      "|(translate|QT_TRANSLATE_N?_?NOOP3?)\\(\\s*\"%2\""_s
                                          .arg(last, name));
    return declared.match(sources).hasMatch();
}

}  // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_arabic = readTs(kSourceDir + u"/translations/alam_ar.ts"_s);
        QVERIFY2(m_arabic.error.isEmpty(), qPrintable(m_arabic.error));
        QCOMPARE(m_arabic.language, u"ar"_s);
        m_english = readTs(kSourceDir + u"/translations/alam_en.ts"_s);
        QVERIFY2(m_english.error.isEmpty(), qPrintable(m_english.error));
        QVERIFY(m_tmp.isValid());
    }

    // (a) What lupdate finds in the sources today must all be translated in alam_ar.ts.
    void everySourceStringHasAnArabicTranslation()
    {
        if (qtTool(u"lupdate"_s).isEmpty())
            QSKIP("lupdate is not installed (Debian package qt6-l10n-tools)");
        const TsCatalogue& current = currentSources();
        QVERIFY2(current.error.isEmpty(), qPrintable(current.error));
        QVERIFY2(
            current.messages.size() > 100, "lupdate found almost no tr() strings in app/ and ui/");
        QStringList missing;
        for (const TsMessage& message : current.messages) {
            const TsMessage* committed = m_arabic.find(message);
            if (!committed || !committed->finished())
                missing << message.describe();
            else if (message.numerus && committed->forms.size() != kArabicNumerusForms)
                missing << u"%1 (%2 numerus forms, Arabic needs %3)"_s.arg(message.describe(),
                    QString::number(committed->forms.size()), QString::number(kArabicNumerusForms));
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(listed(missing,
                u"tr() strings without a finished Arabic translation "
                "(run the update_translations target, then "
                "scripts/ts_fill.py)"_s)));
    }

    // (b) A translation that drops or invents %1 shows the wrong value, or a raw "%2".
    void translationsKeepTheirPlaceholders()
    {
        QStringList problems = placeholderProblems(m_arabic, kArabicSingleNumberForms);
        problems += placeholderProblems(m_english, kEnglishSingleNumberForms);
        QVERIFY2(problems.isEmpty(),
            qPrintable(
                listed(problems, u"translations whose placeholders differ from the source"_s)));
    }

    void menuTranslationsKeepTheirAccelerator()
    {
        QStringList problems;
        for (const TsMessage& message : m_arabic.messages) {
            if (!message.finished())
                continue;
            for (const QString& form : message.forms) {
                if (acceleratorsIn(form) != acceleratorsIn(message.source))
                    problems << message.describe() + u" → «"_s + form + u'»';
            }
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(listed(problems, u"translations that lose or add an & accelerator"_s)));
    }

    // lupdate files a tr() it cannot place (inside a macro, or a file-local tr() helper) under
    // the enclosing namespace; at run time tr() asks for the class, so it is never translated.
    void contextsNameTheClassesThatTranslate()
    {
        if (qtTool(u"lupdate"_s).isEmpty())
            QSKIP("lupdate is not installed (Debian package qt6-l10n-tools)");
        const TsCatalogue& current = currentSources();
        QVERIFY2(current.error.isEmpty(), qPrintable(current.error));
        const QString sources = allSourceText();
        QHash<QString, bool> known;  // context -> names a class or a translate() context
        QStringList strays;
        for (const TsMessage& message : current.messages) {
            auto it = known.constFind(message.context);
            if (it == known.cend())
                it = known.insert(message.context, namesATranslatingClass(message.context, sources));
            if (!*it)
                strays << message.describe();
        }
        QVERIFY2(strays.isEmpty(),
            qPrintable(listed(strays,
                u"strings lupdate files under a context that is no class, so tr() never finds "
                "their translation (call Class::tr() outside macros, or "
                "QCoreApplication::translate(\"alam::Class\", \"literal\"))"_s)));
    }

    // (c) The .qm that lrelease builds from the committed file, through a real QTranslator.
    void releasedArabicTranslates_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("action") << u"alam::ActionRecorder"_s << u"Accept"_s << -1 << u"قبول"_s;
        QTest::newRow("database") << u"alam::Database"_s << u"unknown database error"_s << -1
                                  << u"خطأ غير معروف في قاعدة البيانات"_s;
        QTest::newRow("accelerator") << u"alam::WindowActions"_s << u"&Undo"_s << -1 << u"&تراجع"_s;
        // Qt's Arabic rule picks one of six forms: 0, 1, 2, 3-10, 11-99, and 100-102 and so on.
        // (If ui/searchpanel.cpp rewords this string, pick another numerus string here.)
        const QString documents = u"%n document(s)"_s;
        const QString panel = u"alam::SearchPanel"_s;
        QTest::newRow("zero") << panel << documents << 0 << u"لا مستندات"_s;
        QTest::newRow("one") << panel << documents << 1 << u"مستند واحد"_s;
        QTest::newRow("two") << panel << documents << 2 << u"مستندان"_s;
        QTest::newRow("few") << panel << documents << 7 << u"7 مستندات"_s;
        QTest::newRow("many") << panel << documents << 11 << u"11 مستندًا"_s;
        QTest::newRow("hundred") << panel << documents << 100 << u"100 مستند"_s;
        QTest::newRow("few again") << panel << documents << 103 << u"103 مستندات"_s;
    }

    void releasedArabicTranslates()
    {
        if (qtTool(u"lrelease"_s).isEmpty())
            QSKIP("lrelease is not installed (Debian package qt6-l10n-tools)");
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QTranslator* translator = released(u"alam_ar"_s);
        QVERIFY(translator);
        QCOMPARE(translator->language(), u"ar"_s);
        QVERIFY(QCoreApplication::installTranslator(translator));
        const QByteArray contextBytes = context.toUtf8();
        const QByteArray sourceBytes = source.toUtf8();
        const QString got = QCoreApplication::translate(
            contextBytes.constData(), sourceBytes.constData(), nullptr, n);
        QCoreApplication::removeTranslator(translator);
        QCOMPARE(got, expected);
    }

    void releasedArabicLeavesUnknownStringsAlone()
    {
        if (qtTool(u"lrelease"_s).isEmpty())
            QSKIP("lrelease is not installed (Debian package qt6-l10n-tools)");
        QTranslator* translator = released(u"alam_ar"_s);
        QVERIFY(translator);
        QVERIFY(!translator->isEmpty());
        QCOMPARE(translator->translate("alam::Nowhere", "Not a message"), QString());
        QCOMPARE(translator->translate("alam::Database", "Not a message"), QString());
    }

    // alam_en.ts carries only the English plural forms; everything else falls back to the source.
    void releasedEnglishHasPluralForms()
    {
        if (qtTool(u"lrelease"_s).isEmpty())
            QSKIP("lrelease is not installed (Debian package qt6-l10n-tools)");
        QTranslator* translator = released(u"alam_en"_s);
        QVERIFY(translator);
        QVERIFY(QCoreApplication::installTranslator(translator));
        const QString one
            = QCoreApplication::translate("alam::SearchPanel", "%n document(s)", nullptr, 1);
        const QString many
            = QCoreApplication::translate("alam::SearchPanel", "%n document(s)", nullptr, 12);
        const QString plain
            = QCoreApplication::translate("alam::Database", "unknown database error");
        QCoreApplication::removeTranslator(translator);
        QCOMPARE(one, u"1 document"_s);
        QCOMPARE(many, u"12 documents"_s);
        QCOMPARE(plain, u"unknown database error"_s);
    }

private:
    // lupdate over app/ and ui/ into a temporary file; run once, shared by the tests.
    const TsCatalogue& currentSources()
    {
        if (m_current)
            return *m_current;
        const QString lupdate = qtTool(u"lupdate"_s);
        const QString ts = m_tmp.filePath(u"current.ts"_s);
        const QString error = run(lupdate,
            {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-recursive"_s, kSourceDir + u"/app"_s,
                kSourceDir + u"/ui"_s, u"-ts"_s, ts});
        m_current = error.isEmpty() ? readTs(ts) : TsCatalogue {};
        if (!error.isEmpty())
            m_current->error = error;
        return *m_current;
    }

    QTranslator* released(const QString& name)
    {
        if (QTranslator* done = m_released.value(name))
            return done;
        const QString lrelease = qtTool(u"lrelease"_s);
        const QString qm = m_tmp.filePath(name + u".qm"_s);
        const QString error
            = run(lrelease, {kSourceDir + u"/translations/"_s + name + u".ts"_s, u"-qm"_s, qm});
        if (!error.isEmpty()) {
            qWarning().noquote() << error;
            return nullptr;
        }
        auto* translator = new QTranslator(this);
        if (!translator->load(qm)) {
            qWarning().noquote() << "QTranslator cannot load" << qm;
            return nullptr;
        }
        m_released.insert(name, translator);
        return translator;
    }

    static QString allSourceText()
    {
        QString text;
        for (const QString& area : {u"/app"_s, u"/ui"_s}) {
            QDirIterator it(kSourceDir + area, {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly))
                    text += QString::fromUtf8(file.readAll()) + u'\n';
            }
        }
        return text;
    }

    QTemporaryDir m_tmp;
    TsCatalogue m_arabic;
    TsCatalogue m_english;
    std::optional<TsCatalogue> m_current;
    QHash<QString, QTranslator*> m_released;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
