#include "apiclienttestkit.h"
#include "scriptedhttpserver.h"

#include "net/apiclient.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QSet>
#include <QTcpServer>
#include <QTest>

#include <functional>

using namespace apitestkit;
using Kind = ApiError::Kind;

namespace {

// Distinctive enough that any appearance, in any case, is a leak.
const QByteArray kCanary = "CANARY-7f3a9c2e-DO-NOT-LOG";

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void collectMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

bool leaks(const QString &text)
{
    return text.contains(QString::fromLatin1(kCanary), Qt::CaseInsensitive)
           || text.contains(QLatin1String("7f3a9c2e"), Qt::CaseInsensitive);
}

QByteArray echoJson(const char *shape)
{
    // Servers that quote the key back at us, in both published error shapes.
    if (qstrcmp(shape, "century") == 0)
        return "{\"message\":\"Invalid API key: " + kCanary + "\"}";
    return "{\"error\":{\"code\":\"E\",\"message\":\"token " + kCanary + " refused\"}}";
}

} // namespace

// Every error kind is triggered with a canary key (and servers echoing it); no user message,
// technical detail or Qt message output may contain it.
class TestApiClientCanary final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("sessionscope.*=true"));
        g_previousHandler = qInstallMessageHandler(collectMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
    }

    void everyErrorKindKeepsTheKeySecret_data()
    {
        QTest::addColumn<QByteArray>("headerName");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::newRow("century x-api-key") << QByteArray("x-api-key") << kCanary;
        QTest::newRow("treasure TD1") << QByteArray("Authorization") << QByteArray("TD1 " + kCanary);
        QTest::newRow("mobile next Bearer") << QByteArray("Authorization") << QByteArray("Bearer " + kCanary);
    }
    void everyErrorKindKeepsTheKeySecret()
    {
        QFETCH(QByteArray, headerName);
        QFETCH(QByteArray, headerValue);
        const ApiAuth auth{headerName, headerValue};
        g_messages.clear();

        ScriptedHttpServer elsewhere;
        ScriptedHttpServer server;
        const QByteArray elsewhereUrl = elsewhere.url(QStringLiteral("/k/")).toEncoded() + kCanary + "?key=" + kCanary;
        server.setHandler([&](const RecordedRequest &request, QTcpSocket *socket) {
            const QByteArray path = request.target.split('?').constFirst();
            if (path == "/401")
                ScriptedHttpServer::respondJson(socket, 401, echoJson("century"), {{"WWW-Authenticate", kCanary}});
            else if (path == "/403")
                ScriptedHttpServer::respondJson(socket, 403, echoJson("mobilenext"));
            else if (path == "/404")
                ScriptedHttpServer::respondJson(socket, 404, echoJson("century"));
            else if (path == "/400")
                ScriptedHttpServer::respondJson(socket, 400, echoJson("mobilenext"));
            else if (path == "/429")
                ScriptedHttpServer::respondJson(socket, 429, echoJson("century"), {{"Retry-After", "0"}});
            else if (path == "/500")
                ScriptedHttpServer::respondJson(socket, 500, echoJson("mobilenext"));
            else if (path == "/stall")
                socket->write(ScriptedHttpServer::head(200, 100) + kCanary.left(4));
            else if (path == "/cut") {
                socket->write(ScriptedHttpServer::head(200, 100) + kCanary);
                socket->flush();
                socket->abort();
            } else if (path == "/huge")
                socket->write(ScriptedHttpServer::head(200, qint64(1) << 40));
            else if (path == "/away")
                ScriptedHttpServer::respond(socket, 302, {}, {{"Location", elsewhereUrl}});
            else if (path.startsWith("/loop"))
                ScriptedHttpServer::respond(socket, 302, {}, {{"Location", "/loop/" + kCanary + "?k=" + kCanary}});
            else if (path == "/forever")
                ; // never answers; aborted by the test
            else
                ScriptedHttpServer::respondJson(socket, 200, "{}");
        });

        QTcpServer tlsBreaker; // answers a TLS handshake with plain HTTP
        QVERIFY(tlsBreaker.listen(QHostAddress::LocalHost));
        connect(&tlsBreaker, &QTcpServer::newConnection, this, [&tlsBreaker] {
            while (QTcpSocket *socket = tlsBreaker.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 400 Bad Request\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });

        ApiLimits limits = fastLimits();
        limits.maxRetries = 1;
        ApiClient client(server.origin(), auth, limits);
        const QUrl tlsOrigin(QStringLiteral("https://127.0.0.1:%1/").arg(tlsBreaker.serverPort()));
        ApiClient tlsClient(tlsOrigin, auth, limits);
        const QUrl insecureOrigin(QStringLiteral("http://sessions.example.org/"));
        ApiClient insecureClient(insecureOrigin, auth, limits);

        struct Case
        {
            Kind expected;
            std::function<ApiReply *()> send;
            bool abortSoon = false;
        };
        const auto at = [&](const char *path) {
            return get(server.url(QString::fromLatin1(path) + QLatin1String("?q=1")));
        };
        const QList<Case> cases = {
            {Kind::Auth, [&] { return client.send(at("/401")); }},
            {Kind::Forbidden, [&] { return client.send(at("/403")); }},
            {Kind::NotFound, [&] { return client.send(at("/404")); }},
            {Kind::Client, [&] { return client.send(at("/400")); }},
            {Kind::RateLimited, [&] { return client.send(at("/429")); }},
            {Kind::Server, [&] { return client.send(at("/500")); }},
            {Kind::Timeout, [&] { return client.send(at("/stall")); }},
            {Kind::Network, [&] { return client.send(at("/cut")); }},
            {Kind::TooLarge, [&] { return client.send(at("/huge")); }},
            {Kind::BadResponse, [&] { return client.send(at("/away")); }},
            {Kind::BadResponse, [&] { return client.send(at("/loop")); }},
            {Kind::Tls, [&] { return tlsClient.send(get(tlsOrigin)); }},
            {Kind::Insecure,
             [&] { return insecureClient.send(get(insecureOrigin.resolved(QUrl(QString::fromLatin1("/" + kCanary))))); }},
            {Kind::Cancelled, [&] { return client.send(at("/forever")); }, true},
        };

        QSet<Kind> seen;
        for (const Case &c : cases) {
            ApiReply *reply = c.send();
            if (c.abortSoon) {
                QTRY_VERIFY(server.requestCount() > 0 && server.requests().constLast().target.startsWith("/forever"));
                reply->abort();
            }
            QCOMPARE(finishedCount(reply, 5000), 1);
            const ApiError &error = reply->error();
            QVERIFY2(error.kind() == c.expected, qPrintable(QStringLiteral("expected %1, got %2: %3")
                                                                .arg(ApiError::kindName(c.expected),
                                                                     ApiError::kindName(error.kind()),
                                                                     error.technicalDetail())));
            seen.insert(error.kind());
            QVERIFY2(!leaks(error.userMessage()), qPrintable(error.userMessage()));
            QVERIFY2(!leaks(error.technicalDetail()), qPrintable(error.technicalDetail()));
            QVERIFY(!error.userMessage().isEmpty());
            QVERIFY(!error.technicalDetail().isEmpty());
            reply->deleteLater();
        }
        for (int k = int(Kind::Auth); k <= int(Kind::Cancelled); ++k)
            QVERIFY2(seen.contains(Kind(k)), qPrintable(ApiError::kindName(Kind(k))));

        QCOMPARE(elsewhere.requestCount(), 0);
        QVERIFY(!g_messages.isEmpty()); // the log did speak about these failures...
        for (const QString &message : std::as_const(g_messages))
            QVERIFY2(!leaks(message), qPrintable(message)); // ...without the key
        // Proof that the canary was really in play: the echoing server got it, in the header only.
        QVERIFY(!server.requests().isEmpty());
        QCOMPARE(server.requests().constFirst().header(headerName), headerValue);
    }
};

QTEST_GUILESS_MAIN(TestApiClientCanary)
#include "tst_apiclientcanary.moc"
