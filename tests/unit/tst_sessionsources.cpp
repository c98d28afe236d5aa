// How each backend decides where the next page starts: pure logic over parsed pages.
#include "domain/iso8601.h"
#include "sources/century/centurysource.h"
#include "sources/mobilenext/mobilenextsource.h"
#include "sources/treasure/treasuresource.h"

#include <QTest>
#include <QUrlQuery>

namespace {

SessionPage pageWithRows(int count, qint64 firstStartMs = 1'700'000'000'000, qint64 stepMs = -1000)
{
    SessionPage page;
    page.ok = true;
    for (int i = 0; i < count; ++i) {
        SessionRecord r;
        r.id = QString::number(1000 - i);
        r.startedMs = firstStartMs + i * stepMs;
        page.rows.push_back(r);
    }
    return page;
}

QString param(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

const QUrl kBase(QStringLiteral("http://127.0.0.1:9/x"));

} // namespace

class TestSessionSources final : public QObject
{
    Q_OBJECT

private slots:
    void factoryMakesEachBackend()
    {
        for (Backend b : {Backend::Century, Backend::Treasure, Backend::MobileNext}) {
            const auto source = makeSessionSource(b, kBase);
            QVERIFY(source);
            QCOMPARE(source->backend(), b);
            QVERIFY(!source->columns().empty());
            QVERIFY(queryValidationError(source->defaultQuery()).isEmpty());
        }
    }

    void authHeaders()
    {
        QCOMPARE(CenturySource(kBase).authHeader("k"), qMakePair(QByteArray("x-api-key"), QByteArray("k")));
        QCOMPARE(TreasureSource(kBase).authHeader("k"), qMakePair(QByteArray("Authorization"), QByteArray("TD1 k")));
        QCOMPARE(MobileNextSource(kBase).authHeader("k"),
                 qMakePair(QByteArray("Authorization"), QByteArray("Bearer k")));
    }

    void centuryCursorEndsOnNullCursor()
    {
        CenturySource source(kBase);
        SessionPage page = pageWithRows(100);
        page.nextToken = QStringLiteral("abc");
        NextPage next = source.nextPage(CenturyQuery{}, {}, page);
        QVERIFY(!next.end);
        QCOMPARE(next.cursor.token, QStringLiteral("abc"));
        page.nextToken.clear();
        QVERIFY(source.nextPage(CenturyQuery{}, {}, page).end);
    }

    void centuryOffsetFollowsTotal()
    {
        CenturySource source(kBase);
        CenturyQuery q;
        q.paging = CenturyPaging::Offset;
        q.pageSize = 100;
        SessionPage page = pageWithRows(100);
        page.total = 250;
        NextPage next = source.nextPage(q, {QString(), 100, 0}, page);
        QVERIFY(!next.end);
        QCOMPARE(next.cursor.offset, 200);
        QVERIFY(source.nextPage(q, {QString(), 200, 0}, pageWithRows(50)).end);
        // A full page at the total's end is the end, even before an empty page.
        page.total = 200;
        QVERIFY(source.nextPage(q, {QString(), 100, 0}, page).end);
    }

    void centuryPredictsTheNextPageBeforeParsing()
    {
        CenturySource source(kBase);
        CenturyQuery q;
        // A value that spells the key (escaped quotes) must not fool the guess.
        const QByteArray body = "{\"data\":[{\"name\":\"say \\\"nextCursor\\\": \\\"fake\\\"\"}],"
                                "\"pagination\":{\"total\":3,\"nextCursor\" : \"eyJ2IjoxfQ==\",\"previousCursor\":null}}";
        auto next = source.predictedNext(q, {}, body);
        QVERIFY(next);
        QCOMPARE(next->token, QStringLiteral("eyJ2IjoxfQ=="));
        QVERIFY(!source.predictedNext(q, {}, QByteArrayView("{\"pagination\":{\"nextCursor\":null}}")));
        QVERIFY(!source.predictedNext(q, {}, QByteArrayView("{\"pagination\":{\"nextCursor\":\"abc")));
        QVERIFY(!source.predictedNext(q, {}, QByteArrayView()));
        // Offset paging needs no body at all.
        q.paging = CenturyPaging::Offset;
        q.pageSize = 25;
        next = source.predictedNext(q, {QString(), 50, 0}, {});
        QVERIFY(next);
        QCOMPARE(next->offset, 75);
        // The other backends make no guess.
        QVERIFY(!TreasureSource(kBase).predictedNext(TreasureQuery{}, {}, body));
    }

    void treasureKeysetByLastIdEndsOnShortPage()
    {
        TreasureSource source(kBase);
        TreasureQuery q;
        q.pageSize = 3;
        SessionPage page = pageWithRows(3);
        page.nextToken = QStringLiteral("998");
        NextPage next = source.nextPage(q, {}, page);
        QVERIFY(!next.end);
        QCOMPARE(next.cursor.token, QStringLiteral("998"));
        const PageRequest request = source.pageRequest(q, next.cursor);
        QCOMPARE(request.url.path(), QStringLiteral("/x/api/sessions"));
        QCOMPARE(param(request.url, QStringLiteral("last_id")), QStringLiteral("998"));
        QCOMPARE(param(request.url, QStringLiteral("page_size")), QStringLiteral("3"));

        SessionPage shortPage = pageWithRows(2);
        shortPage.nextToken = QStringLiteral("999");
        QVERIFY(source.nextPage(q, {}, shortPage).end);
        QVERIFY(source.nextPage(q, {}, SessionPage{}).end);
        // The first page carries no last_id at all.
        QVERIFY(!QUrlQuery(source.pageRequest(q, {}).url).hasQueryItem(QStringLiteral("last_id")));
    }

    void treasureDetailRequests()
    {
        TreasureSource source(kBase);
        QCOMPARE(source.sessionRequest(QStringLiteral("42")).url.path(), QStringLiteral("/x/api/sessions/42"));
        const PageRequest attempts = source.attemptsRequest(QStringLiteral("42"), {QStringLiteral("7"), 0, 0}, 50);
        QCOMPARE(attempts.url.path(), QStringLiteral("/x/api/sessions/42/attempts"));
        QCOMPARE(param(attempts.url, QStringLiteral("last_id")), QStringLiteral("7"));
        // Path injection through an id is impossible.
        QVERIFY(!source.sessionRequest(QStringLiteral("1/../../admin")).url.path().contains(QLatin1String("/../")));
    }

    void mobileNextIncludesTheBoundaryInstant()
    {
        MobileNextSource source(kBase);
        MobileNextQuery q;
        SessionPage page = pageWithRows(100);
        page.nextToken = QStringLiteral("server-cursor");
        const qint64 oldest = page.rows.back().startedMs;
        NextPage next = source.nextPage(q, {}, page);
        QVERIFY(!next.end);
        // One millisecond past the oldest row: rows sharing its instant come again (and
        // are deduplicated) instead of being skipped by the strictly-before filter.
        QCOMPARE(next.cursor.token, iso8601::formatRfc3339Ms(oldest + 1));
        const PageRequest request = source.pageRequest(q, next.cursor);
        QCOMPARE(param(request.url, QStringLiteral("before")), next.cursor.token);
        QCOMPARE(param(request.url, QStringLiteral("limit")), QStringLiteral("100"));
    }

    void mobileNextGrowsThePageWhenOneInstantFillsIt()
    {
        MobileNextSource source(kBase);
        MobileNextQuery q;
        SessionPage crowded = pageWithRows(100, 1'700'000'000'000, 0); // all at one instant
        crowded.nextToken = QStringLiteral("c");
        const QString past = iso8601::formatRfc3339Ms(1'700'000'000'001);
        NextPage next = source.nextPage(q, {past, 0, 0}, crowded);
        QVERIFY(!next.end);
        QCOMPARE(next.cursor.token, past);
        QCOMPARE(next.cursor.pageSize, 200);
        QCOMPARE(param(source.pageRequest(q, next.cursor).url, QStringLiteral("limit")), QStringLiteral("200"));

        next = source.nextPage(q, {past, 0, MobileNextQuery::kMaxPageSize}, crowded);
        QVERIFY(!next.end);
        QCOMPARE(next.cursor.token, iso8601::formatRfc3339Ms(1'700'000'000'000));
        QVERIFY(!next.warning.isEmpty());
    }

    void mobileNextEndsWithoutCursor()
    {
        MobileNextSource source(kBase);
        QVERIFY(source.nextPage(MobileNextQuery{}, {}, pageWithRows(10)).end);
        SessionPage empty;
        empty.nextToken = QStringLiteral("x");
        QVERIFY(source.nextPage(MobileNextQuery{}, {}, empty).end);
    }

    void mobileNextOrganizationHeader()
    {
        MobileNextSource source(kBase);
        MobileNextQuery q;
        QVERIFY(source.pageRequest(q, {}).headers.isEmpty());
        q.organizationId = QStringLiteral("org_2");
        const PageRequest r = source.pageRequest(q, {});
        QCOMPARE(r.headers.size(), 1);
        QCOMPARE(r.headers.first(), qMakePair(QByteArray("X-Organization-Id"), QByteArray("org_2")));
        QCOMPARE(source.organizationsRequest().url.path(), QStringLiteral("/x/api/v1/organizations"));
    }
};

QTEST_GUILESS_MAIN(TestSessionSources)
#include "tst_sessionsources.moc"
