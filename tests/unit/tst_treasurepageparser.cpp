#include "apifixture.h"

#include "domain/iso8601.h"
#include "sources/treasure/treasurepageparser.h"
#include "sources/treasure/treasurestatus.h"

#include <QJsonDocument>
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

const TreasureDetail &detail(const SessionRecord &record)
{
    return std::get<TreasureDetail>(record.detail);
}

QByteArray session(const QByteArray &id, const QByteArray &attempt = j("{'id':'9','status':'running','done':false,"
                                                                          "'success':false,'cancelRequested':false,"
                                                                          "'createdAt':'2023-08-18T06:52:33Z','params':{}}"),
                   const QByteArray &extra = {})
{
    return j("{'id':") + QByteArray(id).replace('\'', '"') + j(",'project':{'id':'1','name':'p'},'workflow':{'name':'w'},"
                                "'sessionTime':'2022-12-31T23:59:00+00:00','lastAttempt':")
        + attempt + extra + "}";
}

QByteArray sessions(const QByteArray &rows)
{
    return j("{'sessions':[") + rows + "]}";
}

} // namespace

class TestTreasurePageParser final : public QObject
{
    Q_OBJECT

private slots:
    void everyPublishedFixtureParses()
    {
        REQUIRE_API_FIXTURES();
        const QStringList names = apifixture::names(QStringLiteral("treasure-"));
        QVERIFY2(!names.isEmpty(), "expected the published Treasure fixture");
        for (const QString &name : names) {
            const SessionPage result = treasure::parsePage(apifixture::read(name));
            QVERIFY2(result.ok, qPrintable(name + u": " + result.error));
            QVERIFY2(!result.rows.empty(), qPrintable(name));
            QVERIFY2(result.malformed.empty(), qPrintable(name));
        }
    }

    void publishedFixtureValues()
    {
        REQUIRE_API_FIXTURES();
        const SessionPage result = treasure::parsePage(apifixture::read(QStringLiteral("treasure-sessions-page.json")));
        QVERIFY(result.ok);
        QCOMPARE(result.rows.size(), size_t(2));
        QVERIFY(!result.total.has_value());
        QCOMPARE(result.nextToken, QStringLiteral("123455")); // smallest id of the page

        const SessionRecord &a = result.rows[0];
        QCOMPARE(a.id, QStringLiteral("123456"));
        QCOMPARE(a.status, SessionStatus::Live);
        QCOMPARE(a.backendStatus, QStringLiteral("running"));
        QCOMPARE(a.startedMs, ms("2023-08-18T06:52:33Z"));
        QCOMPARE(a.endedMs, kNoTime);
        const TreasureDetail &ad = detail(a);
        QCOMPARE(ad.projectId, QStringLiteral("123456"));
        QCOMPARE(ad.projectName, QStringLiteral("abcdefg"));
        QCOMPARE(ad.workflowId, QStringLiteral("123456"));
        QCOMPARE(ad.workflowName, QStringLiteral("abcdefg"));
        QCOMPARE(ad.sessionUuid, QStringLiteral("2b91a014-076e-4c6d-8b51-f4f91089cab2"));
        QCOMPARE(ad.sessionTimeMs, ms("2022-12-31T23:59:00Z"));
        QCOMPARE(ad.attemptId, QStringLiteral("123456"));
        QVERIFY(!ad.done && !ad.success && !ad.cancelRequested);
        QCOMPARE(ad.attemptCreatedMs, ms("2023-08-18T06:52:33Z"));
        QCOMPARE(ad.attemptFinishedMs, kNoTime);
        QCOMPARE(ad.paramsJson, QByteArray("{}"));
        QCOMPARE(ad.poolId, QStringLiteral("42"));
        QVERIFY(ad.retryAttemptName.isEmpty());

        const SessionRecord &b = result.rows[1];
        QCOMPARE(b.id, QStringLiteral("123455"));
        QCOMPARE(b.status, SessionStatus::Failed);
        QCOMPARE(b.backendStatus, QStringLiteral("error"));
        QCOMPARE(b.startedMs, ms("2023-08-18T05:52:33Z"));
        QCOMPARE(b.endedMs, ms("2023-08-18T06:02:10Z"));
        const TreasureDetail &bd = detail(b);
        QVERIFY(bd.workflowId.isEmpty()); // NameOptionalId without id
        QVERIFY(bd.sessionUuid.isEmpty());
        QCOMPARE(bd.attemptId, QStringLiteral("123450"));
        QVERIFY(bd.done && !bd.success);
        QCOMPARE(bd.paramsJson,
                 j("{'last_session_time':'2022-12-30T23:59:00+00:00','nested':{'a':[1,2,{'b':null}]}}"));
        QVERIFY(bd.poolId.isEmpty());
        QCOMPARE(bd.retryAttemptName, QStringLiteral("retry-12345"));
    }

    void statusMapping()
    {
        for (auto live : {u"blocked", u"queued", u"running", u"canceling"})
            QCOMPARE(treasure::mapStatus(live), SessionStatus::Live);
        QCOMPARE(treasure::mapStatus(u"success"), SessionStatus::Completed);
        QCOMPARE(treasure::mapStatus(u"error"), SessionStatus::Failed);
        QCOMPARE(treasure::mapStatus(u"killed"), SessionStatus::Cancelled);
        QCOMPARE(treasure::mapStatus(u"paused"), SessionStatus::Unknown);
        QCOMPARE(treasure::deriveStatus(false, false, false), SessionStatus::Live);
        QCOMPARE(treasure::deriveStatus(false, false, true), SessionStatus::Live);
        QCOMPARE(treasure::deriveStatus(true, true, false), SessionStatus::Completed);
        QCOMPARE(treasure::deriveStatus(true, false, true), SessionStatus::Cancelled);
        QCOMPARE(treasure::deriveStatus(true, false, false), SessionStatus::Failed);
    }

    void statusDerivedWhenAbsentAndUnknownKeptRaw()
    {
        const SessionPage result = treasure::parsePage(sessions(
            session("'3'", j("{'id':'1','done':true,'success':false,'cancelRequested':true}")) + ","
            + session("'2'", j("{'id':'2','status':'paused','done':false}")) + "," + session("'1'", "null")));
        QVERIFY(result.ok);
        QCOMPARE(result.rows.size(), size_t(3));
        QCOMPARE(result.rows[0].status, SessionStatus::Cancelled);
        QVERIFY(result.rows[0].backendStatus.isEmpty());
        QCOMPARE(result.rows[1].status, SessionStatus::Unknown);
        QCOMPARE(result.rows[1].backendStatus, QStringLiteral("paused"));
        // No attempt yet: unknown status, started at the session time, params "{}".
        QCOMPARE(result.rows[2].status, SessionStatus::Unknown);
        QCOMPARE(result.rows[2].startedMs, ms("2022-12-31T23:59:00Z"));
        QCOMPARE(detail(result.rows[2]).paramsJson, QByteArray("{}"));
        QCOMPARE(result.nextToken, QStringLiteral("1"));
    }

    void idsAsNumbersAndLargeIds()
    {
        const SessionPage result = treasure::parsePage(
            sessions(session("9223372036854775807") + "," + session("'9223372036854775806'") + "," + session("17")));
        QVERIFY(result.ok);
        QCOMPARE(result.rows.size(), size_t(3));
        QCOMPARE(result.rows[0].id, QStringLiteral("9223372036854775807"));
        QCOMPARE(result.rows[2].id, QStringLiteral("17"));
        QCOMPARE(result.nextToken, QStringLiteral("17")); // numeric order, not text order
    }

    void missingRequiredFieldMakesOneRowMalformed()
    {
        const QByteArray noTime = session("'5'").replace(j("'sessionTime':'2022-12-31T23:59:00+00:00',"), "");
        const QByteArray noProjectName = session("'4'").replace(j("'name':'p'"), j("'nome':'p'"));
        const QByteArray badWorkflow = session("'3'").replace(j("{'name':'w'}"), j("'w'"));
        const QByteArray noId = session("'2'").replace(j("'id':'2',"), "");
        const QByteArray badFinished = session("'1'", j("{'id':'1','finishedAt':'later'}"));
        const SessionPage result = treasure::parsePage(sessions(session("'6'") + "," + noTime + "," + noProjectName + ","
                                                                + badWorkflow + "," + noId + "," + badFinished + ","
                                                                + session("'0'")));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows.size(), size_t(2));
        QCOMPARE(result.malformed.size(), size_t(5));
        const QStringList expected{QStringLiteral("sessionTime"), QStringLiteral("project.name"),
                                   QStringLiteral("workflow"), QStringLiteral("id"), QStringLiteral("finishedAt")};
        for (int i = 0; i < 5; ++i) {
            const MalformedRow &m = result.malformed[size_t(i)];
            QCOMPARE(m.index, i + 1);
            QVERIFY2(m.reason.contains(expected[i]), qPrintable(m.reason));
        }
        QCOMPARE(result.malformed[0].id, QStringLiteral("5"));
        QVERIFY(result.malformed[3].id.isEmpty());
        QCOMPARE(result.nextToken, QStringLiteral("0"));
    }

    void paramsAreCompactedAndCapped()
    {
        const QByteArray spaced = session("'1'", j("{'id':'1','params':{ 'text' : 'a  b\\n \\' }' ,\n 'list':[ 1 , true ,null ] }}"));
        const SessionPage result = treasure::parsePage(sessions(spaced));
        QVERIFY(result.ok);
        QCOMPARE(detail(result.rows.at(0)).paramsJson, j("{'text':'a  b\\n \\' }','list':[1,true,null]}"));
        QVERIFY(!QJsonDocument::fromJson(detail(result.rows.at(0)).paramsJson).isNull());

        const QByteArray huge = j("{'blob':'") + QByteArray(200 * 1024, 'z') + j("'}");
        const SessionPage big = treasure::parsePage(sessions(session("'2'", j("{'id':'2','params':") + huge + "}")));
        QVERIFY(big.ok);
        QCOMPARE(detail(big.rows.at(0)).paramsJson, QByteArray(treasure::kParamsTooLarge));
        QVERIFY(!QJsonDocument::fromJson(detail(big.rows.at(0)).paramsJson).isNull());

        const int depth = 100000;
        const QByteArray deep = QByteArray(depth, '[') + QByteArray(depth, ']');
        const SessionPage bomb = treasure::parsePage(sessions(session("'3'", j("{'id':'3','params':") + deep + "}")));
        QVERIFY(bomb.ok);
        QCOMPARE(bomb.rows.size(), size_t(1));
        QCOMPARE(detail(bomb.rows.at(0)).paramsJson, QByteArray(treasure::kParamsTooLarge));

        const SessionPage scalar = treasure::parsePage(sessions(session("'4'", j("{'id':'4','params':'x'}"))));
        QCOMPARE(detail(scalar.rows.at(0)).paramsJson, j("'x'"));
    }

    void unicodeAndEscapes()
    {
        const QByteArray row = session("'1'").replace(j("'name':'w'"), j("'name':'ładowanie \\'dane\\'\\nWyłączenie ŵ Tiếng Việt عربى'"));
        const SessionPage result = treasure::parsePage(sessions(row));
        QVERIFY(result.ok);
        QCOMPARE(detail(result.rows.at(0)).workflowName, QStringLiteral("ładowanie \"dane\"\nWyłączenie ŵ Tiếng Việt عربى"));
    }

    void emptyPageHasNoToken()
    {
        const SessionPage result = treasure::parsePage(j("{'sessions':[]}"));
        QVERIFY(result.ok);
        QVERIFY(result.rows.empty());
        QVERIFY(result.nextToken.isEmpty());
    }

    void wholeBodyFailures()
    {
        for (const QByteArray &body : {QByteArray(), QByteArray("nope"), j("{'data':[]}"), j("{'sessions':{}}"),
                                       j("[]"), j("{'sessions':[{'id':'1'"), j("{'message':'Unauthorized'}")}) {
            const SessionPage result = treasure::parsePage(body);
            QVERIFY2(!result.ok, body.constData());
            QVERIFY(!result.error.isEmpty());
            QVERIFY(result.rows.empty());
        }
        QVERIFY(treasure::parsePage(j("{'message':'Unauthorized'}")).error.contains(QLatin1String("Unauthorized")));
    }

    void everyTruncationIsRejected()
    {
        REQUIRE_API_FIXTURES();
        const QByteArray full = apifixture::read(QStringLiteral("treasure-sessions-page.json")).trimmed();
        for (qsizetype n = 0; n < full.size(); ++n)
            QVERIFY2(!treasure::parsePage(QByteArrayView(full.constData(), n)).ok, qPrintable(QString::number(n)));
    }

    void singleSession()
    {
        const SessionPage one = treasure::parseSession(session("'77'"));
        QVERIFY(one.ok);
        QCOMPARE(one.rows.size(), size_t(1));
        QCOMPARE(one.rows[0].id, QStringLiteral("77"));
        const SessionPage broken = treasure::parseSession(session("'78'").replace(j("'workflow':{'name':'w'},"), ""));
        QVERIFY(broken.ok);
        QCOMPARE(broken.malformed.size(), size_t(1));
        QCOMPARE(broken.malformed[0].id, QStringLiteral("78"));
        const SessionPage error = treasure::parseSession(j("{'message':'Resource not found'}"));
        QVERIFY(!error.ok);
        QVERIFY(!treasure::parseSession(j("[1]")).ok);
    }

    void attempts()
    {
        const QByteArray body = j(
            "{'attempts':["
            "{'index':2,'id':'302','sessionId':'77','sessionUuid':'2b91a014-076e-4c6d-8b51-f4f91089cab2',"
            "'sessionTime':'2023-08-18T00:00:00+09:00','project':{'id':'1','name':'p'},'workflow':{'id':'5','name':'w'},"
            "'status':'killed','done':true,'success':false,'cancelRequested':true,'createdAt':'2023-08-18T06:52:33Z',"
            "'finishedAt':'2023-08-18T07:00:00Z','params':{'k':1},'retryAttemptName':'retry-2'},"
            "{'index':1,'id':301,'sessionId':77,'sessionTime':'2023-08-18T00:00:00+09:00','project':{'id':'1','name':'p'},"
            "'workflow':{'name':'w'},'done':true,'success':true,'cancelRequested':false,"
            "'createdAt':'2023-08-17T06:52:33Z','finishedAt':'2023-08-17T07:00:00Z','params':{},'retryAttemptName':null},"
            "{'index':0,'sessionId':'77'}"
            "]}");
        const treasure::AttemptPage result = treasure::parseAttempts(body);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows.size(), size_t(2));
        QCOMPARE(result.malformed.size(), size_t(1));
        QCOMPARE(result.malformed[0].index, 2);
        const treasure::AttemptRecord &a = result.rows[0];
        QCOMPARE(a.id, QStringLiteral("302"));
        QCOMPARE(a.index, 2);
        QCOMPARE(a.sessionId, QStringLiteral("77"));
        QCOMPARE(a.status, SessionStatus::Cancelled);
        QCOMPARE(a.backendStatus, QStringLiteral("killed"));
        QCOMPARE(a.startedMs, ms("2023-08-18T06:52:33Z"));
        QCOMPARE(a.endedMs, ms("2023-08-18T07:00:00Z"));
        QCOMPARE(a.detail.sessionTimeMs, ms("2023-08-17T15:00:00Z"));
        QCOMPARE(a.detail.workflowId, QStringLiteral("5"));
        QCOMPARE(a.detail.paramsJson, j("{'k':1}"));
        QCOMPARE(a.detail.retryAttemptName, QStringLiteral("retry-2"));
        const treasure::AttemptRecord &b = result.rows[1];
        QCOMPARE(b.id, QStringLiteral("301"));
        QCOMPARE(b.sessionId, QStringLiteral("77"));
        QCOMPARE(b.status, SessionStatus::Completed); // derived: done and success
        QCOMPARE(result.nextToken, QStringLiteral("301"));
        QVERIFY(!treasure::parseAttempts(j("{'sessions':[]}")).ok);
    }

    void randomMutationsNeverCrash()
    {
        // Flip, drop and duplicate bytes of the published bodies: any outcome is fine except a
        // crash, a hang or an ok page whose rows lost their ids.
        REQUIRE_API_FIXTURES();
        QRandomGenerator random(4);
        for (const QString &name : apifixture::names(QStringLiteral("treasure-"))) {
            const QByteArray original = apifixture::read(name);
            for (int i = 0; i < 3000; ++i) {
                const QByteArray body = apifixture::mutated(original, random);
                const auto result = treasure::parsePage(body);
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

QTEST_GUILESS_MAIN(TestTreasurePageParser)
#include "tst_treasurepageparser.moc"
