// Start-up figures (issue 12), each against a plain Qt program started the same way in the
// same run, interleaved:
//  - cold start to window: a new `sessionscope` process (a first run: empty settings, so the
//    welcome page) until its window's first frame is painted; peer: the plainest Qt Widgets
//    main window (tests/bench/peers/hellowindow.cpp);
//  - start to first row: `sessionscope --demo` (the demo server started in-process, the demo
//    Century view opened) until the table has painted a row; peer: a QTableView filled from
//    one QNetworkAccessManager GET of the first page of a demo server that is already running
//    (tests/bench/peers/tablefetch.cpp), so the peer skips starting a server.
// Both measured from QProcess::start() to the line the program prints after that paint
// (ui/mainwindow/startupprobe.h), so exec and library loading count. The offscreen platform
// paints into memory; "cold" means a new process, not an empty disk cache (that needs root).
// BENCH_RUNS sets the runs (7).
#include "benchreport.h"
#include "demoserverprocess.h"
#include "processwait.h"

#include "demo/demokeys.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <vector>

namespace {

const int kRuns = qEnvironmentVariableIsSet("BENCH_RUNS") ? qEnvironmentVariableIntValue("BENCH_RUNS") : 7;
// No issue states these; they are this benchmark's own, from the 1 s a person waits without
// losing the thread: the window within it, and the first sessions within two.
constexpr double kWindowGoalMs = 1000;
constexpr double kFirstRowGoalMs = 2000;
constexpr char kWindowLine[] = "startup: window painted";
constexpr char kRowLine[] = "startup: first row painted";

struct Launch
{
    QString program;
    QStringList arguments;
    const char *probe; // SESSIONSCOPE_BENCH_FIRST_PAINT: when the program is to quit
    const char *line;  // what it prints then
};

// Milliseconds from start() to `launch.line` on the program's stdout; -1 when it never came.
// Every launch gets empty settings of its own: each is a first run.
double timeToLine(const Launch &launch, const QString &centuryKey)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.qpa.*=false"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("SESSIONSCOPE_BENCH_FIRST_PAINT"), QString::fromLatin1(launch.probe));
    env.insert(QStringLiteral("SESSIONSCOPE_BENCH_KEY"), centuryKey);

    QProcess process;
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QElapsedTimer clock;
    double ms = -1;
    const auto readLines = [&] {
        while (ms < 0 && process.canReadLine()) {
            if (process.readLine().startsWith(launch.line)) {
                ms = double(clock.nsecsElapsed()) / 1e6;
                loop.quit();
            }
        }
    };
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, readLines);
    QObject::connect(&process, &QProcess::finished, &loop, [&] {
        readLines();
        loop.quit();
    });
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    clock.start();
    process.start(launch.program, launch.arguments);
    loop.exec();
    if (!waitForExit(process, 10'000))
        process.kill();
    waitForExit(process, 5'000);
    if (ms < 0)
        std::fprintf(stderr, "%s %s: no '%s' (%s)\n", qPrintable(launch.program),
                     qPrintable(launch.arguments.join(QLatin1Char(' '))), launch.line,
                     process.readAllStandardError().left(400).constData());
    return ms;
}

// A figure's runs, or nothing when any run failed (a figure with a missing run is no figure).
struct Runs
{
    std::vector<double> ms;
    bool failed = false;
    void add(double value)
    {
        if (value < 0)
            failed = true;
        else
            ms.push_back(value);
    }
    BenchSample sample() const { return failed ? BenchSample{} : BenchSample::of(ms); }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    DemoServerProcess server;
    if (!server.start({}))
        qFatal("demo server did not start: %s", qPrintable(server.errorOutput()));
    const QString century = server.baseUrl(Backend::Century).toString();
    const QString key = QString::fromLatin1(demokeys::kCenturyKey);
    const QString peers = QStringLiteral(SESSIONSCOPE_BENCH_PEERS_DIR);

    const Launch oursWindow{QStringLiteral(SESSIONSCOPE_BINARY_PATH), {}, "window", kWindowLine};
    const Launch helloWindow{peers + QStringLiteral("/peer_hellowindow"), {}, "window", kWindowLine};
    const Launch oursRow{QStringLiteral(SESSIONSCOPE_BINARY_PATH), {QStringLiteral("--demo")}, "row", kRowLine};
    const Launch tableRow{peers + QStringLiteral("/peer_tablefetch"), {century}, "row", kRowLine};

    for (const Launch *warm : {&oursWindow, &helloWindow, &oursRow, &tableRow}) // page cache, fontconfig cache
        timeToLine(*warm, key);
    Runs ourWindowMs, helloMs, ourRowMs, tableMs;
    for (int run = 0; run < kRuns; ++run) {
        ourWindowMs.add(timeToLine(oursWindow, key));
        helloMs.add(timeToLine(helloWindow, key));
        ourRowMs.add(timeToLine(oursRow, key));
        tableMs.add(timeToLine(tableRow, key));
    }

    std::printf("Start-up, offscreen, median of %d interleaved runs, each a new process with empty settings:\n", kRuns);
    std::printf("  sessionscope to its first frame (welcome page): %.0f ms; a plain Qt main window: %.0f ms\n",
                ourWindowMs.sample().value, helloMs.sample().value);
    std::printf("  sessionscope --demo to its first row painted: %.0f ms; QTableView + QNAM + QJsonDocument against a "
                "running demo server: %.0f ms\n",
                ourRowMs.sample().value, tableMs.sample().value);
    reportFigure({.id = "startup.cold_start_to_window_ms", .ours = ourWindowMs.sample(), .unit = "ms",
                  .goal = BenchGoal::atMost(kWindowGoalMs), .peer = "plain_qt_main_window",
                  .theirs = helloMs.sample(), .valid = !ourWindowMs.failed});
    reportFigure({.id = "startup.first_row_painted_ms", .ours = ourRowMs.sample(), .unit = "ms",
                  .goal = BenchGoal::atMost(kFirstRowGoalMs), .peer = "qtableview_qnam_one_page",
                  .theirs = tableMs.sample(), .valid = !ourRowMs.failed});
    return 0;
}
