// The main window in every shipped language and in English: menus translated, with
// one accelerator letter per menu so that Alt+letter reaches exactly one entry, and a
// window that still fits a small screen.
#include "mainwindow/mainwindow.h"
#include "model/sessiontablemodel.h"
#include "settings/democonnections.h"
#include "settings/languagesetup.h"

#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

namespace {

QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// The accelerators of one menu's entries that more than one entry claims.
QStringList clashes(const QList<QAction *> &actions)
{
    QHash<QChar, QStringList> byKey;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar key = accelerator(action->text());
        if (!key.isNull())
            byKey[key] << action->text();
    }
    QStringList found;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            found << it.value().join(QLatin1String(" / "));
    }
    return found;
}

} // namespace

class TestTranslatedMenus final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void menusAreTranslatedWithUniqueAccelerators_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("view");
        QTest::newRow("cy") << "cy" << "Gwe&ld";
        QTest::newRow("fr") << "fr" << "&Affichage";
        QTest::newRow("es") << "es" << "&Ver";
        QTest::newRow("ar") << "ar" << "&عرض";
        QTest::newRow("en") << "en" << "&View"; // the sources themselves, with their plural forms
    }

    void menusAreTranslatedWithUniqueAccelerators()
    {
        QFETCH(QString, language);
        QFETCH(QString, view);
        LanguageSetup setup;
        QVERIFY(setup.apply(language));
        MainWindow window;
        const QList<QAction *> top = window.menuBar()->actions();
        QVERIFY(top.size() >= 5);
        QStringList titles;
        for (const QAction *action : top)
            titles << action->text();
        QVERIFY2(titles.contains(view), qPrintable(titles.join(QLatin1Char(','))));

        QStringList problems = clashes(top);
        for (QAction *action : top) {
            QMenu *menu = action->menu();
            QVERIFY(menu);
            // Some menus are filled when they open.
            QMetaObject::invokeMethod(menu, "aboutToShow");
            for (const QString &clash : clashes(menu->actions()))
                problems << action->text() + QLatin1String(": ") + clash;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Longer words must not push the window past a school laptop's 1366 pixels once the
    // Century filters show (the widest filter bar), nor make it much wider than in English
    // (fonts differ between machines; the ratio does not).
    void windowStillFitsASmallScreen_data() { menusAreTranslatedWithUniqueAccelerators_data(); }

    void windowStillFitsASmallScreen()
    {
        QFETCH(QString, language);
        const int english = minimumWindowWidth(QStringLiteral("en"));
        const int width = minimumWindowWidth(language);
        QVERIFY(english > 0 && width > 0);
        qInfo("%s: the window needs at least %d px (English %d)", qPrintable(language), width, english);
        QVERIFY2(width <= std::max(1366, english * 105 / 100), qPrintable(QString::number(width)));
    }

private:
    static int minimumWindowWidth(const QString &language)
    {
        LanguageSetup setup;
        if (!setup.apply(language))
            return -1;
        MainWindow window;
        DemoOptions still;
        still.scale = 200;
        still.speed = 0;
        window.demoConnections()->setOptions(still);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !window.openConnection(QStringLiteral("demo-century")))
            return -1;
        if (!QTest::qWaitFor([&] { return window.sessionsModel()->rowCount() > 0; }, 15000))
            return -1;
        return window.minimumSizeHint().width();
    }
};

QTEST_MAIN(TestTranslatedMenus)
#include "tst_translatedmenus.moc"
