// The whole client path — SessionSource, Pager, ApiClient and the page parsers — against the
// demo server over real loopback HTTP: every backend walked to the end, compared with the
// demo world's own counts, and every server fault ending complete and exact or in a clear
// error within its deadline.
#include "scriptedhttpserver.h"

#include "demo/demokeys.h"
#include "demo/demoserver.h"
#include "demo/demoworld.h"
#include "demo/demomobilenextworld.h"
#include "demo/demotreasureworld.h"
#include "net/apiclient.h"
#include "sources/pager.h"
#include "sources/sessionsource.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSet>
#include <QTest>

namespace {

struct WalkResult
{
    std::vector<SessionRecord> rows;
    bool finished = false;
    std::optional<ApiError> error;
    QStringList notices;
    qint64 malformed = 0;
    std::optional<qint64> total;
    int retries = 0;
    qint64 elapsedMs = 0;
};

QByteArray defaultKey(Backend backend)
{
    switch (backend) {
    case Backend::Century: return demokeys::kCenturyKey;
    case Backend::Treasure: return demokeys::kTreasureKey;
    case Backend::MobileNext: return demokeys::kMobileNextKey;
    }
    return {};
}

ApiLimits fastLimits()
{
    ApiLimits limits;
    limits.backoffBase = std::chrono::milliseconds(5);
    limits.backoffMax = std::chrono::milliseconds(40);
    limits.maxRetries = 8;
    limits.inactivityTimeout = std::chrono::milliseconds(3'000);
    limits.totalDeadline = std::chrono::milliseconds(8'000);
    return limits;
}

QSet<QString> idsOf(const std::vector<SessionRecord> &rows)
{
    QSet<QString> ids;
    for (const SessionRecord &r : rows)
        ids.insert(r.id);
    return ids;
}

const CenturyDetail &century(const SessionRecord &r)
{
    return std::get<CenturyDetail>(r.detail);
}

} // namespace

class TestPagerDemo final : public QObject
{
    Q_OBJECT

    static constexpr int kScale = 900;

    static std::unique_ptr<DemoServer> frozenServer(DemoOptions options = {})
    {
        options.scale = kScale;
        options.speed = 0; // a still world, so counts can be compared
        options.rateLimitPerMinute = 0;
        auto server = std::make_unique<DemoServer>(options);
        if (!server->listen())
            qFatal("the demo server could not listen on loopback");
        return server;
    }

    // Walks `query` to the end. `retriesAllowed` models a person pressing Retry after an
    // error that may pass (an unreadable page).
    WalkResult walk(DemoServer &server, Backend backend, Query query, QByteArray key = {},
                    ApiLimits limits = fastLimits(), int retriesAllowed = 0)
    {
        if (key.isEmpty())
            key = defaultKey(backend);
        std::shared_ptr<const SessionSource> source = makeSessionSource(backend, server.baseUrl(backend));
        const auto header = source->authHeader(key);
        ApiClient client(server.baseUrl(backend), ApiAuth{header.first, header.second}, limits);
        Pager pager(source, &client, std::move(query));
        WalkResult result;
        connect(&pager, &Pager::pageReady, this, [&](const std::vector<SessionRecord> &rows) {
            result.rows.insert(result.rows.end(), rows.begin(), rows.end());
        });
        connect(&pager, &Pager::finished, this, [&] { result.finished = true; });
        connect(&pager, &Pager::failed, this, [&](const ApiError &e) {
            if (result.retries < retriesAllowed && pager.hasMore()) {
                ++result.retries;
                QTimer::singleShot(0, &pager, [&pager] { pager.retry(); });
                return;
            }
            result.error = e;
        });
        connect(&pager, &Pager::notice, this, [&](const QString &n) { result.notices << n; });
        QElapsedTimer clock;
        clock.start();
        pager.fetchAll();
        if (!QTest::qWaitFor([&] { return result.finished || result.error; }, 60'000))
            qWarning("walk did not end within 60 s");
        result.elapsedMs = clock.elapsed();
        result.malformed = pager.malformedRows();
        result.total = pager.total();
        return result;
    }

    static void expectExact(const WalkResult &r, qint64 expected)
    {
        QVERIFY2(r.finished, r.error ? qPrintable(r.error->technicalDetail()) : "not finished");
        QVERIFY(!r.error);
        QCOMPARE(r.malformed, 0);
        QCOMPARE(qint64(r.rows.size()), expected);
        QCOMPARE(qint64(idsOf(r.rows).size()), expected);
    }

    static qint64 mobileNextVisible(DemoServer &server, int organization)
    {
        const DemoMobileNextWorld &world = server.world().mobileNext();
        const quint32 visible = world.visibleCount(server.nowMs());
        qint64 n = 0;
        for (quint32 i = 0; i < visible; ++i)
            n += world.organizationOf(i) == organization ? 1 : 0;
        return n;
    }

private slots:
    void centuryCursorPagingToTheEnd()
    {
        auto server = frozenServer();
        const WalkResult r = walk(*server, Backend::Century, CenturyQuery{});
        QVERIFY(r.total);
        expectExact(r, *r.total);
        QVERIFY(*r.total > 100); // several pages
        // Default sort: startDate ascending.
        for (size_t i = 1; i < r.rows.size(); ++i)
            QVERIFY(r.rows[i - 1].startedMs <= r.rows[i].startedMs);
    }

    void centuryOffsetPagingToTheEnd()
    {
        auto server = frozenServer();
        CenturyQuery q;
        q.paging = CenturyPaging::Offset;
        q.pageSize = 37;
        q.sortField = CenturyDateField::StartDate;
        q.sortDirection = SortDirection::Descending;
        const WalkResult r = walk(*server, Backend::Century, q);
        QVERIFY(r.total);
        expectExact(r, *r.total);
        for (size_t i = 1; i < r.rows.size(); ++i)
            QVERIFY(r.rows[i - 1].startedMs >= r.rows[i].startedMs);
    }

    void centuryScopesPartitionTheSessions()
    {
        auto server = frozenServer();
        const WalkResult all = walk(*server, Backend::Century, CenturyQuery{});
        CenturyQuery q;
        q.scope = CenturyScope::Completed;
        const WalkResult completed = walk(*server, Backend::Century, q);
        q.scope = CenturyScope::InProgress;
        const WalkResult inProgress = walk(*server, Backend::Century, q);
        expectExact(completed, *completed.total);
        expectExact(inProgress, *inProgress.total);
        QVERIFY(!completed.rows.empty());
        QVERIFY(!inProgress.rows.empty());
        QCOMPARE(completed.rows.size() + inProgress.rows.size(), all.rows.size());
        for (const SessionRecord &s : completed.rows) {
            QCOMPARE(s.status, SessionStatus::Completed);
            QVERIFY(s.endedMs != kNoTime);
            QVERIFY(!century(s).level.isEmpty());
            QVERIFY(century(s).durationSeconds != kNoTime);
        }
        for (const SessionRecord &s : inProgress.rows) {
            QCOMPARE(s.status, SessionStatus::Live);
            QCOMPARE(s.endedMs, kNoTime);
        }
    }

    void centuryServerFiltersAgreeWithTheRows()
    {
        auto server = frozenServer();
        const WalkResult all = walk(*server, Backend::Century, CenturyQuery{});
        QVERIFY(all.finished);
        const qint64 middle = all.rows[all.rows.size() / 2].startedMs;

        CenturyQuery q;
        q.subjects = {QStringLiteral("Maths")};
        q.dates = {{CenturyDateField::StartDate, CompareOp::Gte, middle}};
        const WalkResult filtered = walk(*server, Backend::Century, q);
        qint64 expected = 0;
        for (const SessionRecord &s : all.rows)
            expected += (century(s).subject == QLatin1String("Maths") && s.startedMs >= middle) ? 1 : 0;
        QVERIFY(expected > 0);
        expectExact(filtered, expected);
    }

    void centurySearchPastThirtyPupils()
    {
        auto server = frozenServer();
        const WalkResult all = walk(*server, Backend::Century, CenturyQuery{});
        QStringList pupils;
        for (const SessionRecord &s : all.rows) {
            if (!pupils.contains(century(s).userId))
                pupils << century(s).userId;
            if (pupils.size() == 35)
                break;
        }
        QCOMPARE(pupils.size(), 35);
        CenturyQuery q;
        q.userIds = pupils;
        q.pageSize = 20;
        const WalkResult r = walk(*server, Backend::Century, q); // POST /search
        qint64 expected = 0;
        for (const SessionRecord &s : all.rows)
            expected += pupils.contains(century(s).userId) ? 1 : 0;
        expectExact(r, expected);
    }

    void treasureKeysetToTheEnd()
    {
        auto server = frozenServer();
        TreasureQuery q;
        q.pageSize = 64;
        const WalkResult r = walk(*server, Backend::Treasure, q);
        expectExact(r, server->world().treasure().visibleCount(server->nowMs()));
        for (size_t i = 1; i < r.rows.size(); ++i)
            QVERIFY(r.rows[i - 1].id.toLongLong() > r.rows[i].id.toLongLong()); // newest first
    }

    void mobileNextKeysetLosesNoSharedInstant_data()
    {
        QTest::addColumn<DemoMobileNextShape>("shape");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("A/100") << DemoMobileNextShape::A << 100;
        QTest::newRow("A/7") << DemoMobileNextShape::A << 7;
        QTest::newRow("B/100") << DemoMobileNextShape::B << 100;
        QTest::newRow("B/3") << DemoMobileNextShape::B << 3;
    }
    void mobileNextKeysetLosesNoSharedInstant()
    {
        QFETCH(DemoMobileNextShape, shape);
        QFETCH(int, pageSize);
        DemoOptions options;
        options.mobileNextShape = shape;
        auto server = frozenServer(options);
        MobileNextQuery q;
        q.pageSize = pageSize;
        const WalkResult r = walk(*server, Backend::MobileNext, q);
        expectExact(r, mobileNextVisible(*server, 0));
    }

    void mobileNextOtherOrganization()
    {
        auto server = frozenServer();
        MobileNextQuery q;
        q.organizationId = QString::fromLatin1(DemoMobileNextWorld::organizationId(1));
        const WalkResult r = walk(*server, Backend::MobileNext, q);
        expectExact(r, mobileNextVisible(*server, 1));
        for (const SessionRecord &s : r.rows)
            QCOMPARE(std::get<MobileNextDetail>(s.detail).organizationId, q.organizationId);
    }

    void rejectedKeys_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("wrong") << QByteArray("not-a-demo-key") << ApiError::Kind::Auth;
        QTest::newRow("read-only") << QByteArray(demokeys::kCenturyReadOnlyKey) << ApiError::Kind::Forbidden;
    }
    void rejectedKeys()
    {
        QFETCH(QByteArray, key);
        QFETCH(ApiError::Kind, kind);
        auto server = frozenServer();
        const WalkResult r = walk(*server, Backend::Century, CenturyQuery{}, key);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind(), kind);
        QVERIFY(r.rows.empty());
        QVERIFY(!r.error->userMessage().contains(QString::fromLatin1(key)));
        QVERIFY(!r.error->technicalDetail().contains(QString::fromLatin1(key)));
    }

    // Faults that retries absorb: the walk must still be complete and exact.
    void absorbedFaults_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<int>("backend");
        QTest::newRow("duplicates/century") << QStringLiteral("duplicate-rate=0.5") << int(Backend::Century);
        QTest::newRow("duplicates/treasure") << QStringLiteral("duplicate-rate=0.5") << int(Backend::Treasure);
        QTest::newRow("duplicates/mobilenext") << QStringLiteral("duplicate-rate=0.5") << int(Backend::MobileNext);
        QTest::newRow("5xx") << QStringLiteral("error-rate=0.3") << int(Backend::Century);
        QTest::newRow("drops") << QStringLiteral("drop-rate=0.25") << int(Backend::Treasure);
        QTest::newRow("latency") << QStringLiteral("latency=30") << int(Backend::MobileNext);
        QTest::newRow("malformed") << QStringLiteral("malformed-rate=0.2") << int(Backend::Century);
    }
    void absorbedFaults()
    {
        QFETCH(QString, faults);
        QFETCH(int, backend);
        auto server = frozenServer();
        const Backend b = Backend(backend);
        // The truth, before the faults are switched on.
        const WalkResult clean = walk(*server, b, makeSessionSource(b, QUrl())->defaultQuery());
        QVERIFY(clean.finished);
        QString error;
        const auto parsed = DemoFaults::parse(faults, &error);
        QVERIFY2(parsed, qPrintable(error));
        server->setFaults(*parsed);
        // An unreadable page stops the walk with an error; a person pressing Retry resumes it.
        const WalkResult r = walk(*server, b, makeSessionSource(b, QUrl())->defaultQuery(), {}, fastLimits(), 40);
        expectExact(r, qint64(clean.rows.size()));
        QCOMPARE(idsOf(r.rows), idsOf(clean.rows));
    }

    void cursorLoopEndsInAClearError()
    {
        auto server = frozenServer();
        DemoFaults faults;
        faults.cursorLoop = true;
        server->setFaults(faults);
        const WalkResult r = walk(*server, Backend::Century, CenturyQuery{});
        QVERIFY(r.error);
        QCOMPARE(r.error->kind(), ApiError::Kind::BadResponse);
        QVERIFY(!r.rows.empty()); // what came before the loop is kept
        QVERIFY(r.elapsedMs < 10'000);
    }

    void slowDripHitsTheDeadline()
    {
        auto server = frozenServer();
        DemoFaults faults;
        faults.slowDripMs = 50;
        server->setFaults(faults);
        ApiLimits limits = fastLimits();
        limits.totalDeadline = std::chrono::milliseconds(800);
        limits.maxRetries = 1;
        const WalkResult r = walk(*server, Backend::Treasure, TreasureQuery{}, {}, limits);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind(), ApiError::Kind::Timeout);
        QVERIFY(r.elapsedMs < 5'000);
    }

    void hugePageHitsTheByteCap()
    {
        auto server = frozenServer();
        DemoFaults faults;
        faults.hugePage = true;
        faults.hugePageBytes = 8ll * 1024 * 1024;
        server->setFaults(faults);
        ApiLimits limits = fastLimits();
        limits.maxBodyBytes = 2 * 1024 * 1024;
        const WalkResult r = walk(*server, Backend::MobileNext, MobileNextQuery{}, {}, limits);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind(), ApiError::Kind::TooLarge);
    }

    void redirectElsewhereNeverCarriesTheKey()
    {
        ScriptedHttpServer elsewhere;
        elsewhere.setHandler([](const RecordedRequest &, QTcpSocket *s) { ScriptedHttpServer::respond(s, 200, "{}"); });
        auto server = frozenServer();
        DemoFaults faults;
        faults.redirect = elsewhere.origin();
        server->setFaults(faults);
        const WalkResult r = walk(*server, Backend::Century, CenturyQuery{});
        QVERIFY(r.error);
        QVERIFY(r.rows.empty());
        for (const RecordedRequest &request : elsewhere.requests())
            QVERIFY(!request.raw.contains(demokeys::kCenturyKey));
        QCOMPARE(elsewhere.requestCount(), 0);
    }

    void rateLimitSlowsButCompletes()
    {
        auto server = frozenServer();
        // The demo's bucket holds a minute's worth of requests; size the walk to need a few
        // more than that, so some are answered 429 + Retry-After and must wait.
        constexpr int kPerMinute = 30;
        server->setRateLimitPerMinute(kPerMinute);
        int tooMany = 0;
        connect(server.get(), &DemoServer::requestHandled, this, [&tooMany](int status) { tooMany += status == 429; });
        const qint64 visible = server->world().treasure().visibleCount(server->nowMs());
        TreasureQuery q;
        q.pageSize = int((visible + kPerMinute + 2) / (kPerMinute + 3));
        const WalkResult r = walk(*server, Backend::Treasure, q);
        expectExact(r, visible);
        QVERIFY2(tooMany > 0, "the walk never met the rate limit, so the test proves nothing");
    }

    void rateLimitStormEndsInRateLimited()
    {
        auto server = frozenServer();
        server->setRateLimitPerMinute(1);
        ApiLimits limits = fastLimits();
        limits.maxRetries = 2;
        limits.maxRetryAfter = std::chrono::milliseconds(100);
        TreasureQuery q;
        q.pageSize = 5;
        const WalkResult r = walk(*server, Backend::Treasure, q, {}, limits);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind(), ApiError::Kind::RateLimited);
        QVERIFY(r.elapsedMs < 10'000);
    }

    void liveClockCompletesASession()
    {
        auto server = frozenServer();
        CenturyQuery q;
        q.scope = CenturyScope::InProgress;
        const WalkResult before = walk(*server, Backend::Century, q);
        QVERIFY(!before.rows.empty());
        const SessionRecord live = before.rows.front();

        server->advanceClock(qint64(6) * 3600 * 1000); // six simulated hours
        CenturyQuery completed;
        completed.scope = CenturyScope::Completed;
        completed.userIds = {century(live).userId};
        const WalkResult after = walk(*server, Backend::Century, completed);
        QVERIFY(after.finished);
        const auto it = std::find_if(after.rows.begin(), after.rows.end(),
                                     [&](const SessionRecord &s) { return s.id == live.id; });
        QVERIFY2(it != after.rows.end(), "the session seen in progress never completed");
        QCOMPARE(it->status, SessionStatus::Completed);
        QVERIFY(it->endedMs > it->startedMs);
        QVERIFY(!century(*it).level.isEmpty());
        QVERIFY(century(*it).durationSeconds > 0);
    }
};

QTEST_GUILESS_MAIN(TestPagerDemo)
#include "tst_pagerdemo.moc"
