// Each fault of the demo server, switched on from C++ and observed over real loopback HTTP:
// latency, server errors, dropped connections, malformed bodies, duplicated rows, looping
// cursors, slow drip, redirects, a huge page, 429 storms and a key rejected mid-way; the
// privacy tests' canary key and pupil; plus the --faults parser and the fact that
// a seed decides which requests fail.
#include "demohttp.h"

#include "demo/demofaults.h"
#include "demo/demoserver.h"

#include <QJsonArray>
#include <QTest>

class TestDemoFaults final : public QObject
{
    Q_OBJECT

    DemoHttp m_http;

    static DemoOptions options(quint64 seed = 9)
    {
        DemoOptions o;
        o.seed = seed;
        o.scale = 1000;
        o.speed = 0;
        o.rateLimitPerMinute = 0;
        return o;
    }
    static std::unique_ptr<DemoServer> start(const DemoFaults &faults, quint64 seed = 9)
    {
        auto server = std::make_unique<DemoServer>(options(seed));
        server->setFaults(faults);
        if (!server->listen(QHostAddress(QHostAddress::LocalHost), 0))
            return nullptr;
        return server;
    }
    DemoHttpReply century(DemoServer &server, const QString &pathAndQuery)
    {
        return m_http.get(QUrl(server.baseUrl(Backend::Century).toString() + pathAndQuery), centuryAuth());
    }
    DemoHttpReply treasure(DemoServer &server, const QString &pathAndQuery)
    {
        return m_http.get(QUrl(server.baseUrl(Backend::Treasure).toString() + pathAndQuery), treasureAuth());
    }
    DemoHttpReply mobileNext(DemoServer &server, const QString &pathAndQuery)
    {
        return m_http.get(QUrl(server.baseUrl(Backend::MobileNext).toString() + pathAndQuery), mobileNextAuth());
    }
    static QStringList ids(const QJsonArray &rows, const char *key)
    {
        QStringList out;
        for (const QJsonValue &v : rows)
            out << v.toObject().value(QLatin1String(key)).toString();
        return out;
    }

private slots:
    void parseFaultList()
    {
        QString error;
        const auto f = DemoFaults::parse(QStringLiteral("latency=250,error-rate=0.1,drop-rate=0.2,malformed-rate=0.3,"
                                                        "duplicate-rate=0.4,cursor-loop,slow-drip=5,"
                                                        "redirect=http://127.0.0.1:1/x,huge-page"),
                                         &error);
        QVERIFY2(f.has_value(), qPrintable(error));
        QCOMPARE(f->latencyMs, 250);
        QCOMPARE(f->errorRate, 0.1);
        QCOMPARE(f->dropRate, 0.2);
        QCOMPARE(f->malformedRate, 0.3);
        QCOMPARE(f->duplicateRate, 0.4);
        QVERIFY(f->cursorLoop);
        QCOMPARE(f->slowDripMs, 5);
        QCOMPARE(f->redirect, QUrl(QStringLiteral("http://127.0.0.1:1/x")));
        QVERIFY(f->hugePage);
        for (const QString &bad : {QStringLiteral("gremlins"), QStringLiteral("error-rate=2"), QStringLiteral("latency=soon"),
                                   QStringLiteral("redirect=nowhere")}) {
            error.clear();
            QVERIFY2(!DemoFaults::parse(bad, &error).has_value(), qPrintable(bad));
            QVERIFY(!error.isEmpty());
        }
        QVERIFY(DemoFaults::parse(QString(), &error).has_value());
        const auto more = DemoFaults::parse(QStringLiteral("rate-limit-storm=0.75,reject-key-after=3"), &error);
        QVERIFY2(more.has_value(), qPrintable(error));
        QCOMPARE(more->rateLimitStormRate, 0.75);
        QCOMPARE(more->rejectKeyAfter, 3);
        QVERIFY(more->any());
        QVERIFY(!DemoFaults{}.any());
        QVERIFY(!DemoFaults::parse(QStringLiteral("reject-key-after=-2"), &error).has_value());
        QVERIFY(!DemoFaults::parse(QStringLiteral("rate-limit-storm=1.5"), &error).has_value());
    }

    void rateLimitStorm()
    {
        DemoFaults f;
        f.rateLimitStormRate = 1;
        auto server = start(f); // no per-minute limit at all: the storm alone refuses
        QVERIFY(server);
        for (int i = 0; i < 5; ++i) {
            const DemoHttpReply r = mobileNext(*server, QStringLiteral("/api/v1/sessions?limit=1"));
            QCOMPARE(r.status, 429);
            QCOMPARE(r.header("Retry-After"), QByteArray("1"));
        }
        f.rateLimitStormRate = 0.5;
        server->setFaults(f);
        QSet<int> statuses;
        for (int i = 0; i < 16; ++i)
            statuses.insert(mobileNext(*server, QStringLiteral("/api/v1/sessions?limit=1")).status);
        QCOMPARE(statuses, QSet<int>({200, 429}));
    }

    void keyRejectedMidWay()
    {
        DemoFaults f;
        f.rejectKeyAfter = 3;
        auto server = start(f);
        QVERIFY(server);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(century(*server, QStringLiteral("/smart-ia/sessions?limit=1")).status, 200);
        for (int i = 0; i < 3; ++i) {
            const DemoHttpReply r = century(*server, QStringLiteral("/smart-ia/sessions?limit=1"));
            QCOMPARE(r.status, 401);
            QVERIFY(r.isJson());
        }
        // A bad key never counted towards the allowance: the first three good ones were served.
        auto fresh = start(f);
        QVERIFY(fresh);
        QCOMPARE(m_http.get(QUrl(fresh->baseUrl(Backend::Century).toString() + QStringLiteral("/smart-ia/sessions?limit=1")),
                            centuryAuth("wrong")).status, 401);
        QCOMPARE(century(*fresh, QStringLiteral("/smart-ia/sessions?limit=1")).status, 200);
    }

    void canaryKeyAndPupil()
    {
        DemoOptions o = options();
        o.canaryKey = "canary-k3y";
        o.canaryPupilName = "Canarya Pupilsdottir";
        DemoServer server(o);
        QVERIFY(server.listen());
        const QString century = server.baseUrl(Backend::Century).toString();
        const DemoHttpReply r = m_http.get(QUrl(century + QStringLiteral("/smart-ia/sessions?limit=100&sort%5Bfield%5D=startDate&sort%5Bdirection%5D=asc")),
                                           centuryAuth("canary-k3y"));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.contains("\"Canarya Pupilsdottir\""), r.body.left(400).constData());
        QCOMPARE(m_http.get(QUrl(server.baseUrl(Backend::Treasure).toString() + QStringLiteral("/api/sessions?page_size=1")),
                            {{"Authorization", "TD1 canary-k3y"}}).status, 200);
        QCOMPARE(m_http.get(QUrl(server.baseUrl(Backend::MobileNext).toString() + QStringLiteral("/api/v1/sessions?limit=1")),
                            {{"Authorization", "Bearer canary-k3y"}}).status, 200);
        // Without the option the canary is just a wrong key.
        auto plain = start(DemoFaults{});
        QCOMPARE(m_http.get(QUrl(plain->baseUrl(Backend::Century).toString() + QStringLiteral("/smart-ia/sessions?limit=1")),
                            centuryAuth("canary-k3y")).status, 401);
    }

    void latency()
    {
        DemoFaults f;
        f.latencyMs = 300;
        auto server = start(f);
        QVERIFY(server);
        const DemoHttpReply r = century(*server, QStringLiteral("/smart-ia/sessions?limit=1"));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 290, qPrintable(QString::number(r.elapsedMs)));
    }

    void serverErrors()
    {
        DemoFaults f;
        f.errorRate = 1;
        auto server = start(f);
        QVERIFY(server);
        QSet<int> statuses;
        for (int i = 0; i < 12; ++i) {
            const DemoHttpReply r = treasure(*server, QStringLiteral("/api/sessions?page_size=1"));
            QVERIFY2(r.status == 500 || r.status == 502 || r.status == 503, qPrintable(QString::number(r.status)));
            statuses.insert(r.status);
        }
        QVERIFY(statuses.size() >= 2);
    }

    void droppedMidBody()
    {
        DemoFaults f;
        f.dropRate = 1;
        auto server = start(f);
        QVERIFY(server);
        const DemoHttpReply r = century(*server, QStringLiteral("/smart-ia/sessions?limit=20"));
        QVERIFY(r.finished);
        QVERIFY2(r.error != QNetworkReply::NoError, "the connection closed before the promised body");
        QVERIFY(!r.isJson());
    }

    void malformedBody()
    {
        DemoFaults f;
        f.malformedRate = 1;
        auto server = start(f);
        QVERIFY(server);
        for (int i = 0; i < 6; ++i) {
            const DemoHttpReply r = mobileNext(*server, QStringLiteral("/api/v1/sessions?limit=10"));
            QCOMPARE(r.status, 200);
            QVERIFY2(!r.isJson(), r.body.left(80).constData());
        }
    }

    void duplicateRowOnNextPage()
    {
        DemoFaults f;
        f.duplicateRate = 1;
        auto server = start(f);
        QVERIFY(server);
        // Century, offset paging.
        const QStringList c1 = ids(century(*server, QStringLiteral("/smart-ia/sessions?limit=10")).json().value(QLatin1String("data")).toArray(), "sessionId");
        const QStringList c2 = ids(century(*server, QStringLiteral("/smart-ia/sessions?limit=10&offset=10")).json().value(QLatin1String("data")).toArray(), "sessionId");
        QCOMPARE(c1.size(), 10);
        QVERIFY(c2.contains(c1.last()));
        // Treasure, keyset.
        const QStringList t1 = ids(treasure(*server, QStringLiteral("/api/sessions?page_size=10")).json().value(QLatin1String("sessions")).toArray(), "id");
        const QStringList t2 = ids(treasure(*server, QStringLiteral("/api/sessions?page_size=10&last_id=") + t1.last()).json().value(QLatin1String("sessions")).toArray(), "id");
        QVERIFY(t2.contains(t1.last()));
        // Mobile Next, strictly-before.
        const QJsonObject m1 = mobileNext(*server, QStringLiteral("/api/v1/sessions?limit=10")).json();
        const QString cursor = m1.value(QLatin1String("nextCursor")).toString();
        const QStringList m2 = ids(mobileNext(*server, QStringLiteral("/api/v1/sessions?limit=10&before=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor)))
                                       .json().value(QLatin1String("data")).toArray(), "id");
        QVERIFY(m2.contains(ids(m1.value(QLatin1String("data")).toArray(), "id").last()));
    }

    void duplicatesLoseNoRowWhenPagingByOffset()
    {
        DemoFaults f;
        f.duplicateRate = 0.5;
        auto server = start(f);
        QVERIFY(server);
        const qint64 total = century(*server, QStringLiteral("/smart-ia/sessions?limit=1")).json()
                                 .value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInteger();
        QSet<QString> seen;
        int rows = 0;
        for (int offset = 0; offset < total; offset += 50) {
            const QJsonArray page = century(*server, QStringLiteral("/smart-ia/sessions?limit=50&offset=%1").arg(offset))
                                        .json().value(QLatin1String("data")).toArray();
            rows += page.size();
            for (const QString &id : ids(page, "sessionId"))
                seen.insert(id);
        }
        QCOMPARE(qint64(seen.size()), total); // none lost
        QVERIFY(rows > seen.size());          // and some really came twice
    }

    void cursorLoop()
    {
        DemoFaults f;
        f.cursorLoop = true;
        auto server = start(f);
        QVERIFY(server);
        const QString c1 = century(*server, QStringLiteral("/smart-ia/sessions?limit=5")).json()
                               .value(QLatin1String("pagination")).toObject().value(QLatin1String("nextCursor")).toString();
        QVERIFY(!c1.isEmpty());
        const QString c2 = century(*server, QStringLiteral("/smart-ia/sessions?limit=5&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(c1))).json()
                               .value(QLatin1String("pagination")).toObject().value(QLatin1String("nextCursor")).toString();
        QCOMPARE(c2, c1);

        const QString before = QStringLiteral("2026-03-10T09:00:00.000Z");
        const QString m = mobileNext(*server, QStringLiteral("/api/v1/sessions?limit=5&before=") + before).json()
                              .value(QLatin1String("nextCursor")).toString();
        QCOMPARE(m, before);
    }

    void slowDrip()
    {
        DemoFaults f;
        f.slowDripMs = 4;
        auto server = start(f);
        QVERIFY(server);
        const DemoHttpReply r = mobileNext(*server, QStringLiteral("/api/v1/organizations"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.isJson());
        QVERIFY(r.body.size() > 50);
        QVERIFY2(r.elapsedMs >= r.body.size() * 4 * 8 / 10,
                 qPrintable(QStringLiteral("%1 bytes in %2 ms").arg(r.body.size()).arg(r.elapsedMs)));
    }

    void redirect()
    {
        DemoFaults f;
        f.redirect = QUrl(QStringLiteral("http://127.0.0.1:9/elsewhere"));
        auto server = start(f);
        QVERIFY(server);
        const DemoHttpReply r = century(*server, QStringLiteral("/smart-ia/sessions?limit=3"));
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("location"), QByteArray("http://127.0.0.1:9/elsewhere/century/api/v1/smart-ia/sessions?limit=3"));
    }

    void hugePage()
    {
        DemoFaults f;
        f.hugePage = true;
        f.hugePageBytes = 8 * 1024 * 1024;
        auto server = start(f);
        QVERIFY(server);
        const DemoHttpReply r = century(*server, QStringLiteral("/smart-ia/sessions?limit=1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-length").toLongLong(), f.hugePageBytes);
        QCOMPARE(qint64(r.body.size()), f.hugePageBytes);
        // Only list pages grow: a single item stays itself.
        const DemoHttpReply org = mobileNext(*server, QStringLiteral("/api/v1/organizations"));
        QVERIFY(org.body.size() < 4096);
    }

    void faultsFollowTheSeed()
    {
        DemoFaults f;
        f.errorRate = 0.5;
        auto a = start(f, 77);
        auto b = start(f, 77);
        auto c = start(f, 78);
        QVERIFY(a && b && c);
        QList<int> sa, sb, sc;
        for (int i = 0; i < 24; ++i) {
            sa << treasure(*a, QStringLiteral("/api/sessions?page_size=1")).status;
            sb << treasure(*b, QStringLiteral("/api/sessions?page_size=1")).status;
            sc << treasure(*c, QStringLiteral("/api/sessions?page_size=1")).status;
        }
        QCOMPARE(sa, sb);
        QVERIFY(sa != sc);
        QVERIFY(sa.contains(200));
        QVERIFY(std::any_of(sa.begin(), sa.end(), [](int s) { return s >= 500; }));
        QCOMPARE(a->requestCount(), qint64(24));
    }

    void faultsCanBeSwitchedOff()
    {
        DemoFaults f;
        f.errorRate = 1;
        auto server = start(f);
        QVERIFY(server);
        QVERIFY(treasure(*server, QStringLiteral("/api/sessions?page_size=1")).status >= 500);
        server->setFaults(DemoFaults{});
        QCOMPARE(treasure(*server, QStringLiteral("/api/sessions?page_size=1")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestDemoFaults)
#include "tst_demofaults.moc"
