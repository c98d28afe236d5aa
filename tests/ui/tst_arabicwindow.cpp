// The main window in Arabic: the whole layout mirrors (Qt reads "RTL" from the translation),
// the texts are Arabic, and a screenshot is kept for a person to look at.
#include "detail/detailpane.h"
#include "mainwindow/mainwindow.h"
#include "model/sessiontablemodel.h"
#include "sessions/sessiontableview.h"
#include "settings/democonnections.h"
#include "settings/languagesetup.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestArabicWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a throw-away place
        QSettings().clear();
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }

    void mainWindowMirrorsInArabic()
    {
        LanguageSetup language;
        QVERIFY(language.apply(QStringLiteral("ar")));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QLocale().language(), QLocale::Arabic);

        MainWindow window;
        QAbstractItemModelTester tester(window.sessionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        DemoOptions options;
        options.scale = 400;
        options.speed = 0;
        window.demoConnections()->setOptions(options);
        window.resize(1280, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&ملف"));

        QVERIFY(window.openConnection(QStringLiteral("demo-century")));
        QTRY_VERIFY_WITH_TIMEOUT(window.sessionsModel()->rowCount() > 10, 15000);
        SessionTableView *view = window.sessionsView();
        view->setFocus();
        view->setCurrentIndex(window.sessionsModel()->index(2, 1));
        QVERIFY(window.detailPane()->hasSession());
        window.detailDock()->show();
        // Mirrored: the menus start at the right, and so does the table's first column.
        QAction *fileMenu = window.menuBar()->actions().constFirst();
        QVERIFY(window.menuBar()->actionGeometry(fileMenu).left() > window.width() / 2);
        QTRY_VERIFY(view->columnViewportPosition(0) + view->columnWidth(0) >= view->viewport()->width() - 2);
        QVERIFY(view->columnViewportPosition(1) < view->columnViewportPosition(0));
        QTest::qWait(200); // let the last page and the detail pane paint
        QVERIFY(window.grab().save(QStringLiteral("/tmp/sessionscope-arabic.png")));
        window.close();
    }
};

QTEST_MAIN(TestArabicWindow)
#include "tst_arabicwindow.moc"
