#include "apiclienttestkit.h"
#include "scriptedhttpserver.h"

#include "net/apiclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace apitestkit;
using Kind = ApiError::Kind;
using std::chrono::milliseconds;

namespace {

const ApiAuth kAuth{"x-api-key", "gate-test-key-0123456789"};

} // namespace

// The edges of the per-host gate and of retries that tst_apiclient leaves out: which answers
// hold back the other requests to the host, cancelling or deleting requests that wait in the
// queue or in a cool-down, a connection cut mid-body, and per-request limits.
class TestApiClientGate final : public QObject
{
    Q_OBJECT

private slots:
    // A 503 that names a wait speaks for the whole host, like a 429 does.
    void serviceUnavailableWithRetryAfterHoldsTheHost()
    {
        ScriptedHttpServer server;
        QElapsedTimer clock;
        qint64 refusedAt = -1;
        qint64 secondAt = -1;
        server.setHandler([&](const RecordedRequest &request, QTcpSocket *socket) {
            if (request.target == "/first" && refusedAt < 0) {
                refusedAt = clock.elapsed();
                ScriptedHttpServer::respond(socket, 503, {}, {{"Retry-After", "1"}});
                return;
            }
            if (request.target == "/second")
                secondAt = clock.elapsed();
            ScriptedHttpServer::respondJson(socket, 200, "{}");
        });
        ApiClient client(server.origin(), kAuth, fastLimits());
        clock.start();
        ApiReply *first = client.send(get(server.url(QStringLiteral("/first"))));
        QSignalSpy firstDone(first, &ApiReply::finished);
        QTRY_VERIFY_WITH_TIMEOUT(client.coolDownRemaining().count() > 0, 3000);
        ApiReply *second = client.send(get(server.url(QStringLiteral("/second"))));
        QCOMPARE(finishedCount(second), 1);
        QVERIFY(firstDone.size() == 1 || firstDone.wait(3000));
        QVERIFY2(first->ok(), qPrintable(first->error().technicalDetail()));
        QVERIFY2(second->ok(), qPrintable(second->error().technicalDetail()));
        QVERIFY2(secondAt - refusedAt >= 900,
                 qPrintable(QStringLiteral("503 at %1 ms, second request at %2 ms").arg(refusedAt).arg(secondAt)));
    }

    // A 500 (or a 503 without Retry-After) is this request's bad luck: only its own backoff
    // applies, the other requests to the host go ahead at once.
    void serverErrorWithoutRetryAfterHoldsNoOneElse()
    {
        ScriptedHttpServer server;
        QElapsedTimer clock;
        qint64 secondAt = -1;
        server.setHandler([&](const RecordedRequest &request, QTcpSocket *socket) {
            if (request.target == "/first") {
                ScriptedHttpServer::respond(socket, 500);
                return;
            }
            secondAt = clock.elapsed();
            ScriptedHttpServer::respondJson(socket, 200, "{}");
        });
        ApiLimits limits = fastLimits();
        limits.maxRetries = 1;
        limits.backoffBase = milliseconds(1500); // the first request's own wait is long...
        limits.backoffMax = milliseconds(1500);
        ApiClient client(server.origin(), kAuth, limits);
        ApiReply *first = client.send(get(server.url(QStringLiteral("/first"))));
        QTRY_COMPARE(server.requestCount(), 1);
        QCOMPARE(client.coolDownRemaining().count(), 0);
        clock.start();
        ApiReply *second = client.send(get(server.url(QStringLiteral("/second"))));
        QCOMPARE(finishedCount(second), 1);
        QVERIFY(second->ok());
        QVERIFY2(secondAt >= 0 && secondAt < 500, qPrintable(QString::number(secondAt))); // ...not the host's
        first->abort();
    }

    // A connection cut after part of the body is a network error; the retry's body is the
    // whole new body, not the old fragment with the new body appended.
    void connectionCutMidBodyIsRetriedWithAFreshBody()
    {
        ScriptedHttpServer server;
        const QByteArray full = R"({"data":[{"id":"1"},{"id":"2"}]})";
        server.setHandler([&server, full](const RecordedRequest &, QTcpSocket *socket) {
            if (server.requestCount() == 1) {
                socket->write(ScriptedHttpServer::head(200, full.size()) + full.left(10));
                socket->disconnectFromHost(); // an orderly close, yet short of Content-Length
            } else {
                ScriptedHttpServer::respondJson(socket, 200, full);
            }
        });
        ApiClient client(server.origin(), kAuth, fastLimits());
        ApiReply *reply = client.send(get(server.url()));
        QCOMPARE(finishedCount(reply), 1);
        QVERIFY2(reply->ok(), qPrintable(reply->error().technicalDetail()));
        QCOMPARE(reply->attempts(), 2);
        QCOMPARE(reply->body(), full);
    }

    void connectionCutMidBodyOfANonReadIsNotRetried()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *socket) {
            socket->write(ScriptedHttpServer::head(200, 100) + "{\"ok\":");
            socket->disconnectFromHost();
        });
        ApiClient client(server.origin(), kAuth, fastLimits());
        ApiReply *reply = client.send(post(server.url(QStringLiteral("/write")), "{}", false));
        QCOMPARE(finishedCount(reply), 1);
        QCOMPARE(reply->error().kind(), Kind::Network);
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(server.requestCount(), 1);
    }

    // Cancelling a request that waits for a slot: it finishes once, as Cancelled, and never
    // reaches the server; the request holding the slot is not disturbed.
    void abortWhileQueuedNeverSends()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &request, QTcpSocket *socket) {
            if (request.target == "/slow")
                ScriptedHttpServer::respondLater(socket, 300, 200, "{}");
            else
                ScriptedHttpServer::respondJson(socket, 200, "{}");
        });
        ApiLimits limits = fastLimits();
        limits.maxInFlightPerHost = 1;
        limits.inactivityTimeout = milliseconds(2000);
        ApiClient client(server.origin(), kAuth, limits);
        ApiReply *slow = client.send(get(server.url(QStringLiteral("/slow"))));
        QSignalSpy slowDone(slow, &ApiReply::finished);
        ApiReply *queued = client.send(get(server.url(QStringLiteral("/queued"))));
        QTRY_COMPARE(server.requestCount(), 1);
        queued->abort();
        QCOMPARE(finishedCount(queued, 1000), 1);
        QCOMPARE(queued->error().kind(), Kind::Cancelled);
        QCOMPARE(queued->attempts(), 0);
        QVERIFY(slowDone.size() == 1 || slowDone.wait(3000));
        QVERIFY(slow->ok());
        QTest::qWait(100);
        QCOMPARE(server.requestCount(), 1);
    }

    // Cancelling a request held back by the host's cool-down ends it now, not when the
    // cool-down is over.
    void abortDuringTheHostCoolDownIsPrompt()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *socket) {
            ScriptedHttpServer::respond(socket, 429, {}, {{"Retry-After", "2"}});
        });
        ApiLimits limits = fastLimits();
        limits.maxRetries = 0;
        ApiClient client(server.origin(), kAuth, limits);
        ApiReply *limited = client.send(get(server.url()));
        QCOMPARE(finishedCount(limited), 1);
        QCOMPARE(limited->error().kind(), Kind::RateLimited);
        QVERIFY(client.coolDownRemaining() > milliseconds(1000));

        ApiReply *waiting = client.send(get(server.url()));
        QSignalSpy waitingDone(waiting, &ApiReply::finished);
        QTest::qWait(50);
        QCOMPARE(waitingDone.size(), 0); // held back, not failed
        QElapsedTimer clock;
        clock.start();
        waiting->abort();
        QVERIFY(waitingDone.wait(1000));
        QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(waiting->error().kind(), Kind::Cancelled);
        QCOMPARE(server.requestCount(), 1);
    }

    // A caller may drop an unfinished reply with deleteLater(): its slot goes to the next one.
    void deletingAnUnfinishedReplyFreesItsSlot()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &request, QTcpSocket *socket) {
            if (request.target != "/stuck")
                ScriptedHttpServer::respondJson(socket, 200, "{}");
        });
        ApiLimits limits = fastLimits();
        limits.maxInFlightPerHost = 1;
        limits.inactivityTimeout = milliseconds(5000);
        limits.totalDeadline = milliseconds(5000);
        ApiClient client(server.origin(), kAuth, limits);
        ApiReply *stuck = client.send(get(server.url(QStringLiteral("/stuck"))));
        ApiReply *next = client.send(get(server.url(QStringLiteral("/next"))));
        QSignalSpy nextDone(next, &ApiReply::finished);
        QTRY_COMPARE(server.requestCount(), 1);
        stuck->deleteLater();
        QVERIFY(nextDone.wait(2000));
        QVERIFY(next->ok());
        QCOMPARE(server.requestCount(), 2);
    }

    // ApiRequest::limits replaces the client's limits for that request alone.
    void perRequestLimitsOverrideTheClients()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *) {}); // never answers
        ApiLimits generous = fastLimits();
        generous.inactivityTimeout = milliseconds(10'000);
        generous.totalDeadline = milliseconds(10'000);
        ApiClient client(server.origin(), kAuth, generous);

        ApiRequest hurried = get(server.url(QStringLiteral("/hurried")));
        ApiLimits tight = fastLimits();
        tight.inactivityTimeout = milliseconds(200);
        tight.maxRetries = 0;
        hurried.limits = tight;
        QElapsedTimer clock;
        clock.start();
        ApiReply *reply = client.send(hurried);
        QCOMPARE(finishedCount(reply, 3000), 1);
        QCOMPARE(reply->error().kind(), Kind::Timeout);
        QCOMPARE(reply->attempts(), 1);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));

        ApiReply *patient = client.send(get(server.url(QStringLiteral("/patient"))));
        QSignalSpy patientDone(patient, &ApiReply::finished);
        QVERIFY(!patientDone.wait(600)); // still under the client's 10 s
        patient->abort();
        QVERIFY(patientDone.wait(1000));
    }

    // A Retry-After that cannot be used (garbage, a date already past) leaves the plain
    // backoff in charge: the retry comes quickly, and the host is not held for long.
    void unusableRetryAfterFallsBackToBackoff_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("garbage") << QByteArray("soon, promise");
        QTest::newRow("negative") << QByteArray("-30");
        QTest::newRow("date in the past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT");
    }
    void unusableRetryAfterFallsBackToBackoff()
    {
        QFETCH(QByteArray, value);
        ScriptedHttpServer server;
        server.setHandler([&server, value](const RecordedRequest &, QTcpSocket *socket) {
            if (server.requestCount() == 1)
                ScriptedHttpServer::respond(socket, 429, {}, {{"Retry-After", value}});
            else
                ScriptedHttpServer::respondJson(socket, 200, "{}");
        });
        ApiClient client(server.origin(), kAuth, fastLimits()); // backoff: at most 20 ms here
        QElapsedTimer clock;
        clock.start();
        ApiReply *reply = client.send(get(server.url()));
        QCOMPARE(finishedCount(reply), 1);
        QVERIFY2(reply->ok(), qPrintable(reply->error().technicalDetail()));
        QCOMPARE(reply->attempts(), 2);
        QVERIFY2(clock.elapsed() < 800, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestApiClientGate)
#include "tst_apiclientgate.moc"
