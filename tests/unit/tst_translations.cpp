// The shipped translations: each .qm loads from :/i18n and speaks its language, plural forms
// differ where the language has them, and the .ts sources hold nothing unfinished or stale,
// with every placeholder and accelerator of the English text kept.
#include "domain/valueformatter.h"
#include "export/csvoptions.h"
#include "settings/languagesetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QStringList kLanguages{QStringLiteral("cy"), QStringLiteral("fr"), QStringLiteral("es"),
                             QStringLiteral("ar")};

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:\\d|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

QStringList withoutCounts(QStringList list)
{
    list.removeIf([](const QString &p) { return p.endsWith(QLatin1Char('n')); });
    return list;
}

int accelerators(const QString &text)
{
    return int(text.count(QLatin1Char('&')) - 2 * text.count(QLatin1String("&&")));
}

QString tsPath(const QString &language)
{
    return QStringLiteral(SESSIONSCOPE_SOURCE_DIR "/translations/sessionscope_%1.ts").arg(language);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void eachQmLoadsAndSpeaksItsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("cancelled");
        QTest::newRow("cy") << "cy" << "&Ffeil" << "Cafodd y cais ei ganslo.";
        QTest::newRow("fr") << "fr" << "&Fichier" << "La requête a été annulée.";
        QTest::newRow("es") << "es" << "&Archivo" << "Se canceló la petición.";
        QTest::newRow("ar") << "ar" << "&ملف" << "أُلغي الطلب.";
    }

    void eachQmLoadsAndSpeaksItsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, cancelled);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/sessionscope_%1.qm").arg(language)));
        QCOMPARE(translator.language(), language);
        QCOMPARE(translator.translate("MainWindow", "&File"), file);
        QCOMPARE(translator.translate("ApiError", "The request was cancelled."), cancelled);
        // A handful from every floor: domain, net, live, export, ui.
        const std::pair<const char *, const char *> samples[] = {
            {"SessionStatus", "Completed"},
            {"Columns", "Pupil"},
            {"LiveStatus", "Live stopped — the API key was rejected"},
            {"Export", "Excel on this computer"},
            {"FilterBar", "Server filters"},
            {"PreferencesDialog", "&Language:"},
            {"WelcomePage", "Welcome to SessionScope"},
        };
        for (const auto &[context, source] : samples) {
            const QString text = translator.translate(context, source);
            QVERIFY2(!text.isEmpty() && text != QLatin1String(source), source);
        }
    }

    void pluralFormsFollowTheCount_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : kLanguages)
            QTest::newRow(qPrintable(language)) << language;
        QTest::newRow("en") << QStringLiteral("en"); // the sources say "session(s)"
    }

    void pluralFormsFollowTheCount()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/sessionscope_%1.qm").arg(language)));
        const char *source = "%Ln session(s), all loaded";
        const QString one = translator.translate("FetchStatusPanel", source, nullptr, 1);
        const QString five = translator.translate("FetchStatusPanel", source, nullptr, 5);
        QVERIFY(!one.isEmpty());
        QVERIFY(!five.isEmpty());
        QVERIFY2(one != five, qPrintable(one));
        QVERIFY(!five.contains(QLatin1String("(s)")));
        if (language == QLatin1String("en")) {
            QCOMPARE(one, QStringLiteral("%Ln session, all loaded"));
            QCOMPARE(five, QStringLiteral("%Ln sessions, all loaded"));
        }
        if (language == QLatin1String("ar")) { // one, two, a few (3–10) and many (11–99) differ
            const QString two = translator.translate("FetchStatusPanel", source, nullptr, 2);
            const QString eleven = translator.translate("FetchStatusPanel", source, nullptr, 11);
            QVERIFY(two != five && eleven != five && two != one);
        }
    }

    void installedLanguageFormatsAndTranslatesThroughTr()
    {
        LanguageSetup setup;
        QVERIFY(setup.apply(QStringLiteral("fr")));
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1\u202f234\u202f567"));
        QCOMPARE(QCoreApplication::translate("FetchStatusPanel", "%Ln session(s), all loaded", nullptr, 1234),
                 QStringLiteral("1\u202f234 sessions, toutes chargées"));
    }

    void datesNumbersDurationsAndCsvFollowTheLanguage()
    {
        LanguageSetup setup;
        QVERIFY(setup.apply(QStringLiteral("fr")));
        DisplayOptions utc;
        utc.utc = true;
        QCOMPARE(formatDateTime(1688200245000, utc), QStringLiteral("01/07/2023 08:30 UTC"));
        QCOMPARE(formatDuration(3 * 3600 + 5 * 60), QStringLiteral("3 h 5 min"));
        const CsvOptions excel = CsvOptions::preset(CsvPreset::ExcelOnThisComputer);
        QCOMPARE(excel.delimiter, ';');
        QCOMPARE(excel.decimalPoint, ',');
        QCOMPARE(formatValue(ColumnType::Boolean, true, utc), QStringLiteral("Oui"));
    }

    void arabicUsesItsOwnDigits()
    {
        LanguageSetup setup;
        QVERIFY(setup.apply(QStringLiteral("ar")));
        const QString zero = QLocale().zeroDigit();
        QVERIFY(formatDuration(125).contains(zero == QLatin1String("0") ? QStringLiteral("2") : QStringLiteral("\u0662")));
        QVERIFY(formatDuration(125).contains(QStringLiteral("د")));
        DisplayOptions utc;
        utc.utc = true;
        QVERIFY(formatDateTime(1688200245000, utc).contains(QLocale().toString(2023).right(2)));
    }

    void arabicAsksForRightToLeft()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/sessionscope_ar.qm")));
        QCOMPARE(translator.translate("QGuiApplication", "QT_LAYOUT_DIRECTION",
                                      "Translate this string to the string 'LTR' in left-to-right languages or to "
                                      "'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper "
                                      "widget layout."),
                 QStringLiteral("RTL"));
    }

    void chosenLanguageKeepsTheSystemsCountry()
    {
        const QLocale welshSystem(QLocale::Welsh, QLocale::UnitedKingdom);
        QCOMPARE(LanguageSetup::localeFor(QStringLiteral("en"), welshSystem).territory(), QLocale::UnitedKingdom);
        QCOMPARE(LanguageSetup::localeFor(QStringLiteral("en"), welshSystem).language(), QLocale::English);
        QCOMPARE(LanguageSetup::localeFor(QString(), welshSystem), welshSystem);
        QCOMPARE(LanguageSetup::localeFor(QStringLiteral("ar"), welshSystem).language(), QLocale::Arabic);
        QCOMPARE(LanguageSetup::localeFor(QStringLiteral("ar"), welshSystem).textDirection(), Qt::RightToLeft);
        const QLocale spain(QLocale::Spanish, QLocale::Spain);
        QCOMPARE(LanguageSetup::localeFor(QStringLiteral("es"), spain), spain);
    }

    void tsFilesAreCompleteAndKeepPlaceholders_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : kLanguages)
            QTest::newRow(qPrintable(language)) << language;
        QTest::newRow("en") << QStringLiteral("en");
    }

    void tsFilesAreCompleteAndKeepPlaceholders()
    {
        QFETCH(QString, language);
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > (language == QLatin1String("en") ? 10 : 600));
        QStringList problems;
        for (const TsMessage &m : messages) {
            const QString where = m.context + QLatin1String(": ") + m.source;
            if (!m.type.isEmpty())
                problems << m.type + QLatin1String(" - ") + where;
            const QStringList wanted = placeholders(m.source);
            for (const QString &text : m.translations) {
                if (text.isEmpty()) {
                    problems << QLatin1String("empty - ") + where;
                    continue;
                }
                // A plural form may spell its count out ("une session"); every other
                // placeholder must survive.
                const QStringList got = placeholders(text);
                if (got != wanted && !(m.numerus && withoutCounts(got) == withoutCounts(wanted)))
                    problems << QLatin1String("placeholders - ") + where + QLatin1String(" -> ") + text;
                if (accelerators(m.source) == 1 && accelerators(text) != 1)
                    problems << QLatin1String("accelerator - ") + where + QLatin1String(" -> ") + text;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
