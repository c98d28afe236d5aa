// LiveWatcher against the demo server with a simulated clock moved by the test: sessions
// start and finish between polls, and after each poll the live model holds exactly what a
// fresh full load of the same query holds (same sessions, same statuses, levels and ends),
// without a reset or a duplicate. Rate limits slow polling as the server says; a dropped
// connection keeps the rows with a stale notice and recovers by itself; a rejected key stops.
#include "demo/demokeys.h"
#include "demo/demoserver.h"
#include "live/livewatcher.h"
#include "model/sessionstore.h"
#include "model/sessiontablemodel.h"
#include "net/apiclient.h"
#include "sources/sessionsource.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <map>
#include <memory>

namespace {

QByteArray keyFor(Backend backend)
{
    switch (backend) {
    case Backend::Century: return demokeys::kCenturyKey;
    case Backend::Treasure: return demokeys::kTreasureKey;
    case Backend::MobileNext: return demokeys::kMobileNextKey;
    }
    return {};
}

struct Row
{
    SessionStatus status;
    qint64 endedMs;
    QString backendStatus;
    friend bool operator==(const Row &, const Row &) = default;
};

// id -> what the table knows of the session.
std::map<QString, Row> contentsOf(const SessionTableModel &model)
{
    std::map<QString, Row> rows;
    const SessionStore &store = *model.store();
    for (qsizetype row = 0; row < store.size(); ++row) {
        const SessionRecord r = store.record(row);
        rows[r.id] = {r.status, r.endedMs, r.backendStatus};
    }
    return rows;
}

struct Connection
{
    std::shared_ptr<const SessionSource> source;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<SessionTableModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    Connection(DemoServer &server, Backend backend, const QByteArray &key)
    {
        source = makeSessionSource(backend, server.baseUrl(backend));
        const auto header = source->authHeader(key);
        client = std::make_unique<ApiClient>(server.baseUrl(backend), ApiAuth{header.first, header.second});
        model = std::make_unique<SessionTableModel>();
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    ~Connection()
    {
        model.reset();
    }
    bool loadAll(const Query &query)
    {
        model->open(source, client.get(), query);
        model->fetchAll();
        return QTest::qWaitFor([this] {
            return model->fetchState() == SessionTableModel::FetchState::Complete
                || model->fetchState() == SessionTableModel::FetchState::Failed;
        }, 30'000) && model->fetchState() == SessionTableModel::FetchState::Complete;
    }
};

std::unique_ptr<DemoServer> startServer(int scale)
{
    DemoOptions options;
    options.scale = scale;
    options.speed = 0; // the test moves the clock
    options.rateLimitPerMinute = 0;
    auto server = std::make_unique<DemoServer>(options);
    if (!server->listen())
        qFatal("the demo server could not listen");
    return server;
}

LivePolicy testPolicy(int intervalMs)
{
    LivePolicy policy;
    policy.interval = std::chrono::milliseconds(intervalMs);
    policy.jitter = 0;
    policy.maxSinglesPerPoll = 500; // small worlds: every live row each poll
    return policy;
}

// The first few differences, for a failure message.
QString differences(const std::map<QString, Row> &actual, const std::map<QString, Row> &expected)
{
    QStringList lines;
    for (const auto &[id, row] : expected) {
        const auto it = actual.find(id);
        if (it == actual.end())
            lines << QStringLiteral("missing %1 (%2)").arg(id, row.backendStatus);
        else if (!(it->second == row))
            lines << QStringLiteral("%1: %2/%3 instead of %4/%5").arg(id, it->second.backendStatus)
                         .arg(it->second.endedMs).arg(row.backendStatus).arg(row.endedMs);
    }
    for (const auto &[id, row] : actual) {
        if (!expected.count(id))
            lines << QStringLiteral("extra %1 (%2)").arg(id, row.backendStatus);
    }
    return lines.mid(0, 8).join(QLatin1String("; "));
}

bool pollOnce(LiveWatcher &watcher)
{
    QSignalSpy done(&watcher, &LiveWatcher::pollFinished);
    watcher.pollNow();
    return done.wait(20'000);
}

} // namespace

class TestLiveWatcher : public QObject
{
    Q_OBJECT

private slots:
    void followsTheServerExactly_data()
    {
        QTest::addColumn<int>("backend");
        QTest::addColumn<int>("sortColumn");
        QTest::addRow("century newest first") << int(Backend::Century) << -1;
        QTest::addRow("century sorted by status") << int(Backend::Century) << 0;
        QTest::addRow("treasure") << int(Backend::Treasure) << -1;
        QTest::addRow("mobile next") << int(Backend::MobileNext) << -1;
    }
    void followsTheServerExactly()
    {
        QFETCH(int, backend);
        QFETCH(int, sortColumn);
        const auto b = Backend(backend);
        auto server = startServer(600);
        Connection live(*server, b, keyFor(b));
        QVERIFY(live.loadAll(live.source->defaultQuery()));
        if (sortColumn >= 0) {
            live.model->sort(sortColumn, Qt::DescendingOrder);
            QVERIFY(QTest::qWaitFor([&] { return !live.model->isOrdering(); }, 10'000));
        }
        const qsizetype initial = live.model->loadedCount();
        QVERIFY(initial > 0);

        LiveWatcher watcher(live.model.get());
        watcher.setPolicy(testPolicy(3'600'000)); // the test polls by hand
        QSignalSpy resets(live.model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy finishedSpy(&watcher, &LiveWatcher::sessionsFinished);
        watcher.setEnabled(true);
        QVERIFY(QTest::qWaitFor([&] { return !watcher.isPolling(); }, 20'000));

        int finishedCount = 0;
        int liveSeen = 0;
        for (int step = 0; step < 6; ++step) {
            server->advanceClock(7 * 60 * 1000); // sessions start and finish in between
            QVERIFY(pollOnce(watcher));
            QCOMPARE(watcher.status().phase, LiveStatus::Phase::Watching);

            Connection fresh(*server, b, keyFor(b));
            QVERIFY(fresh.loadAll(fresh.source->defaultQuery()));
            const auto expected = contentsOf(*fresh.model);
            const auto actual = contentsOf(*live.model);
            QVERIFY2(actual == expected, qPrintable(QStringLiteral("step %1: the live table differs from a fresh load: %2")
                                                        .arg(step).arg(differences(actual, expected))));
            QCOMPARE(live.model->rowCount(), int(expected.size())); // every row shown once
            liveSeen += live.model->statusCounts()[std::size_t(SessionStatus::Live)];
        }
        QCOMPARE(resets.count(), 0);
        QVERIFY(live.model->loadedCount() > initial); // new sessions arrived
        QVERIFY(liveSeen > 0);
        for (const QList<QVariant> &signal : finishedSpy)
            finishedCount += int(signal.at(0).value<QList<FinishedSession>>().size());
        QVERIFY2(finishedCount > 0, "some sessions finished while watched");
        QVERIFY(watcher.status().describe(QDateTime::currentMSecsSinceEpoch()).startsWith(QStringLiteral("Live")));
    }

    void rateLimitSlowsPollingAsTold()
    {
        auto server = startServer(300);
        Connection live(*server, Backend::Century, keyFor(Backend::Century));
        QVERIFY(live.loadAll(live.source->defaultQuery()));
        server->setRateLimitPerMinute(1); // the next requests get 429 with a Retry-After
        LiveWatcher watcher(live.model.get());
        watcher.setPolicy(testPolicy(200));
        QSignalSpy done(&watcher, &LiveWatcher::pollFinished);
        watcher.setEnabled(true);
        QVERIFY(QTest::qWaitFor([&] { return watcher.status().phase == LiveStatus::Phase::RateLimited; }, 20'000));
        QVERIFY(watcher.status().error.retryAfter().has_value());
        const qint64 told = qint64(watcher.status().error.retryAfter()->count()) * 1000;
        QVERIFY(told >= 1000);
        // The next poll waits at least as long as the server said, far beyond the 200 ms interval.
        QVERIFY2(watcher.msUntilNextPoll() >= told - 1000,
                 qPrintable(QStringLiteral("next poll in %1 ms, told %2 ms").arg(watcher.msUntilNextPoll()).arg(told)));
        const QString text = watcher.status().describe(QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(text.contains(QStringLiteral("rate limited")) && text.contains(QStringLiteral("retrying in")), qPrintable(text));
        QCOMPARE(live.model->loadedCount(), live.model->rowCount()); // nothing lost meanwhile
    }

    void droppedConnectionKeepsRowsAndRecovers()
    {
        auto server = startServer(300);
        Connection live(*server, Backend::MobileNext, keyFor(Backend::MobileNext));
        QVERIFY(live.loadAll(live.source->defaultQuery()));
        const int rows = live.model->rowCount();
        LiveWatcher watcher(live.model.get());
        watcher.setPolicy(testPolicy(300));
        watcher.setEnabled(true);
        QVERIFY(QTest::qWaitFor([&] { return watcher.status().phase == LiveStatus::Phase::Watching; }, 20'000));

        DemoFaults drop;
        drop.dropRate = 1.0;
        server->setFaults(drop);
        QVERIFY(QTest::qWaitFor([&] { return watcher.status().phase == LiveStatus::Phase::Stale; }, 30'000));
        QVERIFY(watcher.status().isStale());
        QCOMPARE(live.model->rowCount(), rows); // the last data stays on screen
        const QString text = watcher.status().describe(QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(text.contains(QStringLiteral("stale")) && text.contains(QStringLiteral("showing data from")), qPrintable(text));

        server->setFaults({});
        QVERIFY(QTest::qWaitFor([&] { return watcher.status().phase == LiveStatus::Phase::Watching; }, 30'000));
        QCOMPARE(live.model->rowCount(), rows);
    }

    void rejectedKeyStops()
    {
        auto server = startServer(100);
        Connection good(*server, Backend::Treasure, keyFor(Backend::Treasure));
        QVERIFY(good.loadAll(good.source->defaultQuery()));
        Connection bad(*server, Backend::Treasure, QByteArrayLiteral("not-a-key"));
        bad.model->open(bad.source, bad.client.get(), bad.source->defaultQuery());
        LiveWatcher watcher(bad.model.get());
        watcher.setPolicy(testPolicy(200));
        watcher.setEnabled(true);
        QVERIFY(QTest::qWaitFor([&] { return watcher.status().phase == LiveStatus::Phase::Stopped; }, 20'000));
        QCOMPARE(watcher.msUntilNextPoll(), -1);
        QCOMPARE(watcher.status().describe(0), QStringLiteral("Live stopped — the API key was rejected"));
    }
};

QTEST_GUILESS_MAIN(TestLiveWatcher)
#include "tst_livewatcher.moc"
