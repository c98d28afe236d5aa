#include "net/apiauth.h"
#include "net/backoff.h"
#include "net/hostgate.h"
#include "net/originpolicy.h"
#include "net/requestbuilder.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using std::chrono::milliseconds;

class TestNetPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void backoffCeilingDoublesUpToTheCap()
    {
        const Backoff backoff(milliseconds(500), milliseconds(30'000));
        QCOMPARE(backoff.ceiling(0).count(), 500);
        QCOMPARE(backoff.ceiling(1).count(), 1000);
        QCOMPARE(backoff.ceiling(5).count(), 16000);
        QCOMPARE(backoff.ceiling(6).count(), 30000);
        QCOMPARE(backoff.ceiling(1'000'000).count(), 30000);
    }

    void backoffIsFullJitter()
    {
        const Backoff backoff(milliseconds(100), milliseconds(1000));
        QRandomGenerator random(42);
        qint64 low = 1'000'000, high = -1;
        for (int i = 0; i < 2000; ++i) {
            const qint64 d = backoff.delay(2, &random).count();
            QVERIFY(d >= 0 && d <= 400);
            low = std::min(low, d);
            high = std::max(high, d);
        }
        QVERIFY(low < 40);   // the whole range is used, down to (nearly) nothing...
        QVERIFY(high > 360); // ...and up to the ceiling
        QCOMPARE(Backoff(milliseconds(0), milliseconds(0)).delay(3).count(), 0);
    }

    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("127.5.6.7") << QStringLiteral("127.5.6.7") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("mapped") << QStringLiteral("::ffff:127.0.0.1") << true;
        QTest::newRow("localhost") << QStringLiteral("LocalHost") << true;
        QTest::newRow("lan") << QStringLiteral("192.168.1.10") << false;
        QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
        QTest::newRow("name") << QStringLiteral("connect.century.tech") << false;
        QTest::newRow("localhost lookalike") << QStringLiteral("localhost.evil.example") << false;
        QTest::newRow("mapped lan") << QStringLiteral("::ffff:10.0.0.1") << false;
    }
    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(originpolicy::isLoopbackHost(host), loopback);
    }

    void refusals()
    {
        const QUrl https(QStringLiteral("https://connect.century.tech/api/v1"));
        QVERIFY(originpolicy::refusal(QUrl(QStringLiteral("https://connect.century.tech:443/x?y=1")), https).isEmpty());
        QVERIFY(originpolicy::refusal(QUrl(QStringLiteral("https://CONNECT.century.tech/z")), https).isEmpty());
        QVERIFY(!originpolicy::refusal(QUrl(QStringLiteral("http://connect.century.tech/x")), https).isEmpty());
        QVERIFY(!originpolicy::refusal(QUrl(QStringLiteral("https://connect.century.tech:8443/x")), https).isEmpty());
        QVERIFY(!originpolicy::refusal(QUrl(QStringLiteral("https://evil.example/x")), https).isEmpty());
        QVERIFY(!originpolicy::refusal(QUrl(QStringLiteral("ftp://connect.century.tech/x")), https).isEmpty());
        QVERIFY(!originpolicy::refusal(QUrl(), https).isEmpty());
        const QUrl demo(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(originpolicy::refusal(QUrl(QStringLiteral("http://127.0.0.1:8080/api")), demo).isEmpty());
        QVERIFY(!originpolicy::refusal(QUrl(QStringLiteral("http://127.0.0.1:8081/api")), demo).isEmpty());
        const QUrl lan(QStringLiteral("http://192.168.1.10"));
        QVERIFY(originpolicy::refusal(QUrl(QStringLiteral("http://192.168.1.10/api")), lan)
                    .contains(QLatin1String("plain http")));
    }

    void requestIsHttp11ManualRedirectWithKey()
    {
        ApiRequest request;
        request.url = QUrl(QStringLiteral("https://api.example/api/v1/sessions"));
        request.headers = {{"X-Organization-Id", "org1"}, {"x-api-key", "forged"}, {"Host", "evil"}};
        const ApiAuth auth{"x-api-key", "the-key"};
        const QNetworkRequest built = requestbuilder::build(request, request.url, auth);
        QCOMPARE(built.attribute(QNetworkRequest::Http2AllowedAttribute).toBool(), false);
        QCOMPARE(built.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
        QCOMPARE(built.rawHeader("x-api-key"), QByteArray("the-key")); // the caller cannot replace it
        QCOMPARE(built.rawHeader("X-Organization-Id"), QByteArray("org1"));
        QVERIFY(!built.hasRawHeader("Host"));
        QVERIFY(!built.hasRawHeader("Content-Type"));

        ApiRequest post = request;
        post.verb = "POST";
        post.body = "{}";
        post.headers = {{"X-Organization-Id", "org1"}};
        QCOMPARE(requestbuilder::build(post, post.url, {}).header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/json"));
        QVERIFY(!requestbuilder::build(post, post.url, {}).hasRawHeader("x-api-key"));
    }

    void authSecrets()
    {
        QCOMPARE(ApiAuth({"Authorization", "Bearer mob_abcdef"}).secrets(),
                 QList<QByteArray>({"Bearer mob_abcdef", "mob_abcdef"}));
        QCOMPARE(ApiAuth({"x-api-key", "k123456"}).secrets(), QList<QByteArray>({"k123456"}));
        QVERIFY(ApiAuth().secrets().isEmpty());
    }

    void gateCapsInFlightAndQueuesInOrder()
    {
        HostGate gate(2);
        QObject a, b, c;
        QList<char> granted;
        gate.acquire(QStringLiteral("h"), &a, [&] { granted.append('a'); });
        gate.acquire(QStringLiteral("h"), &b, [&] { granted.append('b'); });
        gate.acquire(QStringLiteral("h"), &c, [&] { granted.append('c'); });
        QCOMPARE(granted, QList<char>({'a', 'b'}));
        QCOMPARE(gate.inFlight(QStringLiteral("h")), 2);
        QCOMPARE(gate.queued(QStringLiteral("h")), 1);
        gate.acquire(QStringLiteral("other"), &c, [&] { granted.append('o'); }); // hosts are independent
        QCOMPARE(granted.size(), 3);
        gate.release(QStringLiteral("h"));
        QCOMPARE(granted.last(), 'c');
    }

    void gateSkipsCancelledAndDestroyedWaiters()
    {
        HostGate gate(1);
        QObject holder, kept;
        auto *gone = new QObject;
        int grants = 0;
        gate.acquire(QStringLiteral("h"), &holder, [&] { ++grants; });
        gate.acquire(QStringLiteral("h"), gone, [&] { QFAIL("destroyed waiter granted"); });
        gate.acquire(QStringLiteral("h"), &kept, [&] { grants += 10; });
        delete gone;
        gate.release(QStringLiteral("h"));
        QCOMPARE(grants, 11);
        gate.acquire(QStringLiteral("h"), &holder, [&] { QFAIL("cancelled waiter granted"); });
        gate.cancel(&holder);
        gate.release(QStringLiteral("h"));
        QCOMPARE(gate.inFlight(QStringLiteral("h")), 0);
    }

    void gateCoolDownHoldsNewRequests()
    {
        HostGate gate(4);
        QObject waiter;
        gate.coolDown(QStringLiteral("h"), milliseconds(150));
        gate.coolDown(QStringLiteral("h"), milliseconds(10)); // a shorter one does not shorten it
        QVERIFY(gate.coolDownRemaining(QStringLiteral("h")).count() > 100);
        QElapsedTimer clock;
        clock.start();
        bool granted = false;
        qint64 grantedAfter = 0;
        gate.acquire(QStringLiteral("h"), &waiter, [&] {
            granted = true;
            grantedAfter = clock.elapsed();
        });
        QVERIFY(!granted);
        QTRY_VERIFY_WITH_TIMEOUT(granted, 2000);
        QVERIFY2(grantedAfter >= 140, qPrintable(QString::number(grantedAfter)));
        QCOMPARE(gate.coolDownRemaining(QStringLiteral("h")).count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNetPolicy)
#include "tst_netpolicy.moc"
