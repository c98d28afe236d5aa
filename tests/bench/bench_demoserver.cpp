// Demo server figures for ./dev bench:
//  (a) pages of 100 Century sessions served per second on loopback to one client that walks
//      the list by nextCursor, one request at a time (server on its own thread, as it is
//      its own process in `sessionscope demo-server`); median of several runs;
//  (b) the same at --scale 1,000,000, where a page has to be found among a million rows;
//  (c) start time and RSS growth of a server at --scale 1,000,000 (all three backends).
#include "benchreport.h"

#include "demo/demokeys.h"
#include "demo/demooptions.h"
#include "demo/demoserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <malloc.h>
#include <memory>
#include <unistd.h>
#include <vector>

namespace {

qint64 residentBytes()
{
    std::ifstream statm("/proc/self/statm");
    long long size = 0, resident = 0;
    statm >> size >> resident;
    return qint64(resident) * sysconf(_SC_PAGESIZE);
}

// A DemoServer living on its own thread; created, listened and destroyed there.
class ServerThread final
{
public:
    explicit ServerThread(const DemoOptions &options)
    {
        m_thread.start();
        QMetaObject::invokeMethod(m_context.get(), [this, options] {
            m_server = new DemoServer(options);
            m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
            m_port = m_server->port();
        }, Qt::BlockingQueuedConnection);
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(m_context.get(), [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_context = [this] {
        auto context = std::make_unique<QObject>();
        context->moveToThread(&m_thread);
        return context;
    }();
    DemoServer *m_server = nullptr; // owned by the server thread, deleted there
    quint16 m_port = 0;
};

// One client walking /smart-ia/sessions by cursor, 100 rows a page, for about `seconds`.
double pagesPerSecond(QNetworkAccessManager &nam, quint16 port, double seconds)
{
    const QString base = QStringLiteral("http://127.0.0.1:%1/century/api/v1/smart-ia/sessions?limit=100").arg(port);
    QString cursor;
    int pages = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < qint64(seconds * 1000)) {
        QUrl url(cursor.isEmpty() ? base : base + QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        QNetworkRequest request(url);
        request.setRawHeader("x-api-key", demokeys::kCenturyKey);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        std::unique_ptr<QNetworkReply> reply(nam.get(request));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (reply->error() != QNetworkReply::NoError) {
            std::fprintf(stderr, "request failed: %s\n", qPrintable(reply->errorString()));
            return 0;
        }
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const QJsonValue next = body.value(QLatin1String("pagination")).toObject().value(QLatin1String("nextCursor"));
        cursor = next.isString() ? next.toString() : QString(); // wrap around at the end
        ++pages;
    }
    return pages / (double(timer.elapsed()) / 1000.0);
}

DemoOptions benchOptions(int scale)
{
    DemoOptions o;
    o.scale = scale;
    o.speed = 0;
    o.rateLimitPerMinute = 0;
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int kRuns = 5;
    constexpr int kScale = 1000000;
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);

    // (c) first, on a fresh heap: start time and memory at a million sessions per backend.
    std::vector<double> startSeconds, bytesPerSession;
    for (int run = 0; run < 3; ++run) {
        malloc_trim(0);
        const qint64 before = residentBytes();
        QElapsedTimer timer;
        timer.start();
        auto server = std::make_unique<DemoServer>(benchOptions(kScale));
        const bool listening = server->listen(QHostAddress(QHostAddress::LocalHost), 0);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const qint64 growth = residentBytes() - before;
        if (!listening) {
            std::fprintf(stderr, "listen failed\n");
            return 1;
        }
        startSeconds.push_back(seconds);
        bytesPerSession.push_back(double(growth) / kScale);
        server.reset();
    }
    const BenchSample start = BenchSample::of(startSeconds);
    const BenchSample perSession = BenchSample::of(bytesPerSession);

    // (a) default-sized world (5,000 sessions per backend), server on its own thread.
    std::vector<double> rates;
    {
        ServerThread server(benchOptions(5000));
        pagesPerSecond(nam, server.port(), 0.3); // warm-up: connection, caches
        for (int run = 0; run < kRuns; ++run)
            rates.push_back(pagesPerSecond(nam, server.port(), 1.5));
    }
    const BenchSample pagesPerSec = BenchSample::of(rates);

    // (b) the same walk among a million rows.
    std::vector<double> bigRates;
    {
        ServerThread server(benchOptions(kScale));
        pagesPerSecond(nam, server.port(), 0.3);
        for (int run = 0; run < 3; ++run)
            bigRates.push_back(pagesPerSecond(nam, server.port(), 1.5));
    }
    const BenchSample bigPagesPerSec = BenchSample::of(bigRates);

    std::printf("Demo server on loopback, one client walking Century by cursor, 100 rows a page:\n");
    std::printf("(a) scale 5,000: %.0f pages/s (%.0f sessions/s), median of %d runs\n", pagesPerSec.value,
                pagesPerSec.value * 100, kRuns);
    reportFigure({.id = "demoserver_century_pages_per_s", .ours = pagesPerSec, .unit = "pages/s",
                  .goal = BenchGoal::atLeast(100)});
    std::printf("(b) scale 1,000,000: %.0f pages/s, median of 3 runs\n", bigPagesPerSec.value);
    reportFigure({.id = "demoserver_century_pages_per_s_1m", .ours = bigPagesPerSec, .unit = "pages/s",
                  .goal = BenchGoal::atLeast(10)});
    std::printf("(c) scale 1,000,000 per backend: start %.2f s, RSS growth %.0f bytes per session "
                "(of the scale; three backends share it), median of 3 runs\n", start.value, perSession.value);
    reportFigure({.id = "demoserver_start_1m", .ours = start, .unit = "s", .goal = BenchGoal::atMost(5)});
    reportFigure({.id = "demoserver_bytes_per_session_1m", .ours = perSession, .unit = "B",
                  .goal = BenchGoal::atMost(400)});
    return 0;
}
