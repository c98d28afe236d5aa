#include "apiclienttestkit.h"
#include "scriptedhttpserver.h"

#include "net/apiclient.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QSignalSpy>
#include <QTest>

using namespace apitestkit;
using Kind = ApiError::Kind;

namespace {

const ApiAuth kAuth{"Authorization", "Bearer mob_limits_key_42"};

} // namespace

// Byte caps, timeouts, redirects and the transport policy: every case ends in a defined
// error within its bound, never a hang, and the key never leaves the connection's origin.
class TestApiClientLimits final : public QObject
{
    Q_OBJECT

private slots:
    void contentLengthOverTheCap()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *socket) {
            socket->write(ScriptedHttpServer::head(200, qint64(10) * 1024 * 1024) + QByteArray(1000, 'x'));
            // ...and keeps the connection open: the client must stop on the header alone.
        });
        ApiClient client(server.origin(), kAuth, fastLimits());
        ApiReply *reply = client.send(get(server.url()));
        QCOMPARE(finishedCount(reply, 3000), 1);
        QCOMPARE(reply->error().kind(), Kind::TooLarge);
        QCOMPARE(reply->attempts(), 1); // not retried: it would be just as large again
        QVERIFY(reply->body().isEmpty());
        QVERIFY2(reply->error().technicalDetail().contains(QLatin1String("Content-Length")),
                 qPrintable(reply->error().technicalDetail()));
    }

    void streamedBodyOverTheCap()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *socket) {
            // No Content-Length: the body ends when the connection closes, which it never does.
            socket->write(ScriptedHttpServer::head(200, 0, {}, false));
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write(QByteArray(16 * 1024, 'y')); });
            timer->start(10);
        });
        ApiClient client(server.origin(), kAuth, fastLimits()); // cap: 64 KiB
        QElapsedTimer clock;
        clock.start();
        ApiReply *reply = client.send(get(server.url()));
        QCOMPARE(finishedCount(reply, 3000), 1);
        QCOMPARE(reply->error().kind(), Kind::TooLarge);
        QVERIFY(clock.elapsed() < 1400); // well before the deadline: counted as it arrived
        QVERIFY(reply->body().isEmpty());
    }

    void bodyJustUnderTheCapIsFine()
    {
        ScriptedHttpServer server;
        const QByteArray body(64 * 1024, 'z');
        server.setHandler([body](const RecordedRequest &, QTcpSocket *socket) {
            ScriptedHttpServer::respond(socket, 200, body);
        });
        ApiClient client(server.origin(), kAuth, fastLimits());
        ApiReply *reply = client.send(get(server.url()));
        QCOMPARE(finishedCount(reply), 1);
        QVERIFY2(reply->ok(), qPrintable(reply->error().technicalDetail()));
        QCOMPARE(reply->body().size(), body.size());
    }

    void inactivityTimeout()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *socket) {
            socket->write(ScriptedHttpServer::head(200, 100) + "{\"da"); // then silence
        });
        ApiLimits limits = fastLimits();
        limits.maxRetries = 1;
        ApiClient client(server.origin(), kAuth, limits);
        QElapsedTimer clock;
        clock.start();
        ApiReply *reply = client.send(get(server.url()));
        QCOMPARE(finishedCount(reply, 3000), 1);
        QCOMPARE(reply->error().kind(), Kind::Timeout);
        QCOMPARE(reply->error().userMessage(), QStringLiteral("The server did not answer in time."));
        QVERIFY2(reply->error().technicalDetail().contains(QLatin1String("no data")),
                 qPrintable(reply->error().technicalDetail()));
        QCOMPARE(reply->attempts(), 2); // a stalled connection is worth one more try
        QCOMPARE(server.requestCount(), 2);
        QVERIFY2(clock.elapsed() >= 550 && clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    }

    void totalDeadlineStopsATrickle()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *socket) {
            // A byte every 0.2 s keeps the 0.3 s inactivity timer happy forever.
            ScriptedHttpServer::trickle(socket, ScriptedHttpServer::head(200, 200), QByteArray(200, 'a'), 200);
        });
        ApiClient client(server.origin(), kAuth, fastLimits()); // deadline 1.5 s
        QElapsedTimer clock;
        clock.start();
        ApiReply *reply = client.send(get(server.url()));
        QCOMPARE(finishedCount(reply, 5000), 1);
        QCOMPARE(reply->error().kind(), Kind::Timeout);
        QVERIFY2(reply->error().technicalDetail().contains(QLatin1String("not complete after 1500 ms")),
                 qPrintable(reply->error().technicalDetail()));
        QCOMPARE(reply->attempts(), 1); // a slow server is not asked again
        QVERIFY2(clock.elapsed() >= 1400 && clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
    }

    void crossOriginRedirectIsBlockedAndLeaksNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("301") << 301;
        QTest::newRow("302") << 302;
        QTest::newRow("303") << 303;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }
    void crossOriginRedirectIsBlockedAndLeaksNothing()
    {
        QFETCH(int, status);
        ScriptedHttpServer elsewhere; // another port on the same host is another origin
        ScriptedHttpServer server;
        const QByteArray target = elsewhere.url(QStringLiteral("/collect?from=redirect")).toEncoded();
        server.setHandler([status, target](const RecordedRequest &, QTcpSocket *socket) {
            ScriptedHttpServer::respond(socket, status, {}, {{"Location", target}});
        });
        ApiClient client(server.origin(), kAuth, fastLimits());
        ApiReply *reply = client.send(get(server.url(QStringLiteral("/api/v1/sessions"))));
        QCOMPARE(finishedCount(reply), 1);
        QCOMPARE(reply->error().kind(), Kind::BadResponse);
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(server.requestCount(), 1);
        QTest::qWait(100);
        QCOMPARE(elsewhere.requestCount(), 0);
        QCOMPARE(elsewhere.connectionCount(), 0);
        QVERIFY2(reply->error().userMessage().contains(QLatin1String("different address")),
                 qPrintable(reply->error().userMessage()));
        const QString detail = reply->error().technicalDetail();
        QVERIFY2(detail.contains(QStringLiteral("127.0.0.1:%1").arg(elsewhere.port())), qPrintable(detail));
        QVERIFY(!detail.contains(QLatin1String("from=redirect")));
    }

    void redirectToHttpsOfTheSameHostIsAnotherOrigin()
    {
        ScriptedHttpServer elsewhere;
        ScriptedHttpServer server;
        const QByteArray target = "https://127.0.0.1:" + QByteArray::number(server.port()) + "/secure";
        server.setHandler([target](const RecordedRequest &, QTcpSocket *socket) {
            ScriptedHttpServer::respond(socket, 302, {}, {{"Location", target}});
        });
        ApiClient client(server.origin(), kAuth, fastLimits());
        ApiReply *reply = client.send(get(server.url()));
        QCOMPARE(finishedCount(reply), 1);
        QCOMPARE(reply->error().kind(), Kind::BadResponse);
        QCOMPARE(server.requestCount(), 1);
    }

    void sameOriginRedirectIsFollowed()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &request, QTcpSocket *socket) {
            if (request.target == "/old")
                ScriptedHttpServer::respond(socket, 301, {}, {{"Location", "/new?page=2"}});
            else
                ScriptedHttpServer::respondJson(socket, 200, R"({"moved":true})");
        });
        ApiClient client(server.origin(), kAuth, fastLimits());
        ApiReply *reply = client.send(get(server.url(QStringLiteral("/old"))));
        QCOMPARE(finishedCount(reply), 1);
        QVERIFY2(reply->ok(), qPrintable(reply->error().technicalDetail()));
        QCOMPARE(reply->body(), QByteArray(R"({"moved":true})"));
        QCOMPARE(reply->url().path(), QStringLiteral("/new"));
        QCOMPARE(reply->attempts(), 1); // a hop is not a retry
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(server.requests().at(1).target, QByteArray("/new?page=2"));
        for (const RecordedRequest &seen : server.requests())
            QCOMPARE(seen.header("Authorization"), kAuth.headerValue);
    }

    void redirectedPostBecomesGetOn303()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &request, QTcpSocket *socket) {
            if (request.method == "POST")
                ScriptedHttpServer::respond(socket, 303, {}, {{"Location", "/result"}});
            else
                ScriptedHttpServer::respondJson(socket, 200, "{}");
        });
        ApiClient client(server.origin(), kAuth, fastLimits());
        ApiReply *reply = client.send(post(server.url(QStringLiteral("/search")), "{}", true));
        QCOMPARE(finishedCount(reply), 1);
        QVERIFY(reply->ok());
        QCOMPARE(server.requests().at(1).method, QByteArray("GET"));
        QVERIFY(server.requests().at(1).body.isEmpty());
    }

    void redirectLoopIsStopped()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *socket) {
            ScriptedHttpServer::respond(socket, 302, {}, {{"Location", "/again"}});
        });
        ApiClient client(server.origin(), kAuth, fastLimits()); // 3 hops
        ApiReply *reply = client.send(get(server.url()));
        QCOMPARE(finishedCount(reply), 1);
        QCOMPARE(reply->error().kind(), Kind::BadResponse);
        QCOMPARE(server.requestCount(), 4);
    }

    void plainHttpToANonLoopbackHostIsRefused()
    {
        const QUrl origin(QStringLiteral("http://sessions.example.org"));
        ApiClient client(origin, kAuth, fastLimits());
        ApiReply *reply = client.send(get(QUrl(QStringLiteral("http://sessions.example.org/api/v1/sessions"))));
        QVERIFY(!reply->isFinished());
        QCOMPARE(finishedCount(reply), 1); // asynchronous even though known up front
        QCOMPARE(reply->error().kind(), Kind::Insecure);
        QCOMPARE(reply->attempts(), 0);
        QVERIFY(reply->error().userMessage().contains(QLatin1String("https://")));
    }

    void requestOutsideTheConnectionsOriginIsRefused()
    {
        ScriptedHttpServer server;
        ScriptedHttpServer other;
        ApiClient client(server.origin(), kAuth, fastLimits());
        ApiReply *reply = client.send(get(other.url(QStringLiteral("/api"))));
        QCOMPARE(finishedCount(reply), 1);
        QCOMPARE(reply->error().kind(), Kind::Insecure);
        QCOMPARE(other.connectionCount(), 0);
        QCOMPARE(server.connectionCount(), 0);
    }

    void tlsFailureIsAnErrorNotIgnored()
    {
        // A server that answers the TLS ClientHello with plain HTTP: the handshake fails, and
        // the client must report it (never ignore it, never retry it).
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&plain, &QTcpServer::newConnection, this, [&plain, &connections] {
            while (QTcpSocket *socket = plain.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
        const QUrl origin(QStringLiteral("https://127.0.0.1:%1/").arg(plain.serverPort()));
        ApiClient client(origin, kAuth, fastLimits());
        ApiReply *reply = client.send(get(origin));
        QCOMPARE(finishedCount(reply, 5000), 1);
        QVERIFY2(reply->error().kind() == Kind::Tls,
                 qPrintable(ApiError::kindName(reply->error().kind()) + QLatin1Char(' ') + reply->error().technicalDetail()));
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(connections, 1);
    }
};

QTEST_GUILESS_MAIN(TestApiClientLimits)
#include "tst_apiclientlimits.moc"
