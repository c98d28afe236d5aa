// The main window against the in-process demo server: scrolling to the bottom pulls every
// page in, and every session arrives exactly once.
#include "demo/demoserver.h"
#include "demo/demoworld.h"
#include "mainwindow/mainwindow.h"
#include "model/sessiontablemodel.h"
#include "sessions/fetchstatuspanel.h"
#include "sessions/sessiontableview.h"
#include "settings/democonnections.h"

#include "detail/detailpane.h"
#include "model/sessionstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QSignalSpy>
#include <QHeaderView>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestBrowseWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a throw-away place
        QSettings().clear();
    }

    void scrollingToTheBottomLoadsEverySessionOnce()
    {
        MainWindow window;
        QAbstractItemModelTester tester(window.sessionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        DemoOptions options;
        options.scale = 1500;
        options.speed = 0;
        window.demoConnections()->setOptions(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openConnection(QStringLiteral("demo-century")));

        SessionTableModel *model = window.sessionsModel();
        SessionTableView *view = window.sessionsView();
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() > 0; }, 10'000));
        // Only the first page until the user scrolls.
        QTest::qWait(300);
        QVERIFY(model->rowCount() <= 100);
        int scrolls = 0;
        QVERIFY(QTest::qWaitFor([&] {
            view->scrollToBottom();
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
            ++scrolls;
            return model->fetchState() == SessionTableModel::FetchState::Complete;
        }, 60'000));
        QVERIFY(scrolls > 1);

        DemoServer *server = window.demoConnections()->server();
        const qsizetype expected = server->world().century().startedCount(server->nowMs());
        QCOMPARE(qsizetype(model->rowCount()), expected);
        QSet<QString> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.insert(model->index(row, 0).data(SessionTableModel::SessionIdRole).toString());
        QCOMPARE(qsizetype(ids.size()), expected);
        QVERIFY(window.fetchStatus()->countsText().contains(QLocale().toString(expected)));
        window.close();
    }

    void selectionFillsTheDetailPaneAndQuickSearchFilters()
    {
        MainWindow window;
        DemoOptions options;
        options.scale = 600;
        options.speed = 0;
        window.demoConnections()->setOptions(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openConnection(QStringLiteral("demo-century")));
        SessionTableModel *model = window.sessionsModel();
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() >= 50; }, 10'000));

        window.sessionsView()->setFocus();
        window.sessionsView()->setCurrentIndex(model->index(7, 1));
        QVERIFY(window.detailPane()->hasSession());
        QCOMPARE(window.detailPane()->record().id, model->index(7, 0).data(SessionTableModel::SessionIdRole).toString());
        QTest::keyClick(window.sessionsView(), Qt::Key_Return);
        QVERIFY(window.detailDock()->isVisible());

        // Ctrl+F, then typing: the loaded rows are filtered after the debounce, no reload.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QWidget *search = QApplication::focusWidget();
        QVERIFY(search);
        // QTest types ASCII only: the longest run of ASCII letters in the pupil's name.
        QString pupil, run;
        for (QChar c : model->index(7, 1).data().toString()) {
            run = c.unicode() < 128 && c.isLetter() ? run + c : QString();
            if (run.size() > pupil.size())
                pupil = run;
        }
        QVERIFY2(pupil.size() >= 2, qPrintable(model->index(7, 1).data().toString()));
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QTest::keyClicks(search, pupil);
        QTRY_COMPARE(model->viewSpec().searchText, pupil);
        QTRY_VERIFY(!model->isOrdering());
        QVERIFY(model->rowCount() >= 1);
        QVERIFY(model->rowCount() < int(model->loadedCount()));
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->store()->rowMatchesText(model->storeRow(row), pupil));
        QCOMPARE(resets.size(), 0);
        window.close();
    }

    void columnLayoutIsRememberedPerBackend()
    {
        {
            MainWindow window;
            QVERIFY(window.openConnection(QStringLiteral("demo-treasure")));
            QHeaderView *header = window.sessionsView()->horizontalHeader();
            header->setSectionHidden(1, true);
            header->moveSection(2, 4);
            window.close();
        }
        MainWindow again;
        QVERIFY(again.openConnection(QStringLiteral("demo-treasure")));
        QHeaderView *header = again.sessionsView()->horizontalHeader();
        QVERIFY(header->isSectionHidden(1));
        QCOMPARE(header->visualIndex(2), 4);
        QVERIFY(again.openConnection(QStringLiteral("demo-century")));
        QVERIFY(!again.sessionsView()->horizontalHeader()->isSectionHidden(1));
    }
};

QTEST_MAIN(TestBrowseWindow)
#include "tst_browsewindow.moc"
