#include "mainwindow/mainwindow.h"
#include "sessions/sessiontableview.h"

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
        QCOMPARE(window.centralWidget(), window.sessionsView());
        QCOMPARE(window.sessionsView()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
