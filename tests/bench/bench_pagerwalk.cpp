// Issue 4's figure: walking 1,000 pages of 100 Century sessions from the demo server, the
// client's cost per page beyond the server's own time. The peer is a bare
// QNetworkAccessManager fetching the very same URLs without parsing anything; the server
// runs in its own process (on the other core), so both walks see the same server cost.
// Medians of interleaved runs, because this machine is shared and noisy.
#include "benchreport.h"
#include "processwait.h"

#include "net/apiclient.h"
#include "net/apireply.h"
#include "sources/pager.h"
#include "sources/sessionsource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {

const int kPages = qEnvironmentVariableIsSet("BENCH_PAGES") ? qEnvironmentVariableIntValue("BENCH_PAGES") : 1000;
constexpr int kPageSize = 100;
const int kRuns = qEnvironmentVariableIsSet("BENCH_RUNS") ? qEnvironmentVariableIntValue("BENCH_RUNS") : 5;
const QByteArray kKey = "demo-century-key";

// A real event loop, not QTest::qWaitFor: that one sleeps 10 ms between polls, which
// would measure its own sleeps instead of the network.
template<typename Sender, typename Signal>
void waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, [] { qFatal("no answer within 30 s"); });
    loop.exec();
}

CenturyQuery offsetQuery()
{
    CenturyQuery q;
    q.paging = CenturyPaging::Offset; // the same URLs for both walks
    q.pageSize = kPageSize;
    return q;
}

// The peer: the same requests, one after another, bodies read and dropped. `bytes` is what
// came over the wire (the bodies): the same bytes our walk receives.
double rawWalkMs(const SessionSource &source, qint64 &bytes)
{
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    bytes = 0;
    for (int page = 0; page < kPages; ++page) {
        QNetworkRequest request(source.pageRequest(offsetQuery(), {QString(), qint64(page) * kPageSize, 0}).url);
        request.setRawHeader("x-api-key", kKey);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QNetworkReply *reply = network.get(request);
        waitFor(reply, &QNetworkReply::finished);
        bytes += reply->readAll().size();
        reply->deleteLater();
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (bytes < qint64(kPages) * 1000)
        qFatal("raw walk received too little: %lld bytes", bytes);
    return ms;
}

// The same requests through ApiClient alone: separates the network layer's cost from the
// Pager's and the parser's.
double apiClientWalkMs(const QUrl &base, const SessionSource &source)
{
    ApiClient client(base, ApiAuth{"x-api-key", kKey});
    QElapsedTimer timer;
    timer.start();
    for (int page = 0; page < kPages; ++page) {
        ApiRequest request;
        request.url = source.pageRequest(offsetQuery(), {QString(), qint64(page) * kPageSize, 0}).url;
        ApiReply *reply = client.send(request);
        waitFor(reply, &ApiReply::finished);
        if (!reply->ok())
            qFatal("ApiClient walk failed: %s", qPrintable(reply->error().technicalDetail()));
        reply->deleteLater();
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double pagerWalkMs(const QUrl &base, std::shared_ptr<const SessionSource> source,
                   CenturyPaging paging = CenturyPaging::Offset)
{
    CenturyQuery query = offsetQuery();
    query.paging = paging;
    ApiClient client(base, ApiAuth{"x-api-key", kKey});
    PagerLimits limits;
    limits.maxPages = kPages + 10;
    Pager pager(source, &client, Query{query}, limits);
    qint64 rows = 0;
    bool done = false;
    QObject context;
    QObject::connect(&pager, &Pager::pageReady, &context,
                     [&rows, &pager, &done](const std::vector<SessionRecord> &page) {
                         rows += qint64(page.size());
                         if (pager.pagesFetched() >= kPages) {
                             pager.cancel();
                             done = true;
                         }
                     });
    QObject::connect(&pager, &Pager::finished, &context, [&done] { done = true; });
    QObject::connect(&pager, &Pager::failed, &context, [](const ApiError &e) {
        qFatal("pager failed: %s", qPrintable(e.technicalDetail()));
    });
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(&pager, &Pager::pageReady, &loop, [&done, &loop] {
        if (done)
            loop.quit();
    });
    QObject::connect(&pager, &Pager::finished, &loop, &QEventLoop::quit);
    pager.fetchAll();
    if (!done)
        loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (rows != qint64(kPages) * kPageSize)
        qFatal("pager walk delivered %lld rows, expected %d", rows, kPages * kPageSize);
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QProcess server;
    server.start(QStringLiteral(SESSIONSCOPE_BINARY_PATH),
                 {QStringLiteral("demo-server"), QStringLiteral("--port"), QStringLiteral("0"),
                  QStringLiteral("--scale"), QString::number(kPages * kPageSize + 1000), QStringLiteral("--speed"),
                  QStringLiteral("0"), QStringLiteral("--rate-limit"), QStringLiteral("100000000/min")});
    if (!waitForLine(server, 60'000))
        qFatal("demo server did not start: %s", server.readAllStandardError().constData());
    const QByteArray line = server.readLine().trimmed();
    const QUrl origin(QString::fromUtf8(line.mid(line.indexOf("http://"))));
    const QUrl base = origin.resolved(QUrl(QStringLiteral("/century/api/v1")));
    std::shared_ptr<const SessionSource> source = makeSessionSource(Backend::Century, base);

    std::vector<double> raw, client, ours, oursCursor;
    qint64 bytes = 0;
    rawWalkMs(*source, bytes); // warm-up: server caches, TCP, allocator
    for (int run = 0; run < kRuns; ++run) {
        raw.push_back(rawWalkMs(*source, bytes));
        client.push_back(apiClientWalkMs(base, *source));
        ours.push_back(pagerWalkMs(base, source));
        oursCursor.push_back(pagerWalkMs(base, source, CenturyPaging::Cursor));
    }
    server.terminate();
    waitForExit(server, 10'000);

    const double rawMs = benchMedian(raw);
    const double oursMs = benchMedian(ours);
    const double clientMs = benchMedian(client);
    const double cursorMs = benchMedian(oursCursor);
    // Each run pairs the two walks back to back, so their difference is the figure; the
    // spread of those differences is the noise this shared machine added.
    std::vector<double> perPage, rawPerPage, oursMBps, rawMBps;
    for (size_t i = 0; i < raw.size(); ++i) {
        perPage.push_back((ours[i] - raw[i]) / kPages);
        rawPerPage.push_back(raw[i] / kPages);
        oursMBps.push_back(double(bytes) / 1e3 / ours[i]);
        rawMBps.push_back(double(bytes) / 1e3 / raw[i]);
    }
    const BenchSample overheadPerPage = BenchSample::of(perPage);
    std::printf("Walking %d pages of %d Century sessions (%.1f MB) from the demo server (median of %d interleaved "
                "runs)\n", kPages, kPageSize, double(bytes) / 1e6, kRuns);
    std::printf("  bare QNetworkAccessManager, no parsing: %.0f ms (%.3f ms/page)\n", rawMs, rawMs / kPages);
    std::printf("  ApiClient alone, no parsing:            %.0f ms (%.3f ms/page)\n", clientMs, clientMs / kPages);
    std::printf("  Pager + ApiClient + parser, offset:     %.0f ms (%.3f ms/page)\n", oursMs, oursMs / kPages);
    std::printf("  Pager, cursor paging (next cursor peeked from the body):    %.0f ms (%.3f ms/page, "
                "overhead %.3f ms/page)\n", cursorMs, cursorMs / kPages, (cursorMs - rawMs) / kPages);
    std::printf("  client overhead per page (offset paging, next page asked while this one parses): %.3f ms, "
                "runs from %.3f to %.3f (goal < 0.2 ms)\n",
                overheadPerPage.value, *std::min_element(perPage.begin(), perPage.end()),
                *std::max_element(perPage.begin(), perPage.end()));
    reportFigure({.id = "pager_overhead_per_page", .ours = overheadPerPage, .unit = "ms",
                  .goal = BenchGoal::atMost(0.2), .peer = "bare_qnam_same_urls_ms_per_page",
                  .theirs = BenchSample::of(rawPerPage)});
    // The network's ceiling: the same bytes over loopback with nothing done to them.
    reportFigure({.id = "pager_walk_vs_bare_transfer", .ours = BenchSample::of(oursMBps), .unit = "MB/s",
                  .goal = BenchGoal::report(), .peer = "bare_qnam_loopback_transfer", .theirs = BenchSample::of(rawMBps)});
    return 0;
}
