// The main window's menus in every shipped language and in English: translated, and with
// one accelerator letter per menu so that Alt+letter reaches exactly one entry.
#include "mainwindow/mainwindow.h"
#include "settings/languagesetup.h"

#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

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
};

QTEST_MAIN(TestTranslatedMenus)
#include "tst_translatedmenus.moc"
