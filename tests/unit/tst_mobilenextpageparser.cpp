#include "apifixture.h"

#include "domain/iso8601.h"
#include "sources/mobilenext/mobilenextpageparser.h"
#include "sources/mobilenext/mobilenextstatus.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

// JSON written with single quotes, for readable literals (and a moc that parses the file).
QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

qint64 ms(const char *iso)
{
    return iso8601::parseDateTimeMs(std::string_view(iso)).value_or(kNoTime);
}

const MobileNextDetail &detail(const SessionRecord &record)
{
    return std::get<MobileNextDetail>(record.detail);
}

} // namespace

class TestMobileNextPageParser final : public QObject
{
    Q_OBJECT

private slots:
    void everyPublishedFixtureParses()
    {
        REQUIRE_API_FIXTURES();
        const QStringList names = apifixture::names(QStringLiteral("mobilenext-"));
        QVERIFY2(names.size() >= 2, "expected both published Mobile Next shapes");
        for (const QString &name : names) {
            const SessionPage result = mobilenext::parsePage(apifixture::read(name));
            QVERIFY2(result.ok, qPrintable(name + u": " + result.error));
            QVERIFY2(!result.rows.empty(), qPrintable(name));
            QVERIFY2(result.malformed.empty(), qPrintable(name));
        }
    }

    void shapeA()
    {
        REQUIRE_API_FIXTURES();
        const SessionPage result = mobilenext::parsePage(apifixture::read(QStringLiteral("mobilenext-sessions-a.json")));
        QVERIFY(result.ok);
        QCOMPARE(result.rows.size(), size_t(1));
        const SessionRecord &r = result.rows[0];
        QCOMPARE(r.id, QStringLiteral("0b6f3d2e-7c1a-4e55-9a57-3c8f2f0d9e11"));
        QCOMPARE(r.status, SessionStatus::Live);
        QCOMPARE(r.backendStatus, QStringLiteral("held"));
        QCOMPARE(r.startedMs, ms("2026-01-01T00:00:00Z"));
        QCOMPARE(r.endedMs, kNoTime);
        const MobileNextDetail &d = detail(r);
        QCOMPARE(d.organizationId, QStringLiteral("org_1"));
        QCOMPARE(d.userId, QStringLiteral("5d2c0a8e-1f3b-4a6c-8e9d-7b2a1c0f4e33"));
        QCOMPARE(d.deviceId, QStringLiteral("dev-17"));
        QCOMPARE(d.platform, QStringLiteral("ios"));
        QCOMPARE(d.deviceType, QStringLiteral("simulator"));
        QCOMPARE(d.deviceName, QStringLiteral("iPhone 15 Pro"));
        QCOMPARE(d.osVersion, QStringLiteral("17.4"));
        QCOMPARE(d.createdAtRaw, QStringLiteral("2026-01-01T00:00:00Z"));
        QCOMPARE(result.nextToken, QStringLiteral("2026-01-01T00:00:00Z"));
        QVERIFY(!result.total.has_value());
    }

    void shapeB()
    {
        REQUIRE_API_FIXTURES();
        const SessionPage result = mobilenext::parsePage(apifixture::read(QStringLiteral("mobilenext-sessions-b.json")));
        QVERIFY(result.ok);
        QCOMPARE(result.rows.size(), size_t(1));
        const SessionRecord &r = result.rows[0];
        QCOMPARE(r.id, QStringLiteral("0b6f3d2e-7c1a-4e55-9a57-3c8f2f0d9e11"));
        QCOMPARE(r.status, SessionStatus::Completed);
        QCOMPARE(r.backendStatus, QStringLiteral("released"));
        QCOMPARE(r.startedMs, ms("2026-01-01T00:00:00Z"));
        QCOMPARE(r.endedMs, ms("2026-01-01T00:20:00Z"));
        const MobileNextDetail &d = detail(r);
        QCOMPARE(d.organizationId, QStringLiteral("0")); // published as the number 0
        QCOMPARE(d.userId, QStringLiteral("5d2c0a8e-1f3b-4a6c-8e9d-7b2a1c0f4e33"));
        QCOMPARE(d.deviceId, QStringLiteral("dev-17"));
        QCOMPARE(d.platform, QStringLiteral("android"));
        QCOMPARE(d.deviceType, QStringLiteral("real"));
        QCOMPARE(d.deviceName, QStringLiteral("Pixel 8"));
        QCOMPARE(d.osVersion, QStringLiteral("14"));
        QVERIFY(result.nextToken.isEmpty()); // nextCursor null: the end
    }

    void statusMapping()
    {
        QCOMPARE(mobilenext::mapReleased(false), SessionStatus::Live);
        QCOMPARE(mobilenext::mapReleased(true), SessionStatus::Completed);
        QCOMPARE(mobilenext::backendStatusFor(false), QStringLiteral("held"));
        QCOMPARE(mobilenext::backendStatusFor(true), QStringLiteral("released"));
    }

    void referencesAsObjectsAndMixedShapes()
    {
        const SessionPage result = mobilenext::parsePage(j(
            "{'object':'list','data':["
            "{'id':'s1','organization':{'id':'org_9','name':'Acme'},'user':{'id':42,'email':'x@y'},"
            "'device':{'id':'d1','platform':'ios'},'createdAt':'2026-02-01T10:00:00.123Z'},"
            "{'sessionId':'s2','organizationId':'org_9','userId':'u2','device':{'deviceId':7},"
            "'createdAt':'2026-02-01T09:00:00+01:00','releasedAt':null,'extra':{'deep':[[[]]]}}"
            "],'nextCursor':'2026-02-01T08:00:00Z','hasMore':true}"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows.size(), size_t(2));
        QCOMPARE(detail(result.rows[0]).organizationId, QStringLiteral("org_9"));
        QCOMPARE(detail(result.rows[0]).userId, QStringLiteral("42"));
        QCOMPARE(detail(result.rows[0]).createdAtRaw, QStringLiteral("2026-02-01T10:00:00.123Z"));
        QCOMPARE(result.rows[0].startedMs, ms("2026-02-01T10:00:00.123Z"));
        QCOMPARE(result.rows[1].id, QStringLiteral("s2"));
        QCOMPARE(detail(result.rows[1]).deviceId, QStringLiteral("7"));
        QCOMPARE(result.rows[1].startedMs, ms("2026-02-01T08:00:00Z"));
        QCOMPARE(result.rows[1].status, SessionStatus::Live);
        QCOMPARE(result.nextToken, QStringLiteral("2026-02-01T08:00:00Z"));
    }

    void absentNextCursorIsTheEnd()
    {
        const SessionPage result = mobilenext::parsePage(j("{'object':'list','data':[]}"));
        QVERIFY(result.ok);
        QVERIFY(result.rows.empty());
        QVERIFY(result.nextToken.isEmpty());
    }

    void missingRequiredFieldMakesOneRowMalformed()
    {
        const SessionPage result = mobilenext::parsePage(j(
            "{'sessions':["
            "{'sessionId':'a','createdAt':'2026-01-01T00:00:03Z'},"
            "{'sessionId':'b'},"
            "{'createdAt':'2026-01-01T00:00:01Z'},"
            "{'sessionId':'d','createdAt':'yesterday'},"
            "{'sessionId':'e','createdAt':'2026-01-01T00:00:00Z','releasedAt':17},"
            "{'sessionId':['f'],'createdAt':'2026-01-01T00:00:00Z'},"
            "{'sessionId':'g','createdAt':'2026-01-01T00:00:00Z','device':'not an object','user':null}"
            "]}"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows.size(), size_t(2));
        QCOMPARE(result.rows[0].id, QStringLiteral("a"));
        QCOMPARE(result.rows[1].id, QStringLiteral("g"));
        QCOMPARE(result.malformed.size(), size_t(5));
        QCOMPARE(result.malformed[0].id, QStringLiteral("b"));
        QVERIFY(result.malformed[0].reason.contains(QLatin1String("createdAt")));
        QCOMPARE(result.malformed[1].index, 2);
        QVERIFY(result.malformed[1].reason.contains(QLatin1String("id")));
        QVERIFY(result.malformed[2].reason.contains(QLatin1String("createdAt")));
        QVERIFY(result.malformed[3].reason.contains(QLatin1String("releasedAt")));
        QCOMPARE(result.malformed[4].index, 5);
    }

    void unicodeDeviceNames()
    {
        const SessionPage result = mobilenext::parsePage(j(
            "{'sessions':[{'sessionId':'a','createdAt':'2026-01-01T00:00:00Z','device':{'name':'iPhone Łukasza – “Ŵ” Điện thoại هاتف \\'x\\'\\n'}}]}"));
        QVERIFY(result.ok);
        QCOMPARE(detail(result.rows.at(0)).deviceName, QStringLiteral("iPhone Łukasza – “Ŵ” Điện thoại هاتف \"x\"\n"));
    }

    void errorBodies()
    {
        const SessionPage denied = mobilenext::parsePage(j("{'error':{'code':'unauthorized','message':'Invalid token'}}"));
        QVERIFY(!denied.ok);
        QVERIFY2(denied.error.contains(QLatin1String("unauthorized: Invalid token")), qPrintable(denied.error));
        for (const QByteArray &body : {QByteArray(), QByteArray("<html>"), j("{'data':{}}"), j("[]"),
                                       j("{'sessions':[{'sessionId':'a',"), QByteArray("{\"sessions\":[\"\xc3\x28\"]}")}) {
            const SessionPage result = mobilenext::parsePage(body);
            QVERIFY2(!result.ok, body.constData());
            QVERIFY(!result.error.isEmpty());
        }
    }

    void everyTruncationIsRejected()
    {
        REQUIRE_API_FIXTURES();
        for (const QString &name : apifixture::names(QStringLiteral("mobilenext-"))) {
            const QByteArray full = apifixture::read(name).trimmed();
            for (qsizetype n = 0; n < full.size(); ++n)
                QVERIFY2(!mobilenext::parsePage(QByteArrayView(full.constData(), n)).ok, qPrintable(name));
        }
    }

    void singleSession()
    {
        const SessionPage bare = mobilenext::parseSession(
            j("{'id':'s1','createdAt':'2026-01-01T00:00:00Z','releasedAt':'2026-01-01T01:00:00Z'}"));
        QVERIFY(bare.ok);
        QCOMPARE(bare.rows.size(), size_t(1));
        QCOMPARE(bare.rows[0].status, SessionStatus::Completed);
        const SessionPage wrapped = mobilenext::parseSession(
            j("{'object':'session','data':{'sessionId':'s2','createdAt':'2026-01-01T00:00:00Z','device':{'deviceId':'d'}}}"));
        QVERIFY(wrapped.ok);
        QCOMPARE(wrapped.rows.size(), size_t(1));
        QCOMPARE(wrapped.rows[0].id, QStringLiteral("s2"));
        QCOMPARE(detail(wrapped.rows[0]).deviceId, QStringLiteral("d"));
        const SessionPage broken = mobilenext::parseSession(j("{'id':'s3'}"));
        QVERIFY(broken.ok);
        QCOMPARE(broken.malformed.size(), size_t(1));
        QCOMPARE(broken.malformed[0].id, QStringLiteral("s3"));
        const SessionPage missing = mobilenext::parseSession(j("{'error':{'code':'not_found','message':'No such session'}}"));
        QVERIFY(!missing.ok);
        QVERIFY(missing.error.contains(QLatin1String("No such session")));
    }

    void organizations()
    {
        const QByteArray rows = j(
            "[{'id':'org_1','name':null,'type':'personal','role':'owner','createdAt':'2025-01-01T00:00:00Z'},"
            "{'id':'org_2','name':'Łódź Devices','type':'team','role':'member','createdAt':'2025-06-01T12:00:00Z'},"
            "{'name':'no id'}]");
        const QByteArray listA = j("{'object':'list','data':") + rows + "}";
        const QByteArray named = j("{'organizations':") + rows + "}";
        for (const QByteArray &body : {rows, listA, named}) {
            const mobilenext::OrganizationList list = mobilenext::parseOrganizations(body);
            QVERIFY2(list.ok, qPrintable(list.error));
            QCOMPARE(list.rows.size(), size_t(2));
            QCOMPARE(list.malformed.size(), size_t(1));
            QCOMPARE(list.malformed[0].index, 2);
            const mobilenext::OrganizationRecord &personal = list.rows[0];
            QCOMPARE(personal.id, QStringLiteral("org_1"));
            QVERIFY(personal.personal);
            QVERIFY(personal.name.isEmpty());
            QCOMPARE(personal.type, QStringLiteral("personal"));
            QCOMPARE(personal.role, QStringLiteral("owner"));
            QCOMPARE(personal.createdAtMs, ms("2025-01-01T00:00:00Z"));
            QCOMPARE(list.rows[1].name, QStringLiteral("Łódź Devices"));
            QVERIFY(!list.rows[1].personal);
        }
        QVERIFY(!mobilenext::parseOrganizations(QByteArray("nope")).ok);
        QVERIFY(!mobilenext::parseOrganizations(j("{'error':'forbidden'}")).ok);
        QVERIFY(!mobilenext::parseOrganizations(QByteArray("42")).ok);
        QVERIFY(!mobilenext::parseOrganizations(j("[{'id':'a'},")).ok);
    }

    void randomMutationsNeverCrash()
    {
        // Flip, drop and duplicate bytes of the published bodies: any outcome is fine except a
        // crash, a hang or an ok page whose rows lost their ids.
        REQUIRE_API_FIXTURES();
        QRandomGenerator random(4);
        for (const QString &name : apifixture::names(QStringLiteral("mobilenext-"))) {
            const QByteArray original = apifixture::read(name);
            for (int i = 0; i < 3000; ++i) {
                const QByteArray body = apifixture::mutated(original, random);
                const auto result = mobilenext::parsePage(body);
                if (result.ok) {
                    for (const auto &row : result.rows)
                        QVERIFY(!row.id.isEmpty());
                } else {
                    QVERIFY(!result.error.isEmpty());
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMobileNextPageParser)
#include "tst_mobilenextpageparser.moc"
