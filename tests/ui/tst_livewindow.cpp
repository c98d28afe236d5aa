// Live mode in the real window against the in-process demo server, its clock moved by the
// test: the Live toggle sorts newest first, sessions that start appear on top while the
// user's place in the table stays put, finished ones are told in the status bar and in a
// grouped notice, and a screenshot of the live view is saved for a human to look at.
#include "demo/demoserver.h"
#include "live/livecontroller.h"
#include "live/livenotifier.h"
#include "live/livewatcher.h"
#include "mainwindow/mainwindow.h"
#include "model/sessiontablemodel.h"
#include "sessions/sessiontableview.h"
#include "settings/democonnections.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestLiveWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void liveViewFollowsTheClass()
    {
        MainWindow window;
        QAbstractItemModelTester tester(window.sessionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        DemoOptions options;
        options.scale = 800;
        options.speed = 0;
        options.rateLimitPerMinute = 0;
        window.demoConnections()->setOptions(options);
        window.resize(1300, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openConnection(QStringLiteral("demo-century")));
        SessionTableModel *model = window.sessionsModel();
        SessionTableView *view = window.sessionsView();
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() > 0; }, 15'000));
        model->fetchAll();
        QVERIFY(QTest::qWaitFor([&] { return model->fetchState() == SessionTableModel::FetchState::Complete; }, 30'000));

        LiveController *live = window.liveController();
        LivePolicy policy;
        policy.interval = std::chrono::hours(1); // the test says when to poll
        policy.jitter = 0;
        live->watcher()->setPolicy(policy);
        QVERIFY(live->toggleAction()->isEnabled());
        QSignalSpy polled(live->watcher(), &LiveWatcher::pollFinished);
        live->toggleAction()->trigger();
        QVERIFY(live->watcher()->isEnabled());
        QVERIFY(polled.wait(20'000));
        QVERIFY(QTest::qWaitFor([&] { return !model->isOrdering(); }, 10'000));
        // Arrival order has no place for later sessions: live sorts as the server sends, newest first.
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(model->columns()[std::size_t(view->horizontalHeader()->sortIndicatorSection())].id, QStringLiteral("started"));

        // The user reads somewhere in the middle: new rows on top must not move it.
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
        const QString topBefore = view->indexAt(QPoint(1, 1)).data(SessionTableModel::SessionIdRole).toString();
        QVERIFY(!topBefore.isEmpty());
        const qsizetype loadedBefore = model->loadedCount();
        DemoServer *server = window.demoConnections()->server();
        server->advanceClock(12 * 60 * 1000);
        polled.clear();
        live->checkNowAction()->trigger();
        QVERIFY(polled.wait(20'000));
        QVERIFY(model->loadedCount() > loadedBefore);
        QCOMPARE(view->indexAt(QPoint(1, 1)).data(SessionTableModel::SessionIdRole).toString(), topBefore);

        // At the top, the view follows the newest rows.
        view->verticalScrollBar()->setValue(0);
        server->advanceClock(8 * 60 * 1000);
        polled.clear();
        live->checkNowAction()->trigger();
        QVERIFY(polled.wait(20'000));
        QCOMPARE(view->verticalScrollBar()->value(), 0);
        const int started = view->horizontalHeader()->sortIndicatorSection();
        qint64 newest = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            newest = std::max(newest, model->index(row, started).data(SessionTableModel::RawValueRole).toLongLong());
        QCOMPARE(model->index(0, started).data(SessionTableModel::RawValueRole).toLongLong(), newest);

        // Running durations count in the server's clock (its Date header), not this PC's.
        const ColumnDescriptor *durationColumn = findColumn(model->columns(), u"duration");
        QVERIFY(durationColumn);
        const int duration = int(durationColumn - model->columns().data());
        const QString running = model->index(0, duration).data().toString();
        QVERIFY2(running.contains(QStringLiteral("so far")) && !running.contains(QStringLiteral(" d ")), qPrintable(running));

        // Finished sessions were told and tinted.
        QVERIFY(!live->notifier()->lastTitles().isEmpty());
        auto *label = window.findChild<QLabel *>(QStringLiteral("liveStatus"));
        QVERIFY(label && label->isVisible());
        QVERIFY2(label->text().contains(QStringLiteral("Live · updated")), qPrintable(label->text()));
        bool tinted = false;
        for (int row = 0; row < model->rowCount() && !tinted; ++row)
            tinted = model->index(row, 0).data(Qt::BackgroundRole).isValid();
        QVERIFY(tinted);

        // For a human: the live view where running sessions meet the ones that just finished.
        window.detailDock()->hide();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(Qt::BackgroundRole).isValid()) {
                view->scrollTo(model->index(std::max(row - 4, 0), 0), QAbstractItemView::PositionAtTop);
                break;
            }
        }
        QTest::qWait(50);
        const QString shot = QStringLiteral("%1/sessionscope-live-window.png").arg(QDir::tempPath());
        QVERIFY(window.grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));

        live->toggleAction()->trigger();
        QVERIFY(!live->watcher()->isEnabled());
        QVERIFY(!label->isVisible());
        window.close();
    }
};

QTEST_MAIN(TestLiveWindow)
#include "tst_livewindow.moc"
