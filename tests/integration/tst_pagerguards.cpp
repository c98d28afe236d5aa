// The Pager's guards against untrusted pages, driven by a scripted loopback server that
// can send what no honest API would: a cursor that repeats, rows that come twice, a total
// that moves, a body that is not JSON.
#include "scriptedhttpserver.h"

#include "net/apiclient.h"
#include "sources/pager.h"
#include "sources/sessionsource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

namespace {

QJsonObject session(int n)
{
    const QString id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    return QJsonObject{
        {QStringLiteral("sessionId"), id},
        {QStringLiteral("startDate"), QStringLiteral("2025-09-01T09:00:00.000Z")},
        {QStringLiteral("status"), QStringLiteral("IN_PROGRESS")},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("userId"), id},
                     {QStringLiteral("username"), QStringLiteral("pupil%1").arg(n)},
                     {QStringLiteral("fullName"), QStringLiteral("Pupil %1").arg(n)},
                     {QStringLiteral("firstName"), QStringLiteral("Pupil")},
                     {QStringLiteral("lastName"), QString::number(n)}}},
        {QStringLiteral("test"),
         QJsonObject{{QStringLiteral("testId"), id},
                     {QStringLiteral("testVersionId"), id},
                     {QStringLiteral("name"), QStringLiteral("English Smart Initial Assessment")},
                     {QStringLiteral("subject"), QStringLiteral("English")}}},
    };
}

// A Century page with sessions [first, first + count), pointing at `next` (null when empty).
QByteArray page(int first, int count, const QString &next, qint64 total, bool breakOneRow = false)
{
    QJsonArray data;
    for (int i = first; i < first + count; ++i) {
        QJsonObject s = session(i);
        if (breakOneRow && i == first)
            s.remove(QStringLiteral("sessionId"));
        data.append(s);
    }
    const QJsonObject pagination{{QStringLiteral("total"), total},
                                 {QStringLiteral("limit"), count},
                                 {QStringLiteral("offset"), 0},
                                 {QStringLiteral("previousCursor"), QJsonValue::Null},
                                 {QStringLiteral("nextCursor"), next.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                               : QJsonValue(next)}};
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("pagination"), pagination}})
        .toJson(QJsonDocument::Compact);
}

QString cursorOf(const RecordedRequest &request)
{
    return QUrlQuery(QUrl(QString::fromLatin1(request.target))).queryItemValue(QStringLiteral("cursor"));
}

QSet<QString> idsOfRows(const std::vector<SessionRecord> &rows)
{
    QSet<QString> ids;
    for (const SessionRecord &r : rows)
        ids.insert(r.id);
    return ids;
}

int offsetOf(const RecordedRequest &request)
{
    return QUrlQuery(QUrl(QString::fromLatin1(request.target))).queryItemValue(QStringLiteral("offset")).toInt();
}

struct Walk
{
    std::vector<SessionRecord> rows;
    int finished = 0;
    int failed = 0;
    ApiError error;
    QStringList notices;
};

} // namespace

class TestPagerGuards final : public QObject
{
    Q_OBJECT

    ScriptedHttpServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
    std::shared_ptr<const SessionSource> m_source;

    std::unique_ptr<Pager> makePager(Walk &walk, CenturyQuery query = {}, PagerLimits limits = {})
    {
        auto pager = std::make_unique<Pager>(m_source, m_client, Query{query}, limits);
        connect(pager.get(), &Pager::pageReady, this, [&walk](const std::vector<SessionRecord> &rows) {
            walk.rows.insert(walk.rows.end(), rows.begin(), rows.end());
        });
        connect(pager.get(), &Pager::finished, this, [&walk] { ++walk.finished; });
        connect(pager.get(), &Pager::failed, this, [&walk](const ApiError &e) {
            ++walk.failed;
            walk.error = e;
        });
        connect(pager.get(), &Pager::notice, this, [&walk](const QString &n) { walk.notices << n; });
        return pager;
    }

    static bool ended(const Walk &walk) { return walk.finished + walk.failed > 0; }

private slots:
    void init()
    {
        m_server = new ScriptedHttpServer(this);
        ApiLimits limits;
        limits.backoffBase = std::chrono::milliseconds(5);
        limits.backoffMax = std::chrono::milliseconds(20);
        limits.inactivityTimeout = std::chrono::milliseconds(3000);
        limits.totalDeadline = std::chrono::milliseconds(5000);
        m_client = new ApiClient(m_server->origin(), ApiAuth{"x-api-key", "guard-test-key"}, limits, this);
        m_source = makeSessionSource(Backend::Century, m_server->url(QStringLiteral("/api/v1")));
    }
    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    void walksToTheEnd()
    {
        m_server->setHandler([](const RecordedRequest &r, QTcpSocket *s) {
            const QString c = cursorOf(r);
            const int pageNo = c.isEmpty() ? 0 : c.mid(1).toInt();
            ScriptedHttpServer::respondJson(s, 200, page(pageNo * 10, 10, pageNo < 4 ? QStringLiteral("p%1").arg(pageNo + 1) : QString(), 50));
        });
        Walk walk;
        auto pager = makePager(walk);
        pager->fetchAll();
        QTRY_VERIFY_WITH_TIMEOUT(ended(walk), 10000);
        QCOMPARE(walk.failed, 0);
        QCOMPARE(walk.finished, 1);
        QCOMPARE(walk.rows.size(), size_t(50));
        QCOMPARE(pager->pagesFetched(), 5);
        QCOMPARE(pager->total(), std::optional<qint64>(50));
        QVERIFY(!pager->hasMore());
        QCOMPARE(m_server->requestCount(), 5);
        QCOMPARE(m_server->requests().first().header("x-api-key"), QByteArray("guard-test-key"));
    }

    void fetchNextLoadsOnePageAtATime()
    {
        m_server->setHandler([](const RecordedRequest &r, QTcpSocket *s) {
            const int pageNo = cursorOf(r).isEmpty() ? 0 : 1;
            ScriptedHttpServer::respondJson(s, 200, page(pageNo * 10, 10, pageNo == 0 ? QStringLiteral("p1") : QString(), 20));
        });
        Walk walk;
        auto pager = makePager(walk);
        pager->fetchNext();
        QVERIFY(pager->isBusy());
        pager->fetchNext(); // ignored while one is in flight
        QTRY_COMPARE(walk.rows.size(), size_t(10));
        QTRY_VERIFY(!pager->isBusy());
        QVERIFY(pager->hasMore());
        QCOMPARE(m_server->requestCount(), 1);
        pager->fetchNext();
        QTRY_COMPARE(walk.finished, 1);
        QCOMPARE(walk.rows.size(), size_t(20));
    }

    void offsetWalkAsksAheadWithoutWaste()
    {
        m_server->setHandler([](const RecordedRequest &r, QTcpSocket *s) {
            const int offset = offsetOf(r);
            ScriptedHttpServer::respondJson(s, 200, page(offset, std::min(10, 50 - offset), QString(), 50));
        });
        CenturyQuery q;
        q.paging = CenturyPaging::Offset;
        q.pageSize = 10;
        Walk walk;
        auto pager = makePager(walk, q);
        pager->fetchAll();
        QTRY_COMPARE_WITH_TIMEOUT(walk.finished, 1, 10000);
        QCOMPARE(walk.failed, 0);
        QCOMPARE(idsOfRows(walk.rows).size(), 50);
        QCOMPARE(walk.rows.size(), size_t(50));
        // Five pages, and nothing asked past the total the first page announced.
        QCOMPARE(m_server->requestCount(), 5);
    }

    void wrongGuessIsDropped()
    {
        // The total promises 100 rows, but the second page is short: that is the end, and
        // the third page asked for ahead of time must not add anything.
        m_server->setHandler([](const RecordedRequest &r, QTcpSocket *s) {
            const int offset = offsetOf(r);
            const int count = offset == 0 ? 10 : offset == 10 ? 4 : 10;
            ScriptedHttpServer::respondJson(s, 200, page(offset, count, QString(), 100));
        });
        CenturyQuery q;
        q.paging = CenturyPaging::Offset;
        q.pageSize = 10;
        Walk walk;
        auto pager = makePager(walk, q);
        pager->fetchAll();
        QTRY_COMPARE_WITH_TIMEOUT(walk.finished, 1, 10000);
        QTest::qWait(100);
        QCOMPARE(walk.rows.size(), size_t(14));
        QCOMPARE(walk.finished, 1);
        QCOMPARE(walk.failed, 0);
    }

    void repeatingCursorStopsWithAClearError()
    {
        m_server->setHandler([](const RecordedRequest &r, QTcpSocket *s) {
            const bool first = cursorOf(r).isEmpty();
            ScriptedHttpServer::respondJson(s, 200, page(first ? 0 : 10, 10, QStringLiteral("same"), 1000));
        });
        Walk walk;
        auto pager = makePager(walk);
        pager->fetchAll();
        QTRY_VERIFY_WITH_TIMEOUT(ended(walk), 10000);
        QCOMPARE(walk.failed, 1);
        QCOMPARE(walk.finished, 0);
        QCOMPARE(walk.error.kind(), ApiError::Kind::BadResponse);
        QVERIFY(walk.error.userMessage().contains(QLatin1String("same page")));
        QCOMPARE(walk.rows.size(), size_t(20)); // what arrived is kept
        QVERIFY(!pager->hasMore());
        QCOMPARE(m_server->requestCount(), 2);
    }

    void duplicatesAcrossPagesAreDropped()
    {
        m_server->setHandler([](const RecordedRequest &r, QTcpSocket *s) {
            const bool first = cursorOf(r).isEmpty();
            // The second page starts with the last five rows of the first.
            ScriptedHttpServer::respondJson(s, 200, first ? page(0, 10, QStringLiteral("n"), 15) : page(5, 10, QString(), 15));
        });
        Walk walk;
        auto pager = makePager(walk);
        pager->fetchAll();
        QTRY_COMPARE_WITH_TIMEOUT(walk.finished, 1, 10000);
        QCOMPARE(walk.rows.size(), size_t(15));
        QSet<QString> ids;
        for (const auto &r : walk.rows)
            ids.insert(r.id);
        QCOMPARE(ids.size(), 15);
        QCOMPARE(pager->duplicatesDropped(), 5);
    }

    void changingTotalIsFlagged()
    {
        m_server->setHandler([](const RecordedRequest &r, QTcpSocket *s) {
            const bool first = cursorOf(r).isEmpty();
            ScriptedHttpServer::respondJson(s, 200, first ? page(0, 10, QStringLiteral("n"), 20) : page(10, 11, QString(), 21));
        });
        Walk walk;
        auto pager = makePager(walk);
        pager->fetchAll();
        QTRY_COMPARE_WITH_TIMEOUT(walk.finished, 1, 10000);
        QVERIFY(pager->dataChangedWhileLoading());
        QCOMPARE(walk.notices.size(), 1);
        QVERIFY(walk.notices.first().contains(QLatin1String("changed")));
        QCOMPARE(walk.rows.size(), size_t(21));
    }

    void unreadablePageFailsThenRetryContinues()
    {
        int calls = 0;
        m_server->setHandler([&calls](const RecordedRequest &r, QTcpSocket *s) {
            ++calls;
            const bool first = cursorOf(r).isEmpty();
            if (!first && calls == 2) {
                ScriptedHttpServer::respondJson(s, 200, QByteArrayLiteral("{\"data\": [ {\"sessionId\": "));
                return;
            }
            ScriptedHttpServer::respondJson(s, 200, first ? page(0, 10, QStringLiteral("n"), 20) : page(10, 10, QString(), 20));
        });
        Walk walk;
        auto pager = makePager(walk);
        pager->fetchAll();
        QTRY_COMPARE_WITH_TIMEOUT(walk.failed, 1, 10000);
        QCOMPARE(walk.error.kind(), ApiError::Kind::BadResponse);
        QVERIFY(!walk.error.technicalDetail().isEmpty());
        QCOMPARE(walk.rows.size(), size_t(10));
        QVERIFY(pager->hasMore());
        QVERIFY(pager->isFailed());

        pager->retry();
        QTRY_COMPARE_WITH_TIMEOUT(walk.finished, 1, 10000);
        QCOMPARE(walk.rows.size(), size_t(20));
        // The retry asked for the same page again, not the first one.
        QCOMPARE(cursorOf(m_server->requests().last()), QStringLiteral("n"));
    }

    void malformedRowsAreReportedNotHidden()
    {
        m_server->setHandler([](const RecordedRequest &, QTcpSocket *s) {
            ScriptedHttpServer::respondJson(s, 200, page(0, 10, QString(), 10, true));
        });
        Walk walk;
        auto pager = makePager(walk);
        pager->fetchAll();
        QTRY_COMPARE_WITH_TIMEOUT(walk.finished, 1, 10000);
        QCOMPARE(walk.rows.size(), size_t(9));
        QCOMPARE(pager->malformedRows(), 1);
        QCOMPARE(walk.notices.size(), 1);
    }

    void pagesWithoutNewRowsEndInAnError()
    {
        m_server->setHandler([](const RecordedRequest &r, QTcpSocket *s) {
            // Fresh cursors forever, always the same rows.
            ScriptedHttpServer::respondJson(s, 200, page(0, 5, cursorOf(r) + QLatin1Char('x'), 5));
        });
        Walk walk;
        PagerLimits limits;
        limits.maxPagesWithoutNewRows = 4;
        auto pager = makePager(walk, {}, limits);
        pager->fetchAll();
        QTRY_VERIFY_WITH_TIMEOUT(ended(walk), 10000);
        QCOMPARE(walk.failed, 1);
        QCOMPARE(walk.rows.size(), size_t(5));
        // Five pages walked; the sixth, asked ahead while the fifth was read, may reach the
        // server before the failure drops it (a slow build, e.g. under ASan). Nothing after it.
        QVERIFY2(m_server->requestCount() == 5 || m_server->requestCount() == 6,
                 qPrintable(QString::number(m_server->requestCount())));
    }

    void pageCap()
    {
        m_server->setHandler([](const RecordedRequest &r, QTcpSocket *s) {
            const QString c = cursorOf(r);
            const int n = c.isEmpty() ? 0 : c.toInt();
            ScriptedHttpServer::respondJson(s, 200, page(n * 2, 2, QString::number(n + 1), 1'000'000));
        });
        Walk walk;
        PagerLimits limits;
        limits.maxPages = 3;
        auto pager = makePager(walk, {}, limits);
        pager->fetchAll();
        QTRY_VERIFY_WITH_TIMEOUT(ended(walk), 10000);
        QCOMPARE(walk.failed, 1);
        QCOMPARE(walk.rows.size(), size_t(6));
        QVERIFY(walk.error.userMessage().contains(QLatin1String("3 pages")));
    }

    void cancelFromThePageSlotEndsEverything()
    {
        m_server->setHandler([](const RecordedRequest &, QTcpSocket *s) {
            // The last page: without the cancel, finished() would follow.
            ScriptedHttpServer::respondJson(s, 200, page(0, 10, QString(), 10));
        });
        Walk walk;
        auto pager = makePager(walk);
        connect(pager.get(), &Pager::pageReady, this, [&pager] { pager->cancel(); });
        pager->fetchAll();
        QTRY_COMPARE(walk.rows.size(), size_t(10));
        QTest::qWait(100);
        QCOMPARE(walk.finished, 0);
        QCOMPARE(walk.failed, 0);
        QVERIFY(!pager->hasMore());
    }

    void fetchNextFromThePageSlotDoesNotResendThePage()
    {
        // What a view or QAbstractItemModelTester does: ask for more while rows are inserted.
        m_server->setHandler([](const RecordedRequest &r, QTcpSocket *s) {
            const bool second = r.target.contains("cursor=c1");
            ScriptedHttpServer::respondJson(s, 200, second ? page(10, 10, QString(), 20) : page(0, 10, QStringLiteral("c1"), 20));
        });
        Walk walk;
        auto pager = makePager(walk);
        connect(pager.get(), &Pager::pageReady, this, [&pager] { pager->fetchNext(); });
        pager->fetchNext();
        QTRY_COMPARE(walk.rows.size(), size_t(10));
        QTest::qWait(100);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(walk.failed, 0);
        pager->fetchNext();
        QTRY_COMPARE(walk.finished, 1);
        QCOMPARE(walk.rows.size(), size_t(20));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void largePagesAreParsedOffTheGuiThread()
    {
        m_server->setHandler([](const RecordedRequest &, QTcpSocket *s) {
            ScriptedHttpServer::respondJson(s, 200, page(0, 100, QString(), 100));
        });
        Walk walk;
        PagerLimits limits;
        limits.parseOnWorkerAbove = 1024; // the page is ~50 KB
        auto pager = makePager(walk, {}, limits);
        pager->fetchAll();
        QTRY_COMPARE_WITH_TIMEOUT(walk.finished, 1, 10000);
        QCOMPARE(walk.rows.size(), size_t(100));
    }

    void cancelIsSilentAndFinal()
    {
        m_server->setHandler([](const RecordedRequest &, QTcpSocket *s) {
            ScriptedHttpServer::respondLater(s, 300, 200, page(0, 10, QStringLiteral("n"), 100), {{"Content-Type", "application/json"}});
        });
        Walk walk;
        auto pager = makePager(walk);
        pager->fetchAll();
        QTRY_COMPARE(m_server->requestCount(), 1);
        pager->cancel();
        QTest::qWait(600);
        QCOMPARE(walk.rows.size(), size_t(0));
        QVERIFY(!ended(walk));
        QVERIFY(!pager->hasMore());
        QVERIFY(!pager->isBusy());
        pager->fetchNext();
        QTest::qWait(100);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void invalidQueryNeverReachesTheServer()
    {
        CenturyQuery q;
        q.dates = {{CenturyDateField::StartDate, CompareOp::Gt, 1}, {CenturyDateField::StartDate, CompareOp::Gte, 2}};
        Walk walk;
        auto pager = makePager(walk, q);
        pager->fetchAll();
        QTRY_COMPARE(walk.failed, 1);
        QCOMPARE(m_server->requestCount(), 0);
        QVERIFY(walk.error.userMessage().contains(QLatin1String("start date")));
    }

    void errorFromTheApiIsPassedOn()
    {
        m_server->setHandler([](const RecordedRequest &, QTcpSocket *s) {
            ScriptedHttpServer::respondJson(s, 401, QByteArrayLiteral("{\"message\":\"Invalid API key\"}"));
        });
        Walk walk;
        auto pager = makePager(walk);
        pager->fetchAll();
        QTRY_COMPARE_WITH_TIMEOUT(walk.failed, 1, 10000);
        QCOMPARE(walk.error.kind(), ApiError::Kind::Auth);
        QVERIFY(!walk.error.userMessage().contains(QLatin1String("guard-test-key")));
        QCOMPARE(m_server->requestCount(), 1); // 401 is not retried
    }
};

QTEST_GUILESS_MAIN(TestPagerGuards)
#include "tst_pagerguards.moc"
