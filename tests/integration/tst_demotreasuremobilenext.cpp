// The demo server's Treasure Workflow and Mobile Next APIs over real loopback HTTP: keyset
// paging to the end, single items, attempts, statuses, organizations, both Mobile Next
// envelopes, the same-instant group that strictly-before paging loses, errors, the rate
// limit and the live clock. Bodies are checked with QJsonDocument only.
#include "demohttp.h"

#include "demo/demoserver.h"
#include "demo/demoworld.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QTest>

namespace {

qint64 instantOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QString rfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace

class TestDemoTreasureMobileNext final : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoServer> m_server;
    DemoHttp m_http;

    static DemoOptions options(quint64 seed = 5)
    {
        DemoOptions o;
        o.seed = seed;
        o.scale = 2000;
        o.speed = 0;
        o.rateLimitPerMinute = 0;
        return o;
    }

    DemoHttpReply treasure(const QString &pathAndQuery, DemoServer *server = nullptr)
    {
        DemoServer *s = server ? server : m_server.get();
        return m_http.get(QUrl(s->baseUrl(Backend::Treasure).toString() + pathAndQuery), treasureAuth());
    }
    DemoHttpReply mobileNext(const QString &pathAndQuery, const QByteArray &organization = {},
                             DemoServer *server = nullptr)
    {
        DemoServer *s = server ? server : m_server.get();
        DemoHeaders headers = mobileNextAuth();
        if (!organization.isEmpty())
            headers.append(qMakePair(QByteArray("X-Organization-Id"), organization));
        return m_http.get(QUrl(s->baseUrl(Backend::MobileNext).toString() + pathAndQuery), headers);
    }

    // Every Treasure session by last_id keyset, checking order and types on the way.
    QJsonArray treasureWalk(int pageSize, DemoServer *server = nullptr)
    {
        QJsonArray all;
        QString lastId;
        for (int guard = 0; guard < 10000; ++guard) {
            QString q = QStringLiteral("/api/sessions?page_size=%1").arg(pageSize);
            if (!lastId.isEmpty())
                q += QStringLiteral("&last_id=") + lastId;
            const DemoHttpReply r = treasure(q, server);
            if (r.status != 200)
                return {};
            const QJsonArray page = r.json().value(QLatin1String("sessions")).toArray();
            for (const QJsonValue &v : page)
                all.append(v);
            if (page.size() < pageSize)
                return all;
            lastId = page.last().toObject().value(QLatin1String("id")).toString();
        }
        return {};
    }

    int organizationCount(int organization)
    {
        const DemoMobileNextWorld &world = m_server->world().mobileNext();
        const quint32 visible = world.visibleCount(m_server->nowMs());
        int n = 0;
        for (quint32 i = 0; i < visible; ++i)
            n += world.organizationOf(i) == organization;
        return n;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<DemoServer>(options());
        QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0));
    }

    // ---- Treasure Workflow ----

    void treasureKeysetToTheEnd()
    {
        const QJsonArray all = treasureWalk(100);
        QCOMPARE(qint64(all.size()), qint64(m_server->world().treasure().visibleCount(m_server->nowMs())));
        QSet<QString> ids;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue &v : all) {
            const QJsonObject s = v.toObject();
            QVERIFY(s.value(QLatin1String("id")).isString()); // ids are strings holding 64-bit integers
            bool ok = false;
            const qint64 id = s.value(QLatin1String("id")).toString().toLongLong(&ok);
            QVERIFY(ok);
            QVERIFY(id < previous); // newest first
            previous = id;
            ids.insert(s.value(QLatin1String("id")).toString());
            QVERIFY(s.value(QLatin1String("project")).toObject().value(QLatin1String("name")).isString());
            QVERIFY(s.value(QLatin1String("project")).toObject().value(QLatin1String("id")).isString());
            QVERIFY(s.value(QLatin1String("workflow")).toObject().value(QLatin1String("name")).isString());
            QVERIFY(s.value(QLatin1String("sessionTime")).isString());
        }
        QCOMPARE(ids.size(), all.size());
        // A different page size walks to the same rows.
        QCOMPARE(treasureWalk(37).size(), all.size());
    }

    void treasureStatusesAgree()
    {
        QSet<QString> statuses;
        bool optionalSeen[3] = {false, false, false};
        for (int step = 0; step < 4; ++step) {
            for (const QJsonValue &v : treasureWalk(1000)) {
                const QJsonObject attempt = v.toObject().value(QLatin1String("lastAttempt")).toObject();
                if (attempt.isEmpty())
                    continue;
                const QString status = attempt.value(QLatin1String("status")).toString();
                statuses.insert(status);
                const bool done = attempt.value(QLatin1String("done")).toBool();
                const bool success = attempt.value(QLatin1String("success")).toBool();
                const bool finished = status == QLatin1String("success") || status == QLatin1String("error")
                                      || status == QLatin1String("killed");
                QCOMPARE(done, finished);
                QCOMPARE(success, status == QLatin1String("success"));
                QCOMPARE(attempt.contains(QLatin1String("finishedAt")), done);
                QVERIFY(attempt.value(QLatin1String("params")).isObject());
                QVERIFY(attempt.value(QLatin1String("cancelRequested")).isBool());
                optionalSeen[0] |= attempt.contains(QLatin1String("poolId"));
                optionalSeen[1] |= attempt.contains(QLatin1String("retryAttemptName"));
                optionalSeen[2] |= !attempt.contains(QLatin1String("poolId"));
            }
            m_server->advanceClock(7 * 60 * 1000);
        }
        for (const char *s : {"blocked", "queued", "running", "canceling", "success", "error", "killed"})
            QVERIFY2(statuses.contains(QLatin1String(s)), s);
        QVERIFY(optionalSeen[0] && optionalSeen[1] && optionalSeen[2]);
    }

    void treasureDetailAndAttempts()
    {
        const QJsonArray all = treasureWalk(1000);
        QString retried;
        for (const QJsonValue &v : all) {
            if (v.toObject().value(QLatin1String("lastAttempt")).toObject().contains(QLatin1String("retryAttemptName"))) {
                retried = v.toObject().value(QLatin1String("id")).toString();
                break;
            }
        }
        QVERIFY(!retried.isEmpty());
        const DemoHttpReply one = treasure(QStringLiteral("/api/sessions/") + retried);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value(QLatin1String("id")).toString(), retried);

        const DemoHttpReply attempts = treasure(QStringLiteral("/api/sessions/%1/attempts").arg(retried));
        QCOMPARE(attempts.status, 200);
        const QJsonArray list = attempts.json().value(QLatin1String("attempts")).toArray();
        QVERIFY(list.size() >= 2);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue &v : list) {
            const QJsonObject a = v.toObject();
            const qint64 id = a.value(QLatin1String("id")).toString().toLongLong();
            QVERIFY(id < previous);
            previous = id;
            QCOMPARE(a.value(QLatin1String("sessionId")).toString(), retried);
            QVERIFY(a.value(QLatin1String("index")).isDouble());
            QVERIFY(a.value(QLatin1String("project")).isObject());
            QVERIFY(a.value(QLatin1String("workflow")).isObject());
            QVERIFY(a.value(QLatin1String("sessionTime")).isString());
        }
        // Attempts page too.
        const QString newest = list.first().toObject().value(QLatin1String("id")).toString();
        const QJsonArray rest = treasure(QStringLiteral("/api/sessions/%1/attempts?page_size=1&last_id=%2").arg(retried, newest))
                                    .json().value(QLatin1String("attempts")).toArray();
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest.first().toObject().value(QLatin1String("id")), list.at(1).toObject().value(QLatin1String("id")));

        QCOMPARE(treasure(QStringLiteral("/api/sessions/1")).status, 404);
        QCOMPARE(treasure(QStringLiteral("/api/sessions/99999999999/attempts")).status, 404);
        QCOMPARE(treasure(QStringLiteral("/api/sessions?page_size=0")).status, 400);
        QCOMPARE(treasure(QStringLiteral("/api/sessions?last_id=abc")).status, 400);
        const QUrl url(m_server->baseUrl(Backend::Treasure).toString() + QStringLiteral("/api/sessions"));
        QCOMPARE(m_http.get(url, {}).status, 401);
        QCOMPARE(m_http.get(url, {{"Authorization", "TD1 wrong"}}).status, 401);
        QCOMPARE(m_http.get(url, centuryAuth()).status, 401);
    }

    void treasureLiveAttemptFinishes()
    {
        DemoServer server(options(21));
        QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
        QString id;
        for (const QJsonValue &v : treasureWalk(1000, &server)) {
            const QString status = v.toObject().value(QLatin1String("lastAttempt")).toObject().value(QLatin1String("status")).toString();
            if (status == QLatin1String("running") || status == QLatin1String("queued")) {
                id = v.toObject().value(QLatin1String("id")).toString();
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        server.advanceClock(6 * 3600 * 1000);
        const QJsonObject attempt = treasure(QStringLiteral("/api/sessions/") + id, &server).json()
                                        .value(QLatin1String("lastAttempt")).toObject();
        const QString status = attempt.value(QLatin1String("status")).toString();
        QVERIFY2(status == QLatin1String("success") || status == QLatin1String("error") || status == QLatin1String("killed"),
                 qPrintable(status));
        QVERIFY(attempt.value(QLatin1String("done")).toBool());
    }

    // ---- Mobile Next ----

    void mobileNextOrganizations()
    {
        const DemoHttpReply r = mobileNext(QStringLiteral("/api/v1/organizations"));
        QCOMPARE(r.status, 200);
        QJsonArray orgs = r.json().value(QLatin1String("data")).toArray();
        if (orgs.isEmpty())
            orgs = r.json().value(QLatin1String("organizations")).toArray();
        QCOMPARE(orgs.size(), 2);
        int personal = 0;
        for (const QJsonValue &v : orgs) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QLatin1String("id")).isString());
            QVERIFY(o.value(QLatin1String("type")).isString());
            QVERIFY(o.value(QLatin1String("role")).isString());
            QVERIFY(o.value(QLatin1String("createdAt")).isString());
            personal += o.value(QLatin1String("name")).isNull();
        }
        QCOMPARE(personal, 1);
    }

    void mobileNextKeysetAndSameInstantGroups_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("default 100") << 100;
        QTest::newRow("small 7") << 7;
    }
    void mobileNextKeysetAndSameInstantGroups()
    {
        QFETCH(int, limit);
        // Strictly-before paging, as published: count what it returns and where a group of
        // sessions sharing one createdAt straddles a page boundary.
        QSet<QString> ids;
        int straddles = 0;
        QString before;
        QJsonArray previousPage;
        for (int guard = 0; guard < 10000; ++guard) {
            QString q = QStringLiteral("/api/v1/sessions?limit=%1").arg(limit);
            if (!before.isEmpty())
                q += QStringLiteral("&before=") + QString::fromLatin1(QUrl::toPercentEncoding(before));
            const DemoHttpReply r = mobileNext(q);
            QCOMPARE(r.status, 200);
            const QJsonObject body = r.json();
            QCOMPARE(body.value(QLatin1String("object")).toString(), QStringLiteral("list"));
            const QJsonArray page = body.value(QLatin1String("data")).toArray();
            qint64 previous = std::numeric_limits<qint64>::max();
            for (const QJsonValue &v : page) {
                const QJsonObject s = v.toObject();
                const qint64 created = instantOf(s.value(QLatin1String("createdAt")));
                QVERIFY(created <= previous); // newest first
                previous = created;
                ids.insert(s.value(QLatin1String("id")).toString());
                const QJsonObject device = s.value(QLatin1String("device")).toObject();
                for (const char *key : {"id", "platform", "type", "name", "osVersion"})
                    QVERIFY2(device.value(QLatin1String(key)).isString(), key);
            }
            const QJsonValue next = body.value(QLatin1String("nextCursor"));
            if (next.isUndefined() || next.isNull())
                break;
            QCOMPARE(next.toString(), page.last().toObject().value(QLatin1String("createdAt")).toString());
            // Is there another session at exactly this instant that this page did not hold?
            const qint64 boundary = instantOf(next);
            const QJsonArray around = mobileNext(QStringLiteral("/api/v1/sessions?limit=500&before=")
                                                 + QString::fromLatin1(QUrl::toPercentEncoding(rfc3339(boundary + 1))))
                                          .json().value(QLatin1String("data")).toArray();
            int atBoundary = 0, inPage = 0;
            for (const QJsonValue &v : around)
                atBoundary += instantOf(v.toObject().value(QLatin1String("createdAt"))) == boundary;
            for (const QJsonValue &v : page)
                inPage += instantOf(v.toObject().value(QLatin1String("createdAt"))) == boundary;
            straddles += atBoundary > inPage;
            before = next.toString();
        }
        QVERIFY2(straddles > 0, "a same-instant group straddles a page boundary");
        // Strictly-before loses exactly those rows, so the walk comes up short...
        const int expected = organizationCount(0);
        QVERIFY(ids.size() < expected);

        // ...while a client that asks for "before boundary + 1 ms" and drops ids it has
        // already seen gets every row once.
        QSet<QString> lossless;
        qint64 boundary = std::numeric_limits<qint64>::min();
        for (int guard = 0; guard < 10000; ++guard) {
            QString q = QStringLiteral("/api/v1/sessions?limit=%1").arg(limit);
            if (boundary != std::numeric_limits<qint64>::min())
                q += QStringLiteral("&before=") + QString::fromLatin1(QUrl::toPercentEncoding(rfc3339(boundary + 1)));
            const QJsonObject body = mobileNext(q).json();
            const QJsonArray page = body.value(QLatin1String("data")).toArray();
            const qsizetype sizeBefore = lossless.size();
            for (const QJsonValue &v : page)
                lossless.insert(v.toObject().value(QLatin1String("id")).toString());
            const QJsonValue next = body.value(QLatin1String("nextCursor"));
            if (next.isUndefined() || next.isNull())
                break;
            const qint64 nextBoundary = instantOf(next);
            // A page made only of rows already seen means the group is bigger than a page.
            boundary = (lossless.size() == sizeBefore) ? nextBoundary - 1 : nextBoundary;
        }
        QCOMPARE(lossless.size(), expected);
    }

    void mobileNextOrganizationHeader()
    {
        const QJsonArray team = mobileNext(QStringLiteral("/api/v1/sessions?limit=20")).json().value(QLatin1String("data")).toArray();
        const QJsonArray orgs = mobileNext(QStringLiteral("/api/v1/organizations")).json().value(QLatin1String("data")).toArray();
        QVERIFY(orgs.size() == 2);
        QSet<QString> seenOrgs;
        for (const QJsonValue &o : orgs) {
            const QByteArray id = o.toObject().value(QLatin1String("id")).toString().toUtf8();
            const QJsonArray page = mobileNext(QStringLiteral("/api/v1/sessions?limit=20"), id).json().value(QLatin1String("data")).toArray();
            QVERIFY(!page.isEmpty());
            for (const QJsonValue &v : page)
                QCOMPARE(v.toObject().value(QLatin1String("organization")).toString(), QString::fromUtf8(id));
            seenOrgs.insert(QString::fromUtf8(id));
        }
        QCOMPARE(seenOrgs.size(), 2);
        QVERIFY(!team.isEmpty());
        QVERIFY(seenOrgs.contains(team.first().toObject().value(QLatin1String("organization")).toString()));
        QCOMPARE(mobileNext(QStringLiteral("/api/v1/sessions"), "org_nobody").status, 403);
    }

    void mobileNextDetailAndErrors()
    {
        const QJsonObject first = mobileNext(QStringLiteral("/api/v1/sessions?limit=1")).json()
                                      .value(QLatin1String("data")).toArray().first().toObject();
        const QString id = first.value(QLatin1String("id")).toString();
        const DemoHttpReply one = mobileNext(QStringLiteral("/api/v1/sessions/") + id);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value(QLatin1String("id")).toString(), id);

        const DemoHttpReply missing = mobileNext(QStringLiteral("/api/v1/sessions/00000000-0000-4000-8000-000000000000"));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).isString());
        QVERIFY(missing.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).isString());
        QCOMPARE(mobileNext(QStringLiteral("/api/v1/sessions?limit=501")).status, 400);
        QCOMPARE(mobileNext(QStringLiteral("/api/v1/sessions?limit=500")).status, 200);
        QCOMPARE(mobileNext(QStringLiteral("/api/v1/sessions?before=last-tuesday")).status, 400);
        const QUrl url(m_server->baseUrl(Backend::MobileNext).toString() + QStringLiteral("/api/v1/sessions"));
        const DemoHttpReply unauthorized = m_http.get(url, {});
        QCOMPARE(unauthorized.status, 401);
        QVERIFY(unauthorized.json().value(QLatin1String("error")).isObject());
        QCOMPARE(m_http.get(url, {{"Authorization", "Bearer mob_wrong"}}).status, 401);
    }

    void mobileNextShapeB()
    {
        DemoOptions o = options();
        o.mobileNextShape = DemoMobileNextShape::B;
        DemoServer server(o);
        QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
        const QJsonObject body = mobileNext(QStringLiteral("/api/v1/sessions?limit=5"), {}, &server).json();
        const QJsonArray sessions = body.value(QLatin1String("sessions")).toArray();
        QCOMPARE(sessions.size(), 5);
        const QJsonObject s = sessions.first().toObject();
        QVERIFY(s.value(QLatin1String("sessionId")).isString());
        QVERIFY(s.contains(QLatin1String("organizationId")));
        QVERIFY(s.value(QLatin1String("userId")).isString());
        QVERIFY(s.value(QLatin1String("device")).toObject().value(QLatin1String("deviceId")).isString());
        QVERIFY(s.contains(QLatin1String("releasedAt")));
        QVERIFY(body.value(QLatin1String("nextCursor")).isString());
        // The end of the list spells nextCursor as null in this shape.
        const QJsonObject last = mobileNext(QStringLiteral("/api/v1/sessions?limit=5&before=2000-01-01T00:00:00.000Z"), {}, &server).json();
        QVERIFY(last.value(QLatin1String("sessions")).toArray().isEmpty());
        QVERIFY(last.value(QLatin1String("nextCursor")).isNull());
    }

    void mobileNextLiveRelease()
    {
        DemoServer server(options(31));
        QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
        const QJsonArray page = mobileNext(QStringLiteral("/api/v1/sessions?limit=500"), {}, &server).json().value(QLatin1String("data")).toArray();
        QString held;
        bool releasedSeen = false;
        for (const QJsonValue &v : page) {
            const QJsonValue released = v.toObject().value(QLatin1String("releasedAt"));
            releasedSeen |= released.isString();
            if (released.isNull() && held.isEmpty())
                held = v.toObject().value(QLatin1String("id")).toString();
        }
        QVERIFY(releasedSeen);
        QVERIFY(!held.isEmpty());
        server.advanceClock(48ll * 3600 * 1000);
        const QJsonObject later = mobileNext(QStringLiteral("/api/v1/sessions/") + held, {}, &server).json();
        QVERIFY2(later.value(QLatin1String("releasedAt")).isString(), "the held device was released");
        const QJsonArray newer = mobileNext(QStringLiteral("/api/v1/sessions?limit=1"), {}, &server).json().value(QLatin1String("data")).toArray();
        QVERIFY(newer.first().toObject().value(QLatin1String("id")).toString() != page.first().toObject().value(QLatin1String("id")).toString());
    }

    // ---- shared ----

    void rateLimit()
    {
        DemoOptions o = options();
        o.rateLimitPerMinute = 3;
        DemoServer server(o);
        QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(treasure(QStringLiteral("/api/sessions?page_size=1"), &server).status, 200);
        const DemoHttpReply limited = treasure(QStringLiteral("/api/sessions?page_size=1"), &server);
        QCOMPARE(limited.status, 429);
        bool ok = false;
        const int seconds = limited.header("retry-after").toInt(&ok);
        QVERIFY2(ok && seconds >= 1 && seconds <= 60, limited.header("retry-after").constData());
        // Buckets are per key: Mobile Next is not affected by Treasure's use.
        QCOMPARE(mobileNext(QStringLiteral("/api/v1/sessions?limit=1"), {}, &server).status, 200);

        server.setRetryAfterAsDate(true);
        const DemoHttpReply dated = treasure(QStringLiteral("/api/sessions?page_size=1"), &server);
        QCOMPARE(dated.status, 429);
        const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(dated.header("retry-after")),
                                                       QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        QVERIFY2(when.isValid(), dated.header("retry-after").constData());
    }

    void sameSeedSameBytes()
    {
        DemoServer twin(options());
        QVERIFY(twin.listen(QHostAddress(QHostAddress::LocalHost), 0));
        twin.advanceClock(m_server->nowMs() - twin.nowMs());
        QCOMPARE(twin.nowMs(), m_server->nowMs());
        QCOMPARE(treasure(QStringLiteral("/api/sessions?page_size=50"), &twin).body,
                 treasure(QStringLiteral("/api/sessions?page_size=50")).body);
        QCOMPARE(mobileNext(QStringLiteral("/api/v1/sessions?limit=50"), {}, &twin).body,
                 mobileNext(QStringLiteral("/api/v1/sessions?limit=50")).body);
    }
};

QTEST_GUILESS_MAIN(TestDemoTreasureMobileNext)
#include "tst_demotreasuremobilenext.moc"
