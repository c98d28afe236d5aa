#include "sources/century/centuryrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace century;

namespace {
const QUrl kBase(QStringLiteral("https://connect.century.tech/api/v1"));

QString uuid(int i)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}

QStringList valuesOf(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).allQueryItemValues(key, QUrl::FullyDecoded);
}
} // namespace

class TestCenturyRequests final : public QObject
{
    Q_OBJECT

private slots:
    void scopePicksEndpoint_data()
    {
        QTest::addColumn<CenturyScope>("scope");
        QTest::addColumn<QString>("path");
        QTest::newRow("all") << CenturyScope::All << QStringLiteral("/api/v1/smart-ia/sessions");
        QTest::newRow("completed") << CenturyScope::Completed << QStringLiteral("/api/v1/smart-ia/sessions/completed");
        QTest::newRow("in-progress") << CenturyScope::InProgress
                                     << QStringLiteral("/api/v1/smart-ia/sessions/in-progress");
    }
    void scopePicksEndpoint()
    {
        QFETCH(CenturyScope, scope);
        QFETCH(QString, path);
        CenturyQuery q;
        q.scope = scope;
        const PageRequest r = pageRequest(kBase, q, {});
        QCOMPARE(r.verb, QByteArray("GET"));
        QCOMPARE(r.url.path(), path);
        QCOMPARE(r.url.host(), QStringLiteral("connect.century.tech"));
        QVERIFY(r.jsonBody.isEmpty());
    }

    void filtersBecomeBracketParameters()
    {
        CenturyQuery q;
        q.status = CenturyStatusFilter::Completed;
        q.dates = {{CenturyDateField::StartDate, CompareOp::Gte, 1688200245000},
                   {CenturyDateField::EndDate, CompareOp::Lt, 1689422400000}};
        q.userIds = {uuid(1), uuid(2)};
        q.testIds = {uuid(3)};
        q.subjects = {QStringLiteral("English"), QStringLiteral("ICT+Digital & more")};
        q.sortField = CenturyDateField::EndDate;
        q.sortDirection = SortDirection::Descending;
        q.pageSize = 30;
        const PageRequest r = pageRequest(kBase, q, {QStringLiteral("eyJhIjoxfQ=="), 0});

        QCOMPARE(valuesOf(r.url, QStringLiteral("startDate[gte]")), QStringList{QStringLiteral("2023-07-01T08:30:45.000Z")});
        QCOMPARE(valuesOf(r.url, QStringLiteral("endDate[lt]")), QStringList{QStringLiteral("2023-07-15T12:00:00.000Z")});
        QCOMPARE(valuesOf(r.url, QStringLiteral("userId")), (QStringList{uuid(1), uuid(2)}));
        QCOMPARE(valuesOf(r.url, QStringLiteral("testId")), QStringList{uuid(3)});
        QCOMPARE(valuesOf(r.url, QStringLiteral("subject")),
                 (QStringList{QStringLiteral("English"), QStringLiteral("ICT+Digital & more")}));
        QCOMPARE(valuesOf(r.url, QStringLiteral("status")), QStringList{QStringLiteral("COMPLETED")});
        QCOMPARE(valuesOf(r.url, QStringLiteral("limit")), QStringList{QStringLiteral("30")});
        QCOMPARE(valuesOf(r.url, QStringLiteral("cursor")), QStringList{QStringLiteral("eyJhIjoxfQ==")});
        QCOMPARE(valuesOf(r.url, QStringLiteral("sort[field]")), QStringList{QStringLiteral("endDate")});
        QCOMPARE(valuesOf(r.url, QStringLiteral("sort[direction]")), QStringList{QStringLiteral("desc")});
        QVERIFY(valuesOf(r.url, QStringLiteral("offset")).isEmpty());
        // '+' must travel percent-encoded, or the server reads a space.
        QVERIFY(r.url.toString(QUrl::FullyEncoded).contains(QLatin1String("ICT%2BDigital")));
    }

    void firstCursorPageSendsNoCursor()
    {
        const PageRequest r = pageRequest(kBase, CenturyQuery{}, {});
        QVERIFY(valuesOf(r.url, QStringLiteral("cursor")).isEmpty());
        QVERIFY(valuesOf(r.url, QStringLiteral("offset")).isEmpty());
    }

    void offsetPagingSendsOffsetNeverCursor()
    {
        CenturyQuery q;
        q.paging = CenturyPaging::Offset;
        const PageRequest r = pageRequest(kBase, q, {QStringLiteral("ignored"), 300});
        QCOMPARE(valuesOf(r.url, QStringLiteral("offset")), QStringList{QStringLiteral("300")});
        QVERIFY(valuesOf(r.url, QStringLiteral("cursor")).isEmpty());
    }

    void statusOnlyOnGeneralEndpoint()
    {
        CenturyQuery q;
        q.scope = CenturyScope::Completed;
        q.status = CenturyStatusFilter::Any;
        QVERIFY(valuesOf(pageRequest(kBase, q, {}).url, QStringLiteral("status")).isEmpty());
    }

    void thirtyIdsStayOnGet()
    {
        CenturyQuery q;
        for (int i = 0; i < 30; ++i)
            q.userIds << uuid(i);
        QVERIFY(!needsSearchEndpoint(q));
        QCOMPARE(pageRequest(kBase, q, {}).verb, QByteArray("GET"));
    }

    void moreThanThirtyIdsUsePostSearchWithPluralKeys()
    {
        CenturyQuery q;
        q.scope = CenturyScope::InProgress;
        for (int i = 0; i < 31; ++i)
            q.userIds << uuid(i);
        q.testIds = {uuid(99)};
        q.subjects = {QStringLiteral("Maths")};
        q.dates = {{CenturyDateField::StartDate, CompareOp::Gt, 0}};
        const PageRequest r = pageRequest(kBase, q, {QStringLiteral("abc"), 0});
        QCOMPARE(r.verb, QByteArray("POST"));
        QCOMPARE(r.url.path(), QStringLiteral("/api/v1/smart-ia/sessions/search"));
        QVERIFY(r.url.query().isEmpty());

        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(r.jsonBody, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject search = body.value(QStringLiteral("search")).toObject();
        QCOMPARE(search.value(QStringLiteral("userIds")).toArray().size(), 31);
        QCOMPARE(search.value(QStringLiteral("testIds")).toArray().size(), 1);
        QCOMPARE(search.value(QStringLiteral("subjects")).toArray().first().toString(), QStringLiteral("Maths"));
        // The in-progress scope has no endpoint of its own under /search: it becomes a status.
        QCOMPARE(search.value(QStringLiteral("status")).toString(), QStringLiteral("IN_PROGRESS"));
        QCOMPARE(search.value(QStringLiteral("startDate")).toObject().value(QStringLiteral("gt")).toString(),
                 QStringLiteral("1970-01-01T00:00:00.000Z"));
        QCOMPARE(body.value(QStringLiteral("limit")).toInt(), 100);
        QCOMPARE(body.value(QStringLiteral("cursor")).toString(), QStringLiteral("abc"));
        QCOMPARE(body.value(QStringLiteral("sort")).toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("startDate"));
    }

    void baseWithTrailingSlash()
    {
        const PageRequest r = pageRequest(QUrl(QStringLiteral("http://127.0.0.1:8080/century/api/v1/")),
                                               CenturyQuery{}, {});
        QCOMPARE(r.url.path(), QStringLiteral("/century/api/v1/smart-ia/sessions"));
        QCOMPARE(r.url.port(), 8080);
    }
};

QTEST_GUILESS_MAIN(TestCenturyRequests)
#include "tst_centuryrequests.moc"
