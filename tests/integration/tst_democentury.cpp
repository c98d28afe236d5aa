// The demo server's Century Connect Smart IA API over real loopback HTTP: envelope, every
// endpoint, filter and operator, sort, cursor and offset paging to the end, errors, auth,
// determinism by seed and the live clock. Bodies are checked with QJsonDocument only.
#include "demohttp.h"

#include "demo/demoserver.h"
#include "demo/demoworld.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

constexpr int kScale = 3000;

qint64 instantOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// England's UPN check letter, written here from the DfE rule independently of the server.
QChar upnCheckLetter(const QString &upn)
{
    static const char kLetters[] = "ABCDEFGHJKLMNPQRTUVWXYZ";
    int sum = 0;
    for (int i = 1; i < 13; ++i) {
        const QChar c = upn.at(i);
        const int value = c.isDigit() ? c.digitValue() : int(QByteArray(kLetters).indexOf(char(c.unicode())));
        sum += value * (i + 1);
    }
    return QLatin1Char(kLetters[sum % 23]);
}

} // namespace

class TestDemoCentury final : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoServer> m_server;
    DemoHttp m_http;

    static DemoOptions options(quint64 seed)
    {
        DemoOptions o;
        o.seed = seed;
        o.scale = kScale;
        o.speed = 0; // frozen: answers depend only on the seed and advance()
        o.rateLimitPerMinute = 0;
        return o;
    }

    QUrl url(const QString &pathAndQuery, DemoServer *server = nullptr) const
    {
        return QUrl((server ? server : m_server.get())->baseUrl(Backend::Century).toString() + pathAndQuery);
    }
    DemoHttpReply get(const QString &pathAndQuery, const DemoHeaders &auth = centuryAuth())
    {
        return m_http.get(url(pathAndQuery), auth);
    }
    QJsonObject page(const QString &pathAndQuery)
    {
        const DemoHttpReply r = get(pathAndQuery);
        if (r.status != 200)
            qWarning() << pathAndQuery << r.status << r.body.left(300);
        return r.json();
    }
    qint64 total(const QString &pathAndQuery)
    {
        const QJsonObject p = page(pathAndQuery);
        if (!p.contains(QLatin1String("pagination")))
            return -1;
        return p.value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInteger(-1);
    }
    static QJsonArray rows(const QJsonObject &p) { return p.value(QLatin1String("data")).toArray(); }

    // Every row of a query, by following nextCursor; checks the envelope on the way.
    QJsonArray walkByCursor(const QString &path, const QString &query, int limit, qint64 *reportedTotal)
    {
        QJsonArray all;
        QString cursor;
        for (int guard = 0; guard < 1000; ++guard) {
            QString q = query + QStringLiteral("&limit=%1").arg(limit);
            if (!cursor.isEmpty())
                q += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            const QJsonObject p = page(path + QLatin1Char('?') + q);
            const QJsonObject pagination = p.value(QLatin1String("pagination")).toObject();
            *reportedTotal = pagination.value(QLatin1String("total")).toInteger(-1);
            if (pagination.value(QLatin1String("offset")).toInt(-1) != 0)
                return {};
            for (const QJsonValue &row : rows(p))
                all.append(row);
            const QJsonValue next = pagination.value(QLatin1String("nextCursor"));
            if (next.isNull())
                return all;
            if (!next.isString())
                return {};
            cursor = next.toString();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<DemoServer>(options(7));
        QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0));
        QCOMPARE(m_server->baseUrl(Backend::Century).toString(),
                 QStringLiteral("http://127.0.0.1:%1/century/api/v1").arg(m_server->port()));
    }

    void envelopeAndDefaults()
    {
        const DemoHttpReply r = get(QStringLiteral("/smart-ia/sessions"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("application/json"));
        const QJsonObject p = r.json();
        const QJsonObject pagination = p.value(QLatin1String("pagination")).toObject();
        QCOMPARE(rows(p).size(), 100);
        QCOMPARE(pagination.value(QLatin1String("limit")).toInt(), 100);
        QCOMPARE(pagination.value(QLatin1String("offset")).toInt(), 0);
        QVERIFY(pagination.value(QLatin1String("total")).toInt() > 100);
        QVERIFY(pagination.value(QLatin1String("previousCursor")).isNull());
        QVERIFY(pagination.value(QLatin1String("nextCursor")).isString());
        qint64 previous = std::numeric_limits<qint64>::min();
        for (const QJsonValue &v : rows(p)) {
            const QJsonObject s = v.toObject();
            QCOMPARE(s.value(QLatin1String("sessionId")).toString().size(), 36);
            const qint64 start = instantOf(s.value(QLatin1String("startDate")));
            QVERIFY(start >= previous); // default sort: startDate asc
            previous = start;
            const QJsonObject user = s.value(QLatin1String("user")).toObject();
            for (const char *key : {"userId", "username", "fullName", "firstName", "lastName"})
                QVERIFY2(user.value(QLatin1String(key)).isString(), key);
            const QJsonObject test = s.value(QLatin1String("test")).toObject();
            for (const char *key : {"testId", "testVersionId", "name", "subject"})
                QVERIFY2(test.value(QLatin1String(key)).isString(), key);
        }
    }

    void statusEndpoints()
    {
        static const QRegularExpression duration(QStringLiteral("^PT(\\d+H)?(\\d+M)?(\\d+S)?$"));
        static const QSet<QString> levels = {
            QStringLiteral("E1 - Lower"), QStringLiteral("E1 - Middle"), QStringLiteral("E1 - Upper"),
            QStringLiteral("E2 - Lower"), QStringLiteral("E2 - Middle"), QStringLiteral("E2 - Upper"),
            QStringLiteral("E3 - Lower"), QStringLiteral("E3 - Middle"), QStringLiteral("E3 - Upper"),
            QStringLiteral("L1 - Lower"), QStringLiteral("L1 - Middle"), QStringLiteral("L1 - Upper"),
            QStringLiteral("L2 - Lower"), QStringLiteral("L2 - Middle"), QStringLiteral("L2 - Upper")};
        for (const QJsonValue &v : rows(page(QStringLiteral("/smart-ia/sessions/completed?limit=100")))) {
            const QJsonObject s = v.toObject();
            QCOMPARE(s.value(QLatin1String("status")).toString(), QStringLiteral("COMPLETED"));
            QVERIFY(s.contains(QLatin1String("endDate")));
            const QJsonObject result = s.value(QLatin1String("result")).toObject();
            QVERIFY(levels.contains(result.value(QLatin1String("level")).toString()));
            QVERIFY2(duration.match(result.value(QLatin1String("duration")).toString()).hasMatch(),
                     qPrintable(result.value(QLatin1String("duration")).toString()));
            QVERIFY(result.value(QLatin1String("createdDate")).isString());
        }
        const QJsonArray live = rows(page(QStringLiteral("/smart-ia/sessions/in-progress")));
        QVERIFY(!live.isEmpty());
        for (const QJsonValue &v : live) {
            const QJsonObject s = v.toObject();
            QCOMPARE(s.value(QLatin1String("status")).toString(), QStringLiteral("IN_PROGRESS"));
            QVERIFY(!s.contains(QLatin1String("endDate")));
            QVERIFY(!s.contains(QLatin1String("result")));
        }
        const qint64 all = total(QStringLiteral("/smart-ia/sessions"));
        const qint64 completed = total(QStringLiteral("/smart-ia/sessions/completed"));
        const qint64 inProgress = total(QStringLiteral("/smart-ia/sessions/in-progress"));
        QCOMPARE(completed + inProgress, all);
        QCOMPARE(total(QStringLiteral("/smart-ia/sessions?status=COMPLETED")), completed);
        QCOMPARE(total(QStringLiteral("/smart-ia/sessions?status=IN_PROGRESS")), inProgress);
    }

    void dateOperators_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        QTest::newRow("startDate") << QStringLiteral("/smart-ia/sessions") << QStringLiteral("startDate");
        QTest::newRow("endDate") << QStringLiteral("/smart-ia/sessions/completed") << QStringLiteral("endDate");
        QTest::newRow("in-progress startDate") << QStringLiteral("/smart-ia/sessions/in-progress")
                                               << QStringLiteral("startDate");
    }
    void dateOperators()
    {
        QFETCH(QString, path);
        QFETCH(QString, field);
        const QJsonArray sample = rows(page(path + QStringLiteral("?limit=100&offset=20")));
        QVERIFY(sample.size() > 5);
        const QString pivotText = sample.at(sample.size() / 2).toObject().value(field).toString();
        const qint64 pivot = instantOf(pivotText);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(pivotText));
        const qint64 all = total(path);
        QHash<QString, qint64> totals;
        for (const QString &op : {QStringLiteral("gt"), QStringLiteral("gte"), QStringLiteral("lt"), QStringLiteral("lte")}) {
            const QString q = path + QStringLiteral("?%1[%2]=%3&limit=100").arg(field, op, encoded);
            const QJsonObject p = page(q);
            totals[op] = p.value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInteger(-1);
            for (const QJsonValue &v : rows(p)) {
                const qint64 t = instantOf(v.toObject().value(field));
                const bool ok = op == QLatin1String("gt") ? t > pivot : op == QLatin1String("gte") ? t >= pivot
                                : op == QLatin1String("lt") ? t < pivot : t <= pivot;
                QVERIFY2(ok, qPrintable(op));
            }
            // Brackets percent-encoded, as some clients send them, mean the same.
            QCOMPARE(total(path + QStringLiteral("?%1%5B%2%5D=%3").arg(field, op, encoded)), totals[op]);
            // Unix seconds mean the same instant.
            if (pivot % 1000 == 0)
                QCOMPARE(total(path + QStringLiteral("?%1[%2]=%3").arg(field, op).arg(pivot / 1000)), totals[op]);
        }
        QVERIFY(totals[QStringLiteral("gte")] > totals[QStringLiteral("gt")]);
        QCOMPARE(totals[QStringLiteral("lt")] + totals[QStringLiteral("gte")], all);
        QCOMPARE(totals[QStringLiteral("lte")] + totals[QStringLiteral("gt")], all);
        // A closed range.
        const qint64 both = total(path + QStringLiteral("?%1[gte]=%2&%1[lte]=%2").arg(field, encoded));
        QCOMPARE(both, totals[QStringLiteral("gte")] - totals[QStringLiteral("gt")]);
    }

    void endDateExcludesOpenSessions()
    {
        const qint64 withBound = total(QStringLiteral("/smart-ia/sessions?endDate[gte]=2000-01-01T00:00:00.000Z"));
        QCOMPARE(withBound, total(QStringLiteral("/smart-ia/sessions/completed")));
    }

    void repeatedIdFilters()
    {
        const QJsonArray sample = rows(page(QStringLiteral("/smart-ia/sessions?limit=50")));
        const QString userA = sample.at(0).toObject().value(QLatin1String("user")).toObject().value(QLatin1String("userId")).toString();
        const QString userB = sample.at(7).toObject().value(QLatin1String("user")).toObject().value(QLatin1String("userId")).toString();
        const QJsonObject byUser = page(QStringLiteral("/smart-ia/sessions?userId=%1&userId=%2").arg(userA, userB));
        QVERIFY(!rows(byUser).isEmpty());
        for (const QJsonValue &v : rows(byUser)) {
            const QString id = v.toObject().value(QLatin1String("user")).toObject().value(QLatin1String("userId")).toString();
            QVERIFY(id == userA || id == userB);
        }

        const QJsonObject bySubject = page(QStringLiteral("/smart-ia/sessions?subject=Maths&subject=Science&limit=100"));
        QVERIFY(!rows(bySubject).isEmpty());
        QString testId;
        for (const QJsonValue &v : rows(bySubject)) {
            const QJsonObject test = v.toObject().value(QLatin1String("test")).toObject();
            const QString subject = test.value(QLatin1String("subject")).toString();
            QVERIFY2(subject == QLatin1String("Maths") || subject == QLatin1String("Science"), qPrintable(subject));
            testId = test.value(QLatin1String("testId")).toString();
        }
        const QJsonObject byTest = page(QStringLiteral("/smart-ia/sessions?testId=%1&limit=100").arg(testId));
        QVERIFY(!rows(byTest).isEmpty());
        for (const QJsonValue &v : rows(byTest))
            QCOMPARE(v.toObject().value(QLatin1String("test")).toObject().value(QLatin1String("testId")).toString(), testId);
        QCOMPARE(total(QStringLiteral("/smart-ia/sessions?subject=Astrology")), 0);

        // 30 values are fine, 31 are refused on GET, and POST /search takes any number.
        QString thirty;
        QJsonArray ids;
        for (int i = 0; i < 31; ++i) {
            const QString id = i == 0 ? userA : QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
            ids.append(id);
            if (i < 30)
                thirty += QStringLiteral("&userId=") + id;
        }
        QCOMPARE(get(QStringLiteral("/smart-ia/sessions?limit=5") + thirty).status, 200);
        const DemoHttpReply tooMany = get(QStringLiteral("/smart-ia/sessions?limit=5") + thirty
                                          + QStringLiteral("&userId=") + ids.last().toString());
        QCOMPARE(tooMany.status, 400);
        QVERIFY(tooMany.json().value(QLatin1String("message")).isString());

        const QJsonObject body{{QStringLiteral("search"),
                                QJsonObject{{QStringLiteral("userIds"), ids},
                                            {QStringLiteral("subjects"), QJsonArray{QStringLiteral("English"), QStringLiteral("Maths"),
                                                                                   QStringLiteral("ICT"), QStringLiteral("Science")}}}},
                               {QStringLiteral("limit"), 100}, {QStringLiteral("offset"), 0},
                               {QStringLiteral("cursor"), QJsonValue::Null},
                               {QStringLiteral("sort"), QJsonObject{{QStringLiteral("field"), QStringLiteral("startDate")},
                                                                    {QStringLiteral("direction"), QStringLiteral("desc")}}}};
        const DemoHttpReply searched = m_http.post(url(QStringLiteral("/smart-ia/sessions/search")), centuryAuth(),
                                                   QJsonDocument(body).toJson(QJsonDocument::Compact));
        QCOMPARE(searched.status, 200);
        const QJsonArray found = rows(searched.json());
        QVERIFY(!found.isEmpty());
        for (const QJsonValue &v : found)
            QCOMPARE(v.toObject().value(QLatin1String("user")).toObject().value(QLatin1String("userId")).toString(), userA);
        QCOMPARE(searched.json().value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInteger(),
                 total(QStringLiteral("/smart-ia/sessions?userId=") + userA));
    }

    void searchBodyFilters()
    {
        const QJsonObject body{{QStringLiteral("search"),
                                QJsonObject{{QStringLiteral("status"), QStringLiteral("COMPLETED")},
                                            {QStringLiteral("endDate"), QJsonObject{{QStringLiteral("gt"), QStringLiteral("2025-10-01T00:00:00.000Z")},
                                                                                    {QStringLiteral("lt"), QStringLiteral("2025-12-01T00:00:00.000Z")}}}}},
                               {QStringLiteral("limit"), 100},
                               {QStringLiteral("sort"), QJsonObject{{QStringLiteral("field"), QStringLiteral("endDate")},
                                                                    {QStringLiteral("direction"), QStringLiteral("desc")}}}};
        const DemoHttpReply r = m_http.post(url(QStringLiteral("/smart-ia/sessions/search")), centuryAuth(),
                                            QJsonDocument(body).toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInteger(),
                 total(QStringLiteral("/smart-ia/sessions?status=COMPLETED&endDate[gt]=2025-10-01T00:00:00.000Z"
                                      "&endDate[lt]=2025-12-01T00:00:00.000Z")));
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue &v : rows(r.json())) {
            const qint64 end = instantOf(v.toObject().value(QLatin1String("endDate")));
            QVERIFY(end <= previous);
            previous = end;
        }
    }

    void sortBothFieldsBothWays_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("direction");
        QTest::newRow("startDate asc") << QStringLiteral("startDate") << QStringLiteral("asc");
        QTest::newRow("startDate desc") << QStringLiteral("startDate") << QStringLiteral("desc");
        QTest::newRow("endDate asc") << QStringLiteral("endDate") << QStringLiteral("asc");
        QTest::newRow("endDate desc") << QStringLiteral("endDate") << QStringLiteral("desc");
    }
    void sortBothFieldsBothWays()
    {
        QFETCH(QString, field);
        QFETCH(QString, direction);
        qint64 reported = 0;
        const QJsonArray all = walkByCursor(QStringLiteral("/smart-ia/sessions/completed"),
                                            QStringLiteral("sort[field]=%1&sort[direction]=%2").arg(field, direction),
                                            100, &reported);
        QCOMPARE(qint64(all.size()), reported);
        const bool desc = direction == QLatin1String("desc");
        for (qsizetype i = 1; i < all.size(); ++i) {
            const qint64 a = instantOf(all.at(i - 1).toObject().value(field));
            const qint64 b = instantOf(all.at(i).toObject().value(field));
            QVERIFY2(desc ? a >= b : a <= b, qPrintable(QString::number(i)));
        }
    }

    void cursorPagingToTheEnd()
    {
        qint64 reported = 0;
        const QJsonArray all = walkByCursor(QStringLiteral("/smart-ia/sessions"), QStringLiteral("x=1"), 100, &reported);
        QSet<QString> ids;
        for (const QJsonValue &v : all)
            ids.insert(v.toObject().value(QLatin1String("sessionId")).toString());
        QCOMPARE(qint64(all.size()), reported);
        QCOMPARE(ids.size(), all.size()); // no duplicates
        QCOMPARE(qint64(ids.size()), total(QStringLiteral("/smart-ia/sessions"))); // none missing

        // previousCursor on the second page leads back to the first.
        const QJsonObject first = page(QStringLiteral("/smart-ia/sessions?limit=10"));
        const QString next = first.value(QLatin1String("pagination")).toObject().value(QLatin1String("nextCursor")).toString();
        const QJsonObject second = page(QStringLiteral("/smart-ia/sessions?limit=10&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(next)));
        QCOMPARE(second.value(QLatin1String("pagination")).toObject().value(QLatin1String("offset")).toInt(-1), 0);
        const QJsonValue previous = second.value(QLatin1String("pagination")).toObject().value(QLatin1String("previousCursor"));
        QVERIFY(previous.isString());
        const QJsonObject back = page(QStringLiteral("/smart-ia/sessions?limit=10&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(previous.toString())));
        QCOMPARE(rows(back), rows(first));
    }

    void offsetPagingToTheEnd()
    {
        const qint64 expected = total(QStringLiteral("/smart-ia/sessions?subject=English"));
        QSet<QString> ids;
        qint64 seen = 0;
        for (int offset = 0; offset < 100000; offset += 100) {
            const QJsonObject p = page(QStringLiteral("/smart-ia/sessions?subject=English&limit=100&offset=%1").arg(offset));
            QCOMPARE(p.value(QLatin1String("pagination")).toObject().value(QLatin1String("offset")).toInt(), offset);
            const QJsonArray r = rows(p);
            for (const QJsonValue &v : r)
                ids.insert(v.toObject().value(QLatin1String("sessionId")).toString());
            seen += r.size();
            if (r.size() < 100) {
                QVERIFY(p.value(QLatin1String("pagination")).toObject().value(QLatin1String("nextCursor")).isNull());
                break;
            }
        }
        QCOMPARE(seen, expected);
        QCOMPARE(qint64(ids.size()), expected);
        QVERIFY(rows(page(QStringLiteral("/smart-ia/sessions?offset=%1").arg(expected * 10))).isEmpty());
    }

    void invalidRequests_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("gt with gte") << QStringLiteral("startDate[gt]=1688200245&startDate[gte]=1688200245");
        QTest::newRow("lt with lte") << QStringLiteral("endDate[lt]=1688200245&endDate[lte]=1688200245");
        QTest::newRow("bad operator") << QStringLiteral("startDate[eq]=1688200245");
        QTest::newRow("bad date") << QStringLiteral("startDate[gte]=yesterday");
        QTest::newRow("bad date 2") << QStringLiteral("startDate[gte]=2023-02-30T00:00:00Z");
        QTest::newRow("limit 0") << QStringLiteral("limit=0");
        QTest::newRow("limit 101") << QStringLiteral("limit=101");
        QTest::newRow("limit text") << QStringLiteral("limit=many");
        QTest::newRow("offset negative") << QStringLiteral("offset=-1");
        QTest::newRow("offset with cursor") << QStringLiteral("offset=10&cursor=eyJ2IjoxfQ%3D%3D");
        QTest::newRow("malformed cursor") << QStringLiteral("cursor=%21%21not-base64");
        QTest::newRow("cursor not ours") << QStringLiteral("cursor=eyJsaW1pdCI6MiwibGVmdDpbWyJlbmREYXRlIiwiZGVzYyJdXX0%3D");
        QTest::newRow("bad status") << QStringLiteral("status=FINISHED");
        QTest::newRow("bad sort field") << QStringLiteral("sort[field]=name");
        QTest::newRow("bad sort direction") << QStringLiteral("sort[direction]=up");
    }
    void invalidRequests()
    {
        QFETCH(QString, query);
        const DemoHttpReply r = get(QStringLiteral("/smart-ia/sessions?") + query);
        QCOMPARE(r.status, 400);
        QVERIFY2(!r.json().value(QLatin1String("message")).toString().isEmpty(), r.body.constData());
    }

    void badSearchBodies()
    {
        for (const QByteArray &body : {QByteArray("not json"), QByteArray("{\"limit\":500}"),
                                      QByteArray("{\"search\":{\"startDate\":{\"gt\":\"x\"}}}"),
                                      QByteArray("{\"offset\":5,\"cursor\":\"eyJ2IjoxfQ==\"}")}) {
            const DemoHttpReply r = m_http.post(url(QStringLiteral("/smart-ia/sessions/search")), centuryAuth(), body);
            QVERIFY2(r.status == 400, body.constData());
            QVERIFY(r.json().value(QLatin1String("message")).isString());
        }
    }

    void authentication()
    {
        QCOMPARE(get(QStringLiteral("/smart-ia/sessions"), {}).status, 401);
        QCOMPARE(get(QStringLiteral("/smart-ia/sessions"), centuryAuth("wrong-key")).status, 401);
        const DemoHttpReply forbidden = get(QStringLiteral("/smart-ia/sessions"), centuryAuth(demokeys::kCenturyReadOnlyKey));
        QCOMPARE(forbidden.status, 403);
        QVERIFY(forbidden.json().value(QLatin1String("message")).isString());
        // Another backend's key is no Century key.
        QCOMPARE(get(QStringLiteral("/smart-ia/sessions"), treasureAuth()).status, 401);
        QCOMPARE(get(QStringLiteral("/smart-ia/nothing-here")).status, 404);
    }

    void pupilsLookReal()
    {
        qint64 reported = 0;
        const QJsonArray all = walkByCursor(QStringLiteral("/smart-ia/sessions"), QStringLiteral("x=1"), 100, &reported);
        int upns = 0, validUpns = 0, withoutUpn = 0, middle = 0, nonAscii = 0, apostrophe = 0, hyphen = 0, hostile = 0,
            awkward = 0, dob = 0;
        QSet<QString> genders, subjects, versions;
        for (const QJsonValue &v : all) {
            const QJsonObject user = v.toObject().value(QLatin1String("user")).toObject();
            const QString upn = user.value(QLatin1String("upn")).toString();
            if (upn.isEmpty()) {
                ++withoutUpn;
            } else {
                ++upns;
                QCOMPARE(upn.size(), 13);
                if (upnCheckLetter(upn) == upn.at(0))
                    ++validUpns;
            }
            const QString name = user.value(QLatin1String("fullName")).toString();
            middle += user.contains(QLatin1String("middleName"));
            dob += user.contains(QLatin1String("dateOfBirth"));
            nonAscii += std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() > 127; });
            apostrophe += name.contains(QLatin1Char('\''));
            hyphen += name.contains(QLatin1Char('-'));
            const QString username = user.value(QLatin1String("username")).toString();
            for (const QString &text : {name, username, user.value(QLatin1String("firstName")).toString(),
                                        user.value(QLatin1String("lastName")).toString()}) {
                if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0)))
                    ++hostile;
            }
            awkward += name.contains(QLatin1Char(',')) && name.contains(QLatin1Char('"')) && name.contains(QLatin1Char('\n'));
            if (user.contains(QLatin1String("gender")))
                genders.insert(user.value(QLatin1String("gender")).toString());
            const QJsonObject test = v.toObject().value(QLatin1String("test")).toObject();
            subjects.insert(test.value(QLatin1String("subject")).toString());
            versions.insert(test.value(QLatin1String("testVersionId")).toString());
        }
        QVERIFY(upns > all.size() / 2);
        QVERIFY2(validUpns >= upns * 95 / 100, qPrintable(QStringLiteral("%1 of %2").arg(validUpns).arg(upns)));
        QVERIFY(withoutUpn > 0);
        QVERIFY(middle > 0);
        QVERIFY(dob > 0);
        QVERIFY(nonAscii > 0);
        QVERIFY(apostrophe > 0);
        QVERIFY(hyphen > 0);
        QVERIFY2(hostile > 0, "a name or username starting with = + - or @");
        QVERIFY2(awkward > 0, "a name with a comma, a quote and a newline");
        QCOMPARE(genders, (QSet<QString>{QStringLiteral("male"), QStringLiteral("female"), QStringLiteral("other"),
                                         QStringLiteral("unknown")}));
        QVERIFY(subjects.contains(QStringLiteral("English")) && subjects.contains(QStringLiteral("Maths"))
                && subjects.contains(QStringLiteral("Science")) && subjects.size() >= 4);
        QVERIFY(versions.size() > subjects.size());
    }

    void sameSeedSameBytes()
    {
        DemoServer twin(options(7));
        QVERIFY(twin.listen(QHostAddress(QHostAddress::LocalHost), 0));
        DemoServer other(options(8));
        QVERIFY(other.listen(QHostAddress(QHostAddress::LocalHost), 0));
        for (const QString &q : {QStringLiteral("/smart-ia/sessions?limit=100&offset=300"),
                                 QStringLiteral("/smart-ia/sessions/completed?sort[field]=endDate&sort[direction]=desc"),
                                 QStringLiteral("/smart-ia/sessions/in-progress?limit=7")}) {
            const DemoHttpReply a = m_http.get(url(q), centuryAuth());
            const DemoHttpReply b = m_http.get(url(q, &twin), centuryAuth());
            const DemoHttpReply c = m_http.get(url(q, &other), centuryAuth());
            QCOMPARE(a.status, 200);
            QCOMPARE(a.body, b.body);
            QVERIFY(a.body != c.body);
        }
    }

    void liveClockCompletesSessions()
    {
        DemoServer server(options(11));
        QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
        const QString base = server.baseUrl(Backend::Century).toString();
        const auto fetch = [&](const QString &q) { return m_http.get(QUrl(base + q), centuryAuth()).json(); };

        const QJsonArray live = rows(fetch(QStringLiteral("/smart-ia/sessions/in-progress?limit=100")));
        QVERIFY(!live.isEmpty());
        const QJsonObject watched = live.at(0).toObject();
        const QString id = watched.value(QLatin1String("sessionId")).toString();
        const QString user = watched.value(QLatin1String("user")).toObject().value(QLatin1String("userId")).toString();
        const qint64 totalBefore = fetch(QStringLiteral("/smart-ia/sessions")).value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInteger();

        // The clock also runs by itself at the chosen speed: at 600x new sessions keep
        // starting while a client polls.
        server.setClockSpeed(600);
        const qint64 t0 = server.nowMs();
        const auto totalNow = [&] {
            return fetch(QStringLiteral("/smart-ia/sessions?limit=1")).value(QLatin1String("pagination")).toObject()
                .value(QLatin1String("total")).toInteger();
        };
        QTRY_VERIFY_WITH_TIMEOUT(totalNow() > totalBefore, 5000);
        QVERIFY(server.nowMs() - t0 >= 1000);
        server.setClockSpeed(0);

        server.advanceClock(3 * 3600 * 1000); // longer than any assessment
        bool found = false;
        for (const QJsonValue &v : rows(fetch(QStringLiteral("/smart-ia/sessions/completed?userId=") + user))) {
            const QJsonObject s = v.toObject();
            if (s.value(QLatin1String("sessionId")).toString() != id)
                continue;
            found = true;
            QCOMPARE(s.value(QLatin1String("status")).toString(), QStringLiteral("COMPLETED"));
            QVERIFY(s.value(QLatin1String("result")).toObject().value(QLatin1String("level")).isString());
            QVERIFY(instantOf(s.value(QLatin1String("endDate"))) > instantOf(s.value(QLatin1String("startDate"))));
        }
        QVERIFY2(found, "the session seen in progress is completed with a result");
        const qint64 totalAfter = fetch(QStringLiteral("/smart-ia/sessions")).value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInteger();
        QVERIFY2(totalAfter > totalBefore, "new sessions started meanwhile");


    }
};

QTEST_GUILESS_MAIN(TestDemoCentury)
#include "tst_democentury.moc"
