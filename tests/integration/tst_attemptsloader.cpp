// AttemptsLoader (the detail pane's "Load attempts history") against the demo server's
// Treasure Workflow API: every attempt of a session across pages, the errors a teacher may
// meet, and the guards (repeating cursor, page cap, cancel, late replies).
#include "apiclienttestkit.h"
#include "scriptedhttpserver.h"

#include "demo/demokeys.h"
#include "demo/demoserver.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "sources/treasure/attemptsloader.h"
#include "sources/treasure/treasurepageparser.h"
#include "sources/treasure/treasuresource.h"

#include <QHostAddress>
#include <QTest>

namespace {

// What one loader said, in order.
struct Outcome
{
    bool finished = false;
    std::optional<ApiError> error;
    std::vector<treasure::AttemptRecord> attempts;
    QList<int> progress;
    int endings = 0;

    bool ended() const { return finished || error.has_value(); }
};

void record(AttemptsLoader &loader, Outcome &out, QObject *context)
{
    QObject::connect(&loader, &AttemptsLoader::progress, context, [&out](int n) { out.progress << n; });
    QObject::connect(&loader, &AttemptsLoader::finished, context,
                     [&out](const std::vector<treasure::AttemptRecord> &a) {
                         out.finished = true;
                         out.attempts = a;
                         ++out.endings;
                     });
    QObject::connect(&loader, &AttemptsLoader::failed, context, [&out](const ApiError &e) {
        out.error = e;
        ++out.endings;
    });
}

QStringList idsOf(const std::vector<treasure::AttemptRecord> &attempts)
{
    QStringList ids;
    for (const treasure::AttemptRecord &a : attempts)
        ids << a.id;
    return ids;
}

QByteArray attemptJson(const QString &id, const QString &sessionId, int index)
{
    return QStringLiteral(R"({"id":"%1","index":%3,"sessionId":"%2","sessionTime":"2024-01-01T00:00:00+00:00",)"
                          R"("project":{"id":"1","name":"p"},"workflow":{"id":"2","name":"w"},)"
                          R"("status":"success","done":true,"success":true,"cancelRequested":false,)"
                          R"("createdAt":"2024-01-01T00:00:00Z","finishedAt":"2024-01-01T00:01:00Z","params":{}})")
        .arg(id, sessionId)
        .arg(index)
        .toUtf8();
}

} // namespace

class TestAttemptsLoader final : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoServer> m_server;
    std::shared_ptr<const TreasureSource> m_source;
    QString m_retried;           // a session with more than one attempt
    QStringList m_retriedIds;    // its attempt ids, newest first, as one big page lists them

    std::unique_ptr<ApiClient> client(const QByteArray &key = demokeys::kTreasureKey) const
    {
        const auto header = m_source->authHeader(key);
        return std::make_unique<ApiClient>(m_server->baseUrl(Backend::Treasure), ApiAuth{header.first, header.second},
                                           apitestkit::fastLimits());
    }

    QByteArray get(ApiClient &api, const PageRequest &page)
    {
        ApiRequest request;
        request.url = page.url;
        ApiReply *reply = api.send(request);
        QSignalSpy done(reply, &ApiReply::finished);
        if (!done.wait(10'000))
            return {};
        reply->deleteLater();
        return reply->body();
    }

    Outcome run(AttemptsLoader &loader, int timeoutMs = 15'000)
    {
        Outcome out;
        QObject guard; // the connections end with this run: `out` is a local
        record(loader, out, &guard);
        loader.start();
        if (!QTest::qWaitFor([&] { return out.ended(); }, timeoutMs))
            qWarning("the loader did not end within %d ms", timeoutMs);
        return out;
    }

private slots:
    void initTestCase()
    {
        DemoOptions options;
        options.scale = 600;
        options.speed = 0; // a still world: attempts do not change between two requests
        options.rateLimitPerMinute = 0;
        m_server = std::make_unique<DemoServer>(options);
        QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0));
        m_source = std::make_shared<TreasureSource>(m_server->baseUrl(Backend::Treasure));

        auto api = client();
        const SessionPage list = treasure::parsePage(get(*api, m_source->pageRequest(TreasureQuery{}, {})));
        QVERIFY(list.ok && !list.rows.empty());
        for (const SessionRecord &row : list.rows) {
            const treasure::AttemptPage attempts =
                treasure::parseAttempts(get(*api, m_source->attemptsRequest(row.id, {}, 1000)));
            QVERIFY(attempts.ok);
            if (attempts.rows.size() > 1) {
                m_retried = row.id;
                m_retriedIds = idsOf(attempts.rows);
                break;
            }
        }
        QVERIFY2(!m_retried.isEmpty(), "no session with a retry on the first page");
    }

    void loadsEveryAttemptInOnePage()
    {
        auto api = client();
        AttemptsLoader loader(m_source, api.get(), m_retried);
        const Outcome out = run(loader);
        QVERIFY2(out.finished, out.error ? qPrintable(out.error->technicalDetail()) : "did not finish");
        QCOMPARE(idsOf(out.attempts), m_retriedIds);
        QCOMPARE(out.endings, 1);
        QCOMPARE(loader.pagesFetched(), 1);
        QVERIFY(!loader.isRunning());
        for (const treasure::AttemptRecord &a : out.attempts)
            QCOMPARE(a.sessionId, m_retried);
    }

    void loadsEveryAttemptAcrossPages()
    {
        auto api = client();
        AttemptsLoaderLimits limits;
        limits.pageSize = 1; // one attempt per page: every keyset step is exercised
        AttemptsLoader loader(m_source, api.get(), m_retried, limits);
        const Outcome out = run(loader);
        QVERIFY2(out.finished, out.error ? qPrintable(out.error->technicalDetail()) : "did not finish");
        QCOMPARE(idsOf(out.attempts), m_retriedIds);
        // n full pages, then the empty one that says the list is over.
        QCOMPARE(loader.pagesFetched(), int(m_retriedIds.size()) + 1);
        QCOMPARE(out.progress.size(), m_retriedIds.size());
        QCOMPARE(out.progress.last(), int(m_retriedIds.size()));
    }

    void startAgainLoadsAgain()
    {
        auto api = client();
        AttemptsLoader loader(m_source, api.get(), m_retried);
        QCOMPARE(idsOf(run(loader).attempts), m_retriedIds);
        QCOMPARE(idsOf(run(loader).attempts), m_retriedIds);
    }

    void wrongKeyFailsWithAClearMessage()
    {
        const QByteArray wrongKey = "not-the-demo-key-1234";
        auto api = client(wrongKey);
        AttemptsLoader loader(m_source, api.get(), m_retried);
        const Outcome out = run(loader);
        QVERIFY(!out.finished);
        QVERIFY(out.error.has_value());
        QCOMPARE(out.error->kind(), ApiError::Kind::Auth);
        QVERIFY2(out.error->userMessage().contains(QStringLiteral("API key")), qPrintable(out.error->userMessage()));
        QVERIFY(!out.error->userMessage().contains(QString::fromLatin1(wrongKey)));
        QVERIFY(!out.error->technicalDetail().contains(QString::fromLatin1(wrongKey)));
        QCOMPARE(out.endings, 1);
        QVERIFY(!loader.isRunning());
    }

    void unknownSessionFails()
    {
        auto api = client();
        AttemptsLoader loader(m_source, api.get(), QStringLiteral("1"));
        const Outcome out = run(loader);
        QVERIFY(out.error.has_value());
        QCOMPARE(out.error->kind(), ApiError::Kind::NotFound);
    }

    void noClientFails()
    {
        AttemptsLoader loader(m_source, nullptr, m_retried);
        const Outcome out = run(loader);
        QVERIFY(out.error.has_value());
        QVERIFY(!out.error->userMessage().isEmpty());
    }

    void repeatingCursorStops()
    {
        DemoFaults faults;
        faults.cursorLoop = true; // the server ignores last_id: the same page comes every time
        m_server->setFaults(faults);
        auto api = client();
        AttemptsLoaderLimits limits;
        limits.pageSize = 1;
        AttemptsLoader loader(m_source, api.get(), m_retried, limits);
        const Outcome out = run(loader);
        m_server->setFaults({});
        QVERIFY(out.error.has_value());
        QCOMPARE(out.error->kind(), ApiError::Kind::BadResponse);
        QVERIFY2(out.error->userMessage().contains(QStringLiteral("same page")), qPrintable(out.error->userMessage()));
        QCOMPARE(loader.pagesFetched(), 2);
    }

    void pageCapStops()
    {
        auto api = client();
        AttemptsLoaderLimits limits;
        limits.pageSize = 1;
        limits.maxPages = 1;
        AttemptsLoader loader(m_source, api.get(), m_retried, limits);
        const Outcome out = run(loader);
        QVERIFY(out.error.has_value());
        QVERIFY2(out.error->technicalDetail().contains(QStringLiteral("page cap")),
                 qPrintable(out.error->technicalDetail()));
        QVERIFY(out.attempts.empty());
    }

    void unreadableBodyFails()
    {
        DemoFaults faults;
        faults.malformedRate = 1.0;
        m_server->setFaults(faults);
        auto api = client();
        AttemptsLoader loader(m_source, api.get(), m_retried);
        const Outcome out = run(loader);
        m_server->setFaults({});
        QVERIFY(out.error.has_value());
        QCOMPARE(out.error->kind(), ApiError::Kind::BadResponse);
    }

    void cancelStopsEverySignal()
    {
        auto api = client();
        AttemptsLoader loader(m_source, api.get(), m_retried);
        Outcome out;
        record(loader, out, this);
        loader.start();
        QVERIFY(loader.isRunning());
        loader.cancel();
        QVERIFY(!loader.isRunning());
        QTest::qWait(300);
        QCOMPARE(out.endings, 0);
        QVERIFY(out.progress.isEmpty());
    }

    void cancelFromProgressStopsTheWalk()
    {
        auto api = client();
        AttemptsLoaderLimits limits;
        limits.pageSize = 1;
        AttemptsLoader loader(m_source, api.get(), m_retried, limits);
        Outcome out;
        record(loader, out, this);
        connect(&loader, &AttemptsLoader::progress, this, [&loader] { loader.cancel(); });
        const qint64 before = m_server->requestCount();
        loader.start();
        QTRY_COMPARE(out.progress.size(), 1);
        QTest::qWait(300);
        QCOMPARE(out.endings, 0);
        QCOMPARE(m_server->requestCount() - before, 1); // no second page was asked for
    }

    void destroyedWhileInFlight()
    {
        auto api = client();
        auto loader = std::make_unique<AttemptsLoader>(m_source, api.get(), m_retried);
        Outcome out;
        record(*loader, out, this);
        loader->start();
        loader.reset();
        QTest::qWait(300);
        QCOMPARE(out.endings, 0);
    }

    // A reply that arrives after cancel() is dropped, even when the server answers it in full.
    void lateReplyAfterCancelIsDropped()
    {
        ScriptedHttpServer server;
        QVERIFY(server.isListening());
        int requests = 0;
        server.setHandler([&requests](const RecordedRequest &, QTcpSocket *socket) {
            ++requests;
            const QByteArray body = "{\"attempts\":[" + attemptJson(QStringLiteral("9"), QStringLiteral("5"), 1) + "]}";
            ScriptedHttpServer::respondLater(socket, 200, 200, body, {{"Content-Type", "application/json"}});
        });
        auto source = std::make_shared<TreasureSource>(server.url(QStringLiteral("/")));
        ApiClient api(server.url(QStringLiteral("/")), ApiAuth{"Authorization", "TD1 scripted"}, apitestkit::fastLimits());
        AttemptsLoader loader(source, &api, QStringLiteral("5"));
        Outcome out;
        record(loader, out, this);
        loader.start();
        QTRY_COMPARE(requests, 1);
        loader.cancel();
        QTest::qWait(500);
        QCOMPARE(out.endings, 0);
    }

    // Attempts that name another session are the server's mistake: they are left out and
    // counted, the rest still arrives.
    void attemptsOfAnotherSessionAreSkipped()
    {
        ScriptedHttpServer server;
        server.setHandler([](const RecordedRequest &, QTcpSocket *socket) {
            const QByteArray body = "{\"attempts\":[" + attemptJson(QStringLiteral("9"), QStringLiteral("5"), 2) + ","
                + attemptJson(QStringLiteral("8"), QStringLiteral("6"), 1) + "]}";
            ScriptedHttpServer::respondJson(socket, 200, body);
        });
        auto source = std::make_shared<TreasureSource>(server.url(QStringLiteral("/")));
        ApiClient api(server.url(QStringLiteral("/")), ApiAuth{"Authorization", "TD1 scripted"}, apitestkit::fastLimits());
        AttemptsLoader loader(source, &api, QStringLiteral("5"));
        const Outcome out = run(loader);
        QVERIFY(out.finished);
        QCOMPARE(idsOf(out.attempts), QStringList{QStringLiteral("9")});
        QCOMPARE(loader.skippedAttempts(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAttemptsLoader)
#include "tst_attemptsloader.moc"
