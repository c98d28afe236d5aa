#include "mainwindow/mainwindow.h"
#include "sessions/sessiontableview.h"
#include "detail/detailpane.h"
#include "sessions/filterbar.h"

#include <QDockWidget>
#include "sessions/fetchstatuspanel.h"

#include <QHeaderView>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void opensWithTitleMenusTableAndStatusBar()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("SessionScope"));
        QVERIFY(window.menuBar()->actions().size() >= 3);
        QVERIFY(window.sessionsView() != nullptr);
        QVERIFY(window.centralWidget()->isAncestorOf(window.sessionsView()));
        QVERIFY(window.centralWidget()->isAncestorOf(window.filterBar()));
        QVERIFY(window.detailDock()->widget() == window.detailPane());
        QCOMPARE(window.sessionsView()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
        QCOMPARE(window.fetchStatus()->countsText(), QStringLiteral("No connection open"));
        QVERIFY(!window.filterBar()->isEnabled()); // nothing to filter yet
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
