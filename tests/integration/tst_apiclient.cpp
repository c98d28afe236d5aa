#include "apiclienttestkit.h"
#include "scriptedhttpserver.h"

#include "net/apiclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace apitestkit;
using Kind = ApiError::Kind;

namespace {

const ApiAuth kAuth{"x-api-key", "test-key-0123456789"};

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

} // namespace

// Status codes, retries, rate limits and concurrency against a scripted loopback server.
class TestApiClient final : public QObject
{
    Q_OBJECT

private slots:
    void okResponseCarriesKeyAndBody()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *socket) {
            ScriptedHttpServer::respondJson(socket, 200, R"({"data":[]})", {{"X-Total", "5"}});
        });
        ApiClient client(server.origin(), kAuth, fastLimits());
        ApiReply *reply = client.send(get(server.url(QStringLiteral("/api/v1/sessions?limit=5"))));
        QVERIFY(!reply->isFinished()); // never finished inside send()
        QCOMPARE(finishedCount(reply), 1);
        QVERIFY2(reply->ok(), qPrintable(reply->error().technicalDetail()));
        QCOMPARE(reply->httpStatus(), 200);
        QCOMPARE(reply->body(), QByteArray(R"({"data":[]})"));
        QCOMPARE(reply->header("x-total"), QByteArray("5"));
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(reply->error().kind(), Kind::None);

        QCOMPARE(server.requestCount(), 1);
        const RecordedRequest &seen = server.requests().constFirst();
        QCOMPARE(seen.method, QByteArray("GET"));
        QCOMPARE(seen.target, QByteArray("/api/v1/sessions?limit=5"));
        QCOMPARE(seen.header("x-api-key"), kAuth.headerValue);
        QVERIFY(seen.header("User-Agent").startsWith("SessionScope/"));
        // HTTP/1.1 only: no upgrade offer to h2c (the attribute itself: tst_netpolicy).
        QVERIFY(seen.raw.contains(" HTTP/1.1\r\n"));
        QVERIFY(!seen.hasHeader("Upgrade"));
        QVERIFY(!seen.hasHeader("HTTP2-Settings"));
        reply->deleteLater();
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("400") << 400 << Kind::Client;
        QTest::newRow("401") << 401 << Kind::Auth;
        QTest::newRow("403") << 403 << Kind::Forbidden;
        QTest::newRow("404") << 404 << Kind::NotFound;
        QTest::newRow("422") << 422 << Kind::Client;
    }
    void clientErrorsAreNotRetried()
    {
        QFETCH(int, status);
        QFETCH(Kind, kind);
        ScriptedHttpServer server;
        server.setHandler([status](const RecordedRequest &, QTcpSocket *socket) {
            ScriptedHttpServer::respondJson(socket, status, R"({"error":{"code":"E1","message":"Nope, says the server"}})");
        });
        ApiClient client(server.origin(), kAuth, fastLimits());
        ApiReply *reply = client.send(get(server.url(QStringLiteral("/sessions?x=1"))));
        QCOMPARE(finishedCount(reply), 1);
        QCOMPARE(reply->error().kind(), kind);
        QCOMPARE(reply->httpStatus(), status);
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(server.requestCount(), 1);
        const QString detail = reply->error().technicalDetail();
        QVERIFY2(detail.contains(QString::number(status)), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("E1: Nope, says the server")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("GET /sessions")), qPrintable(detail));
        QVERIFY2(!detail.contains(QLatin1String("x=1")), qPrintable(detail)); // the path only
        QVERIFY(!reply->error().userMessage().isEmpty());
    }

    void serverErrorsAreRetriedThenSucceed_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
    }
    void serverErrorsAreRetriedThenSucceed()
    {
        QFETCH(int, status);
        ScriptedHttpServer server;
        server.setHandler([&server, status](const RecordedRequest &, QTcpSocket *socket) {
            if (server.requestCount() <= 2)
                ScriptedHttpServer::respond(socket, status, "busy");
            else
                ScriptedHttpServer::respondJson(socket, 200, "{}");
        });
        ApiClient client(server.origin(), kAuth, fastLimits());
        ApiReply *reply = client.send(get(server.url()));
        QCOMPARE(finishedCount(reply), 1);
        QVERIFY2(reply->ok(), qPrintable(reply->error().technicalDetail()));
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(server.requestCount(), 3);
        for (const RecordedRequest &seen : server.requests())
            QCOMPARE(seen.header("x-api-key"), kAuth.headerValue);
    }

    void serverErrorAfterAllRetries()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *socket) {
            ScriptedHttpServer::respondJson(socket, 500, R"({"message":"database on fire"})");
        });
        ApiLimits limits = fastLimits();
        limits.maxRetries = 2;
        ApiClient client(server.origin(), kAuth, limits);
        ApiReply *reply = client.send(get(server.url()));
        QCOMPARE(finishedCount(reply), 1);
        QCOMPARE(reply->error().kind(), Kind::Server);
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(server.requestCount(), 3);
        QVERIFY(reply->error().technicalDetail().contains(QLatin1String("database on fire")));
    }

    void droppedConnectionsAreRetried()
    {
        ScriptedHttpServer server;
        server.setHandler([&server](const RecordedRequest &, QTcpSocket *socket) {
            // Some bytes, then the connection drops mid-body. (Qt itself resends a request once
            // when a connection drops before any answer byte, so a bare reset would hide our
            // own retry count.)
            if (server.requestCount() <= 2) {
                socket->write(ScriptedHttpServer::head(200, 100) + "partial");
                socket->flush();
                socket->abort();
            } else
                ScriptedHttpServer::respondJson(socket, 200, "{}");
        });
        ApiClient client(server.origin(), kAuth, fastLimits());
        ApiReply *reply = client.send(get(server.url()));
        QCOMPARE(finishedCount(reply), 1);
        QVERIFY2(reply->ok(), qPrintable(reply->error().technicalDetail()));
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(reply->body(), QByteArray("{}")); // nothing of the cut bodies
    }

    void connectionRefusedIsANetworkError()
    {
        quint16 port = 0;
        {
            ScriptedHttpServer gone;
            port = gone.port();
        }
        const QUrl origin(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        ApiLimits limits = fastLimits();
        limits.maxRetries = 1;
        ApiClient client(origin, kAuth, limits);
        ApiReply *reply = client.send(get(origin));
        QCOMPARE(finishedCount(reply), 1);
        QCOMPARE(reply->error().kind(), Kind::Network);
        QCOMPARE(reply->attempts(), 2);
        QCOMPARE(reply->httpStatus(), 0);
    }

    void retryAfterSecondsIsHonoured()
    {
        ScriptedHttpServer server;
        server.setHandler([&server](const RecordedRequest &, QTcpSocket *socket) {
            if (server.requestCount() == 1)
                ScriptedHttpServer::respond(socket, 429, {}, {{"Retry-After", "1"}});
            else
                ScriptedHttpServer::respondJson(socket, 200, "{}");
        });
        ApiClient client(server.origin(), kAuth, fastLimits()); // backoff alone: at most 100 ms
        QElapsedTimer clock;
        clock.start();
        ApiReply *reply = client.send(get(server.url()));
        QCOMPARE(finishedCount(reply), 1);
        QVERIFY(reply->ok());
        QCOMPARE(reply->attempts(), 2);
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
    }

    void retryAfterDateIsHonoured()
    {
        ScriptedHttpServer server;
        server.setHandler([&server](const RecordedRequest &, QTcpSocket *socket) {
            if (server.requestCount() == 1) {
                // Whole seconds: 2 s ahead means at least 1 s from now.
                const QByteArray date = httpDate(QDateTime::currentDateTimeUtc().addSecs(2));
                ScriptedHttpServer::respond(socket, 503, {}, {{"Retry-After", date}});
            } else {
                ScriptedHttpServer::respondJson(socket, 200, "{}");
            }
        });
        ApiClient client(server.origin(), kAuth, fastLimits());
        QElapsedTimer clock;
        clock.start();
        ApiReply *reply = client.send(get(server.url()));
        QCOMPARE(finishedCount(reply), 1);
        QVERIFY(reply->ok());
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(clock.elapsed() < 2900, qPrintable(QString::number(clock.elapsed())));
    }

    void retryAfterIsClamped()
    {
        ScriptedHttpServer server;
        server.setHandler([&server](const RecordedRequest &, QTcpSocket *socket) {
            if (server.requestCount() == 1)
                ScriptedHttpServer::respond(socket, 429, {}, {{"Retry-After", "86400"}});
            else
                ScriptedHttpServer::respondJson(socket, 200, "{}");
        });
        ApiLimits limits = fastLimits();
        limits.maxRetryAfter = std::chrono::milliseconds(400);
        ApiClient client(server.origin(), kAuth, limits);
        QElapsedTimer clock;
        clock.start();
        ApiReply *reply = client.send(get(server.url()));
        QCOMPARE(finishedCount(reply), 1);
        QVERIFY(reply->ok());
        QVERIFY2(clock.elapsed() >= 380 && clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void rateLimitCoolDownIsSharedByTheHost_data()
    {
        QTest::addColumn<bool>("asDate");
        QTest::newRow("delta-seconds") << false;
        QTest::newRow("HTTP-date") << true;
    }
    void rateLimitCoolDownIsSharedByTheHost()
    {
        QFETCH(bool, asDate);
        ScriptedHttpServer server;
        QElapsedTimer clock;
        QList<qint64> arrivals;
        server.setHandler([&](const RecordedRequest &request, QTcpSocket *socket) {
            arrivals.append(clock.elapsed());
            // A date has whole seconds: 2 s ahead is 1 to 2 s from now, like "1" is 1 s.
            const QByteArray retryAfter = asDate ? httpDate(QDateTime::currentDateTimeUtc().addSecs(2)) : "1";
            if (request.target == "/first" && server.requestCount() == 1)
                ScriptedHttpServer::respond(socket, 429, {}, {{"Retry-After", retryAfter}});
            else
                ScriptedHttpServer::respondJson(socket, 200, "{}");
        });
        ApiClient client(server.origin(), kAuth, fastLimits());
        clock.start();
        ApiReply *first = client.send(get(server.url(QStringLiteral("/first"))));
        QSignalSpy firstDone(first, &ApiReply::finished);
        QTRY_VERIFY_WITH_TIMEOUT(client.coolDownRemaining().count() > 0, 3000);
        const qint64 coolDownSeenAt = clock.elapsed();
        ApiReply *second = client.send(get(server.url(QStringLiteral("/second"))));
        QCOMPARE(finishedCount(second), 1);
        QVERIFY(firstDone.size() == 1 || firstDone.wait(3000));
        QVERIFY(first->ok());
        QVERIFY(second->ok());
        QCOMPARE(server.requestCount(), 3);
        // The second request never saw the 429 itself, yet waited for the host's cool-down.
        const qint64 secondArrival = arrivals.at(1);
        QVERIFY2(secondArrival >= 900, qPrintable(QStringLiteral("second request at %1 ms, cool-down seen at %2 ms")
                                                      .arg(secondArrival)
                                                      .arg(coolDownSeenAt)));
        QCOMPARE(second->attempts(), 1);
    }

    void rateLimitedAfterRetries()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *socket) {
            ScriptedHttpServer::respond(socket, 429, {}, {{"Retry-After", "1"}});
        });
        ApiLimits limits = fastLimits();
        limits.maxRetries = 1;
        ApiClient client(server.origin(), kAuth, limits);
        ApiReply *reply = client.send(get(server.url()));
        QCOMPARE(finishedCount(reply), 1);
        QCOMPARE(reply->error().kind(), Kind::RateLimited);
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(reply->error().userMessage(), QStringLiteral("The service is busy (rate limited). Try again in 1 s."));
    }

    void retryBeyondTheBudgetEndsAtOnce()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *socket) {
            ScriptedHttpServer::respond(socket, 429, {}, {{"Retry-After", "40"}});
        });
        ApiLimits limits = fastLimits();
        limits.maxRetryAfter = std::chrono::milliseconds(600'000);
        limits.retryBudget = std::chrono::milliseconds(1000);
        ApiClient client(server.origin(), kAuth, limits);
        QElapsedTimer clock;
        clock.start();
        ApiReply *reply = client.send(get(server.url()));
        QCOMPARE(finishedCount(reply), 1);
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(reply->error().kind(), Kind::RateLimited);
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(reply->error().userMessage(), QStringLiteral("The service is busy (rate limited). Try again in 40 s."));
        QVERIFY(client.coolDownRemaining().count() > 30'000); // and the host stays cooled down
    }

    void inFlightPerHostIsBounded()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *socket) {
            ScriptedHttpServer::respondLater(socket, 150, 200, "{}");
        });
        ApiLimits limits = fastLimits();
        limits.maxInFlightPerHost = 2;
        ApiClient client(server.origin(), kAuth, limits);
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        QList<ApiReply *> replies;
        for (int i = 0; i < 6; ++i) {
            replies.append(client.send(get(server.url(QStringLiteral("/r%1").arg(i)))));
            spies.push_back(std::make_unique<QSignalSpy>(replies.last(), &ApiReply::finished));
        }
        for (auto &spy : spies)
            QVERIFY(spy->size() == 1 || spy->wait(5000));
        for (ApiReply *reply : replies)
            QVERIFY2(reply->ok(), qPrintable(reply->error().technicalDetail()));
        QCOMPARE(server.requestCount(), 6);
        QCOMPARE(server.maxConcurrent(), 2);
    }

    void nonReadPostIsSentOnce()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *socket) { ScriptedHttpServer::respond(socket, 503); });
        ApiClient client(server.origin(), kAuth, fastLimits());
        ApiReply *reply = client.send(post(server.url(QStringLiteral("/write")), R"({"a":1})", false));
        QCOMPARE(finishedCount(reply), 1);
        QCOMPARE(reply->error().kind(), Kind::Server);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(reply->attempts(), 1);
    }

    void nonReadPostIsNotRetriedAfterADroppedConnection()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *socket) { socket->abort(); });
        ApiClient client(server.origin(), kAuth, fastLimits());
        ApiReply *reply = client.send(post(server.url(QStringLiteral("/write")), R"({"a":1})", false));
        QCOMPARE(finishedCount(reply), 1);
        QCOMPARE(reply->error().kind(), Kind::Network);
        QCOMPARE(reply->attempts(), 1);
        // Qt's HTTP layer resends once on its own when a connection drops before any answer
        // byte (its keep-alive race handling, no switch to turn it off); we add nothing to it.
        QVERIFY(server.requestCount() <= 2);
    }

    void readingPostIsRetriedWithItsBody()
    {
        ScriptedHttpServer server;
        server.setHandler([&server](const RecordedRequest &, QTcpSocket *socket) {
            if (server.requestCount() == 1)
                ScriptedHttpServer::respond(socket, 500);
            else
                ScriptedHttpServer::respondJson(socket, 200, R"({"data":[]})");
        });
        ApiClient client(server.origin(), kAuth, fastLimits());
        const QByteArray body = R"({"search":{"userIds":["a"]},"limit":100})";
        ApiReply *reply = client.send(post(server.url(QStringLiteral("/smart-ia/sessions/search")), body, true));
        QCOMPARE(finishedCount(reply), 1);
        QVERIFY(reply->ok());
        QCOMPARE(server.requestCount(), 2);
        for (const RecordedRequest &seen : server.requests()) {
            QCOMPARE(seen.method, QByteArray("POST"));
            QCOMPARE(seen.body, body);
            QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
        }
    }

    void abortInFlightFinishesOnceAsCancelled()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *) {}); // never answers
        ApiClient client(server.origin(), kAuth, fastLimits());
        ApiReply *reply = client.send(get(server.url()));
        QSignalSpy spy(reply, &ApiReply::finished);
        QTRY_COMPARE(server.requestCount(), 1);
        reply->abort();
        QCOMPARE(spy.size(), 0); // asynchronous, even here
        QVERIFY(spy.wait(2000));
        reply->abort(); // a no-op now
        QTest::qWait(400); // past the inactivity timeout: nothing else fires
        QCOMPARE(spy.size(), 1);
        QCOMPARE(reply->error().kind(), Kind::Cancelled);
        QVERIFY(!reply->ok());
    }

    void abortBeforeSendingAndDuringBackoff()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *socket) { ScriptedHttpServer::respond(socket, 503); });
        ApiLimits limits = fastLimits();
        limits.backoffBase = std::chrono::milliseconds(2000);
        limits.backoffMax = std::chrono::milliseconds(2000);
        ApiClient client(server.origin(), kAuth, limits);

        ApiReply *early = client.send(get(server.url()));
        QSignalSpy earlySpy(early, &ApiReply::finished);
        early->abort();
        QVERIFY(earlySpy.wait(1000));

        ApiReply *waiting = client.send(get(server.url()));
        QSignalSpy waitingSpy(waiting, &ApiReply::finished);
        QTRY_COMPARE(server.requestCount(), 1 + (early->attempts() > 0 ? 1 : 0));
        QTest::qWait(50); // now in its backoff
        waiting->abort();
        QVERIFY(waitingSpy.wait(1000));
        QTest::qWait(100);
        QCOMPARE(earlySpy.size(), 1);
        QCOMPARE(waitingSpy.size(), 1);
        QCOMPARE(early->error().kind(), Kind::Cancelled);
        QCOMPARE(waiting->error().kind(), Kind::Cancelled);
    }

    void queuedRequestsRunAfterAnAbortFreesTheSlot()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &request, QTcpSocket *socket) {
            if (request.target != "/stuck")
                ScriptedHttpServer::respondJson(socket, 200, "{}");
        });
        ApiLimits limits = fastLimits();
        limits.maxInFlightPerHost = 1;
        limits.inactivityTimeout = std::chrono::milliseconds(5000);
        ApiClient client(server.origin(), kAuth, limits);
        ApiReply *stuck = client.send(get(server.url(QStringLiteral("/stuck"))));
        ApiReply *next = client.send(get(server.url(QStringLiteral("/next"))));
        QSignalSpy nextSpy(next, &ApiReply::finished);
        QTRY_COMPARE(server.requestCount(), 1);
        stuck->abort();
        QVERIFY(nextSpy.wait(2000));
        QVERIFY(next->ok());
    }

    void destroyingTheClientMidRequestIsSafe()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *) {});
        auto client = std::make_unique<ApiClient>(server.origin(), kAuth, fastLimits());
        client->send(get(server.url()));
        client->send(get(server.url()));
        QTRY_COMPARE(server.requestCount(), 2);
        client.reset();
        QTest::qWait(50);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
