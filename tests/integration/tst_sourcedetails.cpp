// The detail requests of the sources (a Treasure session and its attempts, a Mobile Next
// session and the caller's organizations) against the demo server, read by the client's
// own parsers.
#include "demo/demokeys.h"
#include "demo/demoserver.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "sources/mobilenext/mobilenextpageparser.h"
#include "sources/mobilenext/mobilenextsource.h"
#include "sources/treasure/treasurepageparser.h"
#include "sources/treasure/treasuresource.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QTest>

class TestSourceDetails final : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoServer> m_server;

    QByteArray get(Backend backend, const PageRequest &page, const QByteArray &key, int *status = nullptr)
    {
        const auto source = makeSessionSource(backend, m_server->baseUrl(backend));
        const auto header = source->authHeader(key);
        ApiClient client(m_server->baseUrl(backend), ApiAuth{header.first, header.second});
        ApiRequest request;
        request.url = page.url;
        request.headers = page.headers;
        ApiReply *reply = client.send(request);
        QEventLoop loop;
        connect(reply, &ApiReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (status)
            *status = reply->httpStatus();
        return reply->body();
    }

private slots:
    void initTestCase()
    {
        DemoOptions options;
        options.scale = 600;
        options.speed = 0;
        m_server = std::make_unique<DemoServer>(options);
        QVERIFY(m_server->listen());
    }

    void treasureSessionAndAttempts()
    {
        TreasureSource source(m_server->baseUrl(Backend::Treasure));
        const SessionPage list = treasure::parsePage(
            get(Backend::Treasure, source.pageRequest(TreasureQuery{}, {}), demokeys::kTreasureKey));
        QVERIFY(list.ok);
        QVERIFY(!list.rows.empty());

        // Find a session with retries, so the attempts list has more than one entry.
        bool sawRetries = false;
        for (const SessionRecord &row : list.rows) {
            const SessionPage one = treasure::parseSession(
                get(Backend::Treasure, source.sessionRequest(row.id), demokeys::kTreasureKey));
            QVERIFY(one.ok);
            QCOMPARE(one.rows.size(), size_t(1));
            QCOMPARE(one.rows.front().id, row.id);
            QCOMPARE(one.rows.front().status, row.status);

            const treasure::AttemptPage attempts = treasure::parseAttempts(
                get(Backend::Treasure, source.attemptsRequest(row.id, {}, 100), demokeys::kTreasureKey));
            QVERIFY(attempts.ok);
            QVERIFY(attempts.malformed.empty());
            QVERIFY(!attempts.rows.empty());
            for (const treasure::AttemptRecord &a : attempts.rows)
                QCOMPARE(a.sessionId, row.id);
            // Newest first: the last attempt is the one the session shows.
            QCOMPARE(attempts.rows.front().id, std::get<TreasureDetail>(row.detail).attemptId);
            if (attempts.rows.size() > 1) {
                sawRetries = true;
                break;
            }
        }
        QVERIFY2(sawRetries, "no session with a retry on the first page");
    }

    void treasureUnknownSessionIs404()
    {
        TreasureSource source(m_server->baseUrl(Backend::Treasure));
        int status = 0;
        get(Backend::Treasure, source.sessionRequest(QStringLiteral("1")), demokeys::kTreasureKey, &status);
        QCOMPARE(status, 404);
    }

    void mobileNextSessionAndOrganizations()
    {
        MobileNextSource source(m_server->baseUrl(Backend::MobileNext));
        const mobilenext::OrganizationList orgs = mobilenext::parseOrganizations(
            get(Backend::MobileNext, source.organizationsRequest(), demokeys::kMobileNextKey));
        QVERIFY(orgs.ok);
        QCOMPARE(orgs.rows.size(), size_t(2));
        QVERIFY(std::any_of(orgs.rows.begin(), orgs.rows.end(), [](const auto &o) { return o.personal; }));

        const SessionPage list = mobilenext::parsePage(
            get(Backend::MobileNext, source.pageRequest(MobileNextQuery{}, {}), demokeys::kMobileNextKey));
        QVERIFY(list.ok && !list.rows.empty());
        const SessionRecord &first = list.rows.front();
        const SessionPage one = mobilenext::parseSession(
            get(Backend::MobileNext, source.sessionRequest(first.id), demokeys::kMobileNextKey));
        QVERIFY(one.ok);
        QCOMPARE(one.rows.size(), size_t(1));
        QCOMPARE(one.rows.front().id, first.id);
        QCOMPARE(one.rows.front().startedMs, first.startedMs);

        int status = 0;
        get(Backend::MobileNext, source.sessionRequest(QStringLiteral("no-such-session")),
            demokeys::kMobileNextKey, &status);
        QCOMPARE(status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSourceDetails)
#include "tst_sourcedetails.moc"
