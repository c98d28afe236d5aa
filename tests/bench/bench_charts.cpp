// Issue 7's chart figures at 1,000,000 Century sessions (200,000 pupils, 4 subjects, 15
// levels, half a year of start times): every chart's numbers recomputed for the rows the
// table shows. Three parts, as the window does them: the job made on the GUI thread (copies
// of what live updates rewrite), run on a worker, and its facts applied to the real chart
// widgets (offscreen) on the GUI thread. Peer, measured in the same run: a naive single pass
// over the same rows reading each value through SessionStore::value() (QVariant) into hashes.
// BENCH_SESSIONS and BENCH_RUNS shrink it for a quick look.
#include "benchreport.h"

#include "charts/chartcard.h"
#include "charts/chartfactsjob.h"
#include "charts/chartsheets.h"
#include "model/sessionstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QHash>
#include <QRandomGenerator>
#include <QVBoxLayout>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

const int kSessions = qEnvironmentVariableIsSet("BENCH_SESSIONS") ? qEnvironmentVariableIntValue("BENCH_SESSIONS") : 1'000'000;
const int kRuns = qEnvironmentVariableIsSet("BENCH_RUNS") ? qEnvironmentVariableIntValue("BENCH_RUNS") : 7;
constexpr int kPupils = 200'000;
constexpr qint64 kDayMs = 24 * 3600 * 1000;
const qint64 kNowMs = 1'773'100'000'000; // 2026-03-10

template<typename F>
double timeMs(F &&f)
{
    QElapsedTimer clock;
    clock.start();
    f();
    return double(clock.nsecsElapsed()) / 1e6;
}

std::unique_ptr<SessionStore> centuryStore()
{
    static const char *subjects[] = {"English", "Maths", "Science", "ICT"};
    static const char *levels[] = {"E1 - Lower", "E1 - Middle", "E1 - Upper", "E2 - Lower", "E2 - Middle",
                                   "E2 - Upper", "E3 - Lower", "E3 - Middle", "E3 - Upper", "L1 - Lower",
                                   "L1 - Middle", "L1 - Upper", "L2 - Lower", "L2 - Middle", "L2 - Upper"};
    QRandomGenerator random(20260310);
    auto store = SessionStore::create(Backend::Century);
    for (int i = 0; i < kSessions; ++i) {
        const int pupil = int(random.bounded(kPupils));
        const int subject = int(random.bounded(4));
        const bool live = random.bounded(10) == 0;
        SessionRecord r;
        r.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        r.status = live ? SessionStatus::Live : SessionStatus::Completed;
        r.backendStatus = live ? QStringLiteral("IN_PROGRESS") : QStringLiteral("COMPLETED");
        r.startedMs = kNowMs - qint64(random.bounded(180 * kDayMs));
        CenturyDetail d;
        d.userId = QStringLiteral("10000000-0000-4000-8000-%1").arg(pupil, 12, 10, QLatin1Char('0'));
        d.username = QStringLiteral("pupil%1").arg(pupil);
        d.fullName = QStringLiteral("Pupil %1").arg(pupil);
        d.testId = QStringLiteral("20000000-0000-4000-8000-%1").arg(subject, 12, 10, QLatin1Char('0'));
        d.testName = QString::fromLatin1(subjects[subject]) + QStringLiteral(" Smart Initial Assessment");
        d.subject = QString::fromLatin1(subjects[subject]);
        if (!live) {
            r.endedMs = r.startedMs + 1000 * qint64(300 + random.bounded(5400));
            d.level = QString::fromLatin1(levels[random.bounded(15)]);
            d.durationSeconds = (r.endedMs - r.startedMs) / 1000;
        }
        r.detail = d;
        store->upsert(r);
    }
    return store;
}

// The peer: what one would write first. One pass over the rows, each value read through
// value() as a QVariant, counted in hashes keyed by the values.
qsizetype naiveAggregation(const SessionStore &store, const std::vector<qint32> &rows)
{
    const ColumnList &columns = store.columns();
    const ColumnDescriptor &status = *findColumn(columns, u"status");
    const ColumnDescriptor &started = *findColumn(columns, u"started");
    const ColumnDescriptor &subject = *findColumn(columns, u"subject");
    const ColumnDescriptor &level = *findColumn(columns, u"level");
    const ColumnDescriptor &duration = *findColumn(columns, u"duration");
    QHash<int, qsizetype> byStatus;
    QHash<qint64, qsizetype> byDayAndStatus;
    QHash<QString, qsizetype> byLevelAndSubject;
    QHash<qint64, qsizetype> byDurationBin;
    for (qint32 row : rows) {
        const int s = store.value(row, status).toInt();
        ++byStatus[s];
        const QVariant start = store.value(row, started);
        if (start.isValid())
            ++byDayAndStatus[(start.toLongLong() / kDayMs) * 8 + s];
        const QString l = store.value(row, level).toString();
        if (!l.isEmpty())
            ++byLevelAndSubject[l + QLatin1Char('\t') + store.value(row, subject).toString()];
        const QVariant d = store.value(row, duration);
        if (d.isValid())
            ++byDurationBin[d.toLongLong() / 300];
    }
    return byStatus.size() + byDayAndStatus.size() + byLevelAndSubject.size() + byDurationBin.size();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QElapsedTimer fill;
    fill.start();
    const std::unique_ptr<SessionStore> store = centuryStore();
    std::printf("Century store: %lld sessions of %d pupils filled in %.1f s; Release, medians of %d runs\n",
                qint64(store->size()), kPupils, double(fill.elapsed()) / 1000, kRuns);

    // The table shows every row (no filter) or a filtered half (the job then copies the rows).
    std::vector<qint32> all(std::size_t(store->size()));
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = qint32(i);
    std::vector<qint32> half;
    for (std::size_t i = 0; i < all.size(); i += 2)
        half.push_back(qint32(i));

    // The real chart widgets, shown offscreen, one card per sheet as the dock has them.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    std::vector<ChartCard *> cards;
    window.resize(620, 4000);

    std::vector<double> makeAll, makeHalf, runAll, runHalf, applyMs, paintMs, peerMs;
    ChartFacts facts;
    for (int run = 0; run < kRuns; ++run) {
        for (const bool filtered : {false, true}) {
            const std::vector<qint32> &rows = filtered ? half : all;
            std::shared_ptr<ChartFactsJob> job;
            (filtered ? makeHalf : makeAll).push_back(timeMs([&] { job = std::make_shared<ChartFactsJob>(*store, rows); }));
            // Off the GUI thread, as the runner does it; waited for through the event loop.
            QFutureWatcher<ChartFacts> watcher;
            QEventLoop loop;
            QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
            QElapsedTimer clock;
            clock.start();
            watcher.setFuture(QtConcurrent::run([job] { return job->run(); }));
            loop.exec();
            (filtered ? runHalf : runAll).push_back(double(clock.nsecsElapsed()) / 1e6);
            facts = watcher.result();
            if (facts.rowCount != qsizetype(rows.size()))
                qFatal("facts cover %lld rows, expected %zu", qint64(facts.rowCount), rows.size());
        }
        // Applying: sheets from the facts, then every chart, table and caption updated in place.
        applyMs.push_back(timeMs([&] {
            const std::vector<ChartSheet> sheets = chartSheets(facts, store->columns());
            while (cards.size() < sheets.size()) {
                cards.push_back(new ChartCard(&window));
                layout->addWidget(cards.back());
            }
            for (std::size_t i = 0; i < sheets.size(); ++i)
                cards[i]->setSheet(sheets[i]);
        }));
        if (run == 0)
            window.show();
        paintMs.push_back(timeMs([&] { window.repaint(); }));
        qsizetype groups = 0;
        peerMs.push_back(timeMs([&] { groups = naiveAggregation(*store, all); }));
        if (groups == 0)
            qFatal("the peer counted nothing");
    }
    std::printf("make job: all rows %.2f ms, filtered half %.2f ms; run: all rows %.1f ms, half %.1f ms; "
                "naive QVariant pass over all rows: %.0f ms\n",
                benchMedian(makeAll), benchMedian(makeHalf), benchMedian(runAll), benchMedian(runHalf),
                benchMedian(peerMs));
    std::printf("info: repainting the %zu chart cards after an apply: %.1f ms (Qt Charts layout and paint)\n",
                cards.size(), benchMedian(paintMs));
    const BenchSample makeAllSample = BenchSample::of(makeAll);
    const BenchSample makeHalfSample = BenchSample::of(makeHalf);
    reportFigure({.id = "charts.make_job_ms", .ours = std::max(makeAllSample, makeHalfSample, [](auto a, auto b) {
                      return a.value < b.value;
                  }),
                  .unit = "ms", .goal = BenchGoal::atMost(16)});
    reportFigure({.id = "charts.recompute_ms", .ours = BenchSample::of(runAll), .unit = "ms",
                  .goal = BenchGoal::atMost(150), .peer = "naive_qvariant_pass", .theirs = BenchSample::of(peerMs)});
    reportFigure({.id = "charts.recompute_filtered_half_ms", .ours = BenchSample::of(runHalf), .unit = "ms",
                  .goal = BenchGoal::atMost(150)});
    reportFigure({.id = "charts.apply_ms", .ours = BenchSample::of(applyMs), .unit = "ms", .goal = BenchGoal::atMost(16)});
    return 0;
}
