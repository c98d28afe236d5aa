// Issue 6's watcher cost: the CPU this process spends per live poll of a Century view
// (20,000 sessions loaded, ~480 in progress, the clock running at 60x so sessions start and
// finish between polls), turned into the share of one core at the default interval. The
// demo server runs as its own process, so its CPU is not counted. Peer, measured in the same
// run: what the naive alternative costs, reloading the whole view each interval.
// (The GUI-thread cost of merging a poll into a million rows is in bench_browse.)
#include "benchreport.h"
#include "demoserverprocess.h"

#include "demo/demokeys.h"
#include "live/livewatcher.h"
#include "model/sessiontablemodel.h"
#include "net/apiclient.h"
#include "sources/sessionsource.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <functional>
#include <cstdio>
#include <vector>

namespace {

constexpr int kScale = 20'000;
constexpr int kPolls = 15;
constexpr int kReloads = 5;

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// Runs the event loop until `done` says so (checked on every event-loop turn that signals).
template<typename Signal, typename Sender>
void waitFor(Sender *sender, Signal signal, const std::function<bool()> &done)
{
    if (done())
        return;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    loop.exec();
}

bool loadAll(SessionTableModel &model)
{
    model.fetchAll();
    waitFor(&model, &SessionTableModel::fetchStateChanged, [&model] {
        return model.fetchState() == SessionTableModel::FetchState::Complete
            || model.fetchState() == SessionTableModel::FetchState::Failed;
    });
    return model.fetchState() == SessionTableModel::FetchState::Complete;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    DemoServerProcess server;
    if (!server.start({QStringLiteral("--scale"), QString::number(kScale), QStringLiteral("--speed"),
                       QStringLiteral("60"), QStringLiteral("--rate-limit"), QStringLiteral("100000000/min")}))
        qFatal("demo server did not start: %s", qPrintable(server.errorOutput()));
    const QUrl base = server.baseUrl(Backend::Century);
    std::shared_ptr<const SessionSource> source = makeSessionSource(Backend::Century, base);
    const auto header = source->authHeader(demokeys::kCenturyKey);
    ApiClient client(base, ApiAuth{header.first, header.second});
    SessionTableModel model;
    model.open(source, &client, source->defaultQuery());
    if (!loadAll(model))
        qFatal("could not load the view: %s", qPrintable(model.lastError().userMessage()));
    std::printf("loaded %lld sessions, %lld in progress\n", qint64(model.loadedCount()),
                qint64(model.statusCounts()[std::size_t(SessionStatus::Live)]));

    LiveWatcher watcher(&model);
    LivePolicy policy;
    const double intervalMs = double(policy.interval.count()); // the default, for the figure
    policy.interval = std::chrono::hours(1); // polls are started by hand, back to back
    watcher.setPolicy(policy);
    watcher.setEnabled(true);
    waitFor(&watcher, &LiveWatcher::pollFinished, [&] { return !watcher.isPolling(); });

    std::vector<double> pollCpu;
    const int requestsBefore = watcher.requestsSent();
    const qsizetype rowsBefore = model.loadedCount();
    for (int i = 0; i < kPolls; ++i) {
        QEventLoop pause; // a simulated minute passes on the server
        QTimer::singleShot(1000, &pause, &QEventLoop::quit);
        pause.exec();
        const double before = cpuMs();
        watcher.pollNow();
        waitFor(&watcher, &LiveWatcher::pollFinished, [&] { return !watcher.isPolling(); });
        pollCpu.push_back(cpuMs() - before);
        if (watcher.status().phase != LiveStatus::Phase::Watching)
            qFatal("poll %d failed: %s", i, qPrintable(watcher.status().error.userMessage()));
    }
    const double requestsPerPoll = double(watcher.requestsSent() - requestsBefore) / kPolls;
    std::printf("%d polls: %.1f requests each, %lld new sessions seen, %lld in progress now\n", kPolls,
                requestsPerPoll, qint64(model.loadedCount() - rowsBefore),
                qint64(model.statusCounts()[std::size_t(SessionStatus::Live)]));
    watcher.setEnabled(false);

    // The peer: reloading the whole view, what a dashboard without live polling would do.
    std::vector<double> reloadCpu;
    for (int i = 0; i < kReloads; ++i) {
        const double before = cpuMs();
        model.reload();
        if (!loadAll(model))
            qFatal("reload failed");
        reloadCpu.push_back(cpuMs() - before);
    }

    const BenchSample perPoll = BenchSample::of(pollCpu);
    const BenchSample perReload = BenchSample::of(reloadCpu);
    const auto shareOfCore = [intervalMs](BenchSample cpu) {
        return BenchSample{cpu.value / intervalMs * 100.0, cpu.noise};
    };
    std::printf("CPU per live poll %.2f ms (median of %d), per full reload %.1f ms (median of %d)\n", perPoll.value,
                kPolls, perReload.value, kReloads);
    reportFigure({.id = "live.watcher_cpu_percent", .ours = shareOfCore(perPoll), .unit = "%",
                  .goal = BenchGoal::atMost(2), .peer = "full_reload_each_interval", .theirs = shareOfCore(perReload)});
    reportFigure({.id = "live.poll_cpu_ms", .ours = perPoll, .unit = "ms", .goal = BenchGoal::atMost(intervalMs * 0.02),
                  .peer = "full_reload", .theirs = perReload});
    model.close();
    return 0; // run-benchmarks judges the BENCH lines
}
