// SessionStore's threading contract (sessionstore.h): jobs made on the GUI thread run on a
// worker while the GUI thread keeps appending pages, merging updates, clearing or even
// destroying the store; each job answers for exactly the rows it was made over, as if
// nothing had happened meanwhile. Also run under ASan (SESSIONSCOPE_SANITIZE) and, for the
// std::thread variant, ThreadSanitizer (see the report of issue 5).
#include "demo/democenturyworld.h"
#include "demo/demoepoch.h"
#include "demo/demojsonwriter.h"
#include "demo/demomobilenextworld.h"
#include "demo/demotreasureworld.h"
#include "model/sessionstore.h"
#include "sources/sessionsource.h"

#include <QFuture>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QTest>
#include <QtConcurrent>

#include <functional>
#include <thread>

namespace {

constexpr quint64 kSeed = 77;

std::vector<SessionRecord> demoRecords(Backend backend, int count)
{
    const qint64 now = demoepoch::kWorldStartMs;
    QByteArray body;
    DemoJsonWriter json(body);
    json.beginObject();
    if (backend == Backend::Century) {
        const DemoCenturyWorld world(kSeed, count);
        json.key("data");
        json.beginArray();
        for (quint32 i = 0; i < world.startedCount(now); ++i)
            world.writeSession(json, i, now);
    } else if (backend == Backend::Treasure) {
        const DemoTreasureWorld world(kSeed, count);
        json.key("sessions");
        json.beginArray();
        for (quint32 i = 0; i < world.visibleCount(now); ++i)
            world.writeSession(json, i, now);
    } else {
        const DemoMobileNextWorld world(kSeed, count);
        json.key("sessions");
        json.beginArray();
        for (quint32 i = 0; i < world.visibleCount(now); ++i)
            world.writeSession(json, i, now, DemoMobileNextShape::B);
    }
    json.endArray();
    json.endObject();
    const auto source = makeSessionSource(backend, QUrl(QStringLiteral("http://127.0.0.1:1/")));
    return source->parsePage(body).rows;
}

// A live update as a poll would merge it: status, end and (now and then) a renamed pupil,
// workflow or device, so that rows are rewritten and new strings and tuples are interned.
SessionRecord edited(SessionRecord r, int salt)
{
    r.status = SessionStatus(1 + salt % 4);
    r.endedMs = r.startedMs == kNoTime ? salt : r.startedMs + 60000 * (1 + salt % 90);
    std::visit(
        [salt](auto &d) {
            using D = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<D, CenturyDetail>) {
                if (salt % 3 == 0)
                    d.fullName += QStringLiteral(" (%1)").arg(salt);
                d.level = QStringLiteral("L%1").arg(salt % 3);
            } else if constexpr (std::is_same_v<D, TreasureDetail>) {
                if (salt % 3 == 0)
                    d.workflowName += QStringLiteral("-%1").arg(salt);
                d.done = true;
            } else {
                if (salt % 3 == 0)
                    d.deviceName += QStringLiteral(" #%1").arg(salt);
            }
        },
        r.detail);
    return r;
}

// One job of each kind the view may ask for, made now.
struct Jobs
{
    std::vector<std::unique_ptr<RowKeyJob>> keys;
    std::vector<std::unique_ptr<RowMatchJob>> matches;
};

Jobs makeJobs(const SessionStore &store)
{
    Jobs jobs;
    for (const ColumnDescriptor &c : store.columns())
        jobs.keys.push_back(store.sortKeys(c));
    for (const char *needle : {"", "a", "Smart", "ios", "43", "\xc5\x81"})
        jobs.matches.push_back(store.textSearch(QString::fromUtf8(needle)));
    return jobs;
}

struct Results
{
    std::vector<std::vector<quint64>> keys;
    std::vector<std::vector<quint8>> matches;
    bool operator==(const Results &) const = default;
};

Results runJobs(const Jobs &jobs)
{
    Results r;
    for (const auto &job : jobs.keys)
        r.keys.push_back(job->run());
    for (const auto &job : jobs.matches)
        r.matches.push_back(job->run());
    return r;
}

using Launcher = std::function<std::function<void()>(std::function<void()>)>;

// Runs `work` on a pool thread; the returned function waits for it.
Launcher qtConcurrent()
{
    return [](std::function<void()> work) -> std::function<void()> {
        QFuture<void> future = QtConcurrent::run(std::move(work));
        // Waits through the event loop, as the house rules ask of every wait.
        return [future]() {
            QFutureWatcher<void> watcher;
            QEventLoop loop;
            QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
            watcher.setFuture(future);
            if (!future.isFinished())
                loop.exec();
        };
    };
}

// The same with a plain std::thread, whose start and join ThreadSanitizer understands
// (Qt's own pool synchronises through futexes it cannot see).
Launcher stdThread()
{
    return [](std::function<void()> work) -> std::function<void()> {
        auto thread = std::make_shared<std::thread>(std::move(work));
        return [thread] { thread->join(); };
    };
}

} // namespace

class TestSessionStoreThreads final : public QObject
{
    Q_OBJECT

    // Jobs over the first rows run on a worker while the GUI thread appends the rest and
    // rewrites earlier rows; each must give what its twin, run before any change, gave.
    static void jobsRunWhileTheStoreChanges(Backend backend, const Launcher &launch, int rounds)
    {
        const std::vector<SessionRecord> records = demoRecords(backend, 12000);
        QVERIFY(records.size() > 6000);
        const std::unique_ptr<SessionStore> store = SessionStore::create(backend);
        std::size_t next = 0;
        for (; next < records.size() / 3; ++next)
            store->upsert(records[next]);

        for (int round = 0; round < rounds && next < records.size(); ++round) {
            const Jobs twins = makeJobs(*store);
            const Results expected = runJobs(twins);
            const Jobs jobs = makeJobs(*store);
            const qsizetype rowCount = store->size();

            Results got;
            const std::function<void()> wait = launch([&jobs, &got] { got = runJobs(jobs); });
            // A page of new sessions and a poll's updates, a few times over, while it runs.
            for (int batch = 0; batch < 8 && next < records.size(); ++batch) {
                for (int i = 0; i < 100 && next < records.size(); ++i)
                    QVERIFY(store->upsert(records[next++]).added);
                for (int i = 0; i < 100; ++i) {
                    const auto row = std::size_t((round * 7919 + batch * 104729 + i * 31) % store->size());
                    store->upsert(edited(store->record(qsizetype(row)), round + batch + i));
                }
            }
            wait();

            for (const auto &job : jobs.keys)
                QCOMPARE(job->rowCount(), rowCount);
            for (const auto &job : jobs.matches)
                QCOMPARE(job->rowCount(), rowCount);
            for (const auto &keys : got.keys)
                QCOMPARE(keys.size(), std::size_t(rowCount));
            for (const auto &matches : got.matches)
                QCOMPARE(matches.size(), std::size_t(rowCount));
            QVERIFY2(got == expected, qPrintable(QStringLiteral("round %1").arg(round)));
        }
        QVERIFY(store->size() > qsizetype(records.size() / 2));
    }

private slots:
    void jobsOnQtConcurrent_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("century") << Backend::Century;
        QTest::newRow("treasure") << Backend::Treasure;
        QTest::newRow("mobilenext") << Backend::MobileNext;
    }
    void jobsOnQtConcurrent()
    {
        QFETCH(Backend, backend);
        jobsRunWhileTheStoreChanges(backend, qtConcurrent(), 6);
    }

    void jobsOnStdThread_data() { jobsOnQtConcurrent_data(); }
    void jobsOnStdThread()
    {
        QFETCH(Backend, backend);
        jobsRunWhileTheStoreChanges(backend, stdThread(), 3);
    }

    // clear() and the store's destruction while jobs run: the jobs keep what they read alive.
    void clearAndDestroyWhileJobsRun_data() { jobsOnQtConcurrent_data(); }
    void clearAndDestroyWhileJobsRun()
    {
        QFETCH(Backend, backend);
        const std::vector<SessionRecord> records = demoRecords(backend, 4000);
        for (const bool destroy : {false, true}) {
            std::unique_ptr<SessionStore> store = SessionStore::create(backend);
            for (const SessionRecord &r : records)
                store->upsert(r);
            const Results expected = runJobs(makeJobs(*store));
            const Jobs jobs = makeJobs(*store);
            Results got;
            const std::function<void()> wait = qtConcurrent()([&jobs, &got] { got = runJobs(jobs); });
            if (destroy) {
                store.reset();
            } else {
                store->clear();
                for (std::size_t i = records.size() / 2; i < records.size(); ++i)
                    store->upsert(edited(records[i], int(i)));
            }
            wait();
            QVERIFY(got == expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestSessionStoreThreads)
#include "tst_sessionstorethreads.moc"
