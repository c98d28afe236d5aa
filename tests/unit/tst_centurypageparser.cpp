#include "apifixture.h"

#include "domain/iso8601.h"
#include "sources/century/centurypageparser.h"
#include "sources/century/centurystatus.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include <thread>

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

const CenturyDetail &detail(const SessionRecord &record)
{
    return std::get<CenturyDetail>(record.detail);
}

// A complete, valid session object; `user` and `extra` let a test vary one part.
QByteArray session(const QByteArray &id, const QByteArray &user = {}, const QByteArray &extra = {})
{
    const QByteArray userJson = user.isEmpty()
        ? QByteArray(j("{'userId':'u-1','username':'pupil','fullName':'A B','firstName':'A','lastName':'B'}"))
        : user;
    return j("{'sessionId':") + id + j(",'startDate':'2023-09-01T08:00:00Z','status':'IN_PROGRESS','user':")
        + userJson + j(",'test':{'testId':'t-1','testVersionId':'tv-1','name':'Maths','subject':'Maths'}") + extra
        + "}";
}

QByteArray page(const QByteArray &rows)
{
    return j("{'data':[") + rows + j("],'pagination':{'total':3,'limit':100,'offset':0,'previousCursor':null,'nextCursor':null}}");
}

} // namespace

class TestCenturyPageParser final : public QObject
{
    Q_OBJECT

private slots:
    void everyPublishedFixtureParses()
    {
        REQUIRE_API_FIXTURES();
        const QStringList names = apifixture::names(QStringLiteral("century-"));
        QVERIFY2(names.size() >= 3, "expected the three published Century fixtures");
        for (const QString &name : names) {
            const SessionPage result = century::parsePage(apifixture::read(name));
            QVERIFY2(result.ok, qPrintable(name + u": " + result.error));
            QVERIFY2(!result.rows.empty(), qPrintable(name));
            QVERIFY2(result.malformed.empty(), qPrintable(name));
        }
    }

    void completedFixture()
    {
        REQUIRE_API_FIXTURES();
        const SessionPage result = century::parsePage(apifixture::read(QStringLiteral("century-completed-page.json")));
        QVERIFY(result.ok);
        QCOMPARE(result.rows.size(), size_t(1));
        const SessionRecord &r = result.rows.front();
        QCOMPARE(r.id, QStringLiteral("d93ba3c3-2482-4b0d-8b99-42a20e68e11e"));
        QCOMPARE(r.status, SessionStatus::Completed);
        QCOMPARE(r.backendStatus, QStringLiteral("COMPLETED"));
        QCOMPARE(r.startedMs, ms("2023-07-10T14:00:00.000Z"));
        QCOMPARE(r.endedMs, ms("2023-07-10T15:30:00.000Z"));
        const CenturyDetail &d = detail(r);
        QCOMPARE(d.userId, QStringLiteral("2716be03-cec0-4027-a373-46b53fb6a08d"));
        QCOMPARE(d.username, QStringLiteral("john_doe"));
        QCOMPARE(d.externalId, QStringLiteral("External_ID_123"));
        QCOMPARE(d.fullName, QStringLiteral("John Doe"));
        QCOMPARE(d.firstName, QStringLiteral("John"));
        QCOMPARE(d.lastName, QStringLiteral("Doe"));
        QVERIFY(d.middleName.isEmpty());
        QVERIFY(d.upn.isEmpty());
        QCOMPARE(d.emails, QStringList{QStringLiteral("john.doe@email.com")});
        QCOMPARE(d.gender, Gender::Male);
        QVERIFY(d.genderRaw.isEmpty());
        QCOMPARE(d.dateOfBirthMs, kNoTime);
        QCOMPARE(d.testId, QStringLiteral("c5a77fda-7174-446f-a4f5-0f47ccbf15ce"));
        QCOMPARE(d.testVersionId, QStringLiteral("33ea5957-9320-4300-998d-c8fba3646aaa"));
        QCOMPARE(d.testName, QStringLiteral("English Smart Initial Assessment"));
        QCOMPARE(d.subject, QStringLiteral("English"));
        QCOMPARE(d.resultCreatedMs, ms("2023-07-10T15:30:00.000Z"));
        QCOMPARE(d.level, QStringLiteral("L1 - Lower"));
        QCOMPARE(d.durationRaw, QStringLiteral("PT1H30M"));
        QCOMPARE(d.durationSeconds, qint64(5400));
        QCOMPARE(result.total, std::optional<qint64>(100));
        QCOMPARE(result.nextToken, QStringLiteral("eyJsaW1pdCI6MiwibGVmdDpbWyJlbmREYXRlIiwiZGVzYyJdXX0="));
        QVERIFY(result.previousToken.isEmpty());
        QVERIFY(result.error.isEmpty());
    }

    void inProgressFixture()
    {
        REQUIRE_API_FIXTURES();
        const SessionPage result = century::parsePage(apifixture::read(QStringLiteral("century-in-progress-page.json")));
        QVERIFY(result.ok);
        QCOMPARE(result.rows.size(), size_t(1));
        const SessionRecord &r = result.rows.front();
        QCOMPARE(r.status, SessionStatus::Live);
        QCOMPARE(r.backendStatus, QStringLiteral("IN_PROGRESS"));
        QCOMPARE(r.startedMs, ms("2023-07-10T14:00:00.000Z"));
        QCOMPARE(r.endedMs, kNoTime);
        const CenturyDetail &d = detail(r);
        QCOMPARE(d.userId, QStringLiteral("68f06c66-702a-4c26-b8c5-b6dc4f81f25d"));
        QCOMPARE(d.dateOfBirthMs, iso8601::parseDateMs(std::string_view("2010-07-01")).value());
        QCOMPARE(d.testVersionId, QStringLiteral("38444333-7450-49d5-922d-eb16a8f30589"));
        QCOMPARE(d.resultCreatedMs, kNoTime);
        QVERIFY(d.level.isEmpty());
        QCOMPARE(d.durationSeconds, kNoTime);
        QCOMPARE(result.total, std::optional<qint64>(300));
        const QString cursor = QStringLiteral("eyJsaW1pdCI6MSxiZWZvcmU6IiIsc29ydDpbWyJlbmREYXRlIiwiZGVzYyJdXX0=");
        QCOMPARE(result.nextToken, cursor);
        QCOMPARE(result.previousToken, cursor);
    }

    void nestedDataFixture()
    {
        REQUIRE_API_FIXTURES();
        const SessionPage result = century::parsePage(apifixture::read(QStringLiteral("century-search-nested-data.json")));
        QVERIFY(result.ok);
        QCOMPARE(result.rows.size(), size_t(1));
        QCOMPARE(result.rows.front().id, QStringLiteral("d93ba3c3-2482-4b0d-8b99-42a20e68e11e"));
        QCOMPARE(detail(result.rows.front()).level, QStringLiteral("L1 - Lower"));
        QCOMPARE(result.total, std::optional<qint64>(1));
        QVERIFY(result.nextToken.isEmpty()); // nextCursor null: the end
    }

    void nestedDataKeepsIndexesAcrossInnerArrays()
    {
        const QByteArray body = j("{'data':[[") + session(j("'a'")) + "," + session(j("'b'"), j("{'userId':'u'}"))
            + "],[" + session(j("'c'")) + "]]}";
        const SessionPage result = century::parsePage(body);
        QVERIFY(result.ok);
        QCOMPARE(result.rows.size(), size_t(2));
        QCOMPARE(result.malformed.size(), size_t(1));
        QCOMPARE(result.malformed.front().index, 1);
        QCOMPARE(result.malformed.front().id, QStringLiteral("b"));
        QCOMPARE(result.rows[1].id, QStringLiteral("c"));
    }

    void statusMapping()
    {
        QCOMPARE(century::mapStatus(u"IN_PROGRESS"), SessionStatus::Live);
        QCOMPARE(century::mapStatus(u"COMPLETED"), SessionStatus::Completed);
        QCOMPARE(century::mapStatus(u"completed"), SessionStatus::Unknown);
        QCOMPARE(century::mapStatus(u""), SessionStatus::Unknown);
    }

    void unknownStatusIsKeptRaw()
    {
        QByteArray row = session(j("'s1'"));
        row.replace("IN_PROGRESS", "PAUSED");
        const SessionPage result = century::parsePage(page(row));
        QVERIFY(result.ok);
        QCOMPARE(result.rows.front().status, SessionStatus::Unknown);
        QCOMPARE(result.rows.front().backendStatus, QStringLiteral("PAUSED"));
    }

    void absentStatusIsDerivedFromEndDate()
    {
        QByteArray live = session(j("'live'"));
        live.replace(j("'status':'IN_PROGRESS',"), "");
        QByteArray done = session(j("'done'"), {}, j(",'endDate':'2023-09-01T09:00:00Z'"));
        done.replace(j("'status':'IN_PROGRESS',"), "");
        const SessionPage result = century::parsePage(page(live + "," + done));
        QVERIFY(result.ok);
        QCOMPARE(result.rows.size(), size_t(2));
        QCOMPARE(result.rows[0].status, SessionStatus::Live);
        QCOMPARE(result.rows[1].status, SessionStatus::Completed);
        QVERIFY(result.rows[1].backendStatus.isEmpty());
    }

    void idsAsNumbers()
    {
        const SessionPage result = century::parsePage(
            page(session("12345", j("{'userId':9007199254740993,'username':'p','fullName':'f','firstName':'f','lastName':'l','externalId':42}"))));
        QVERIFY(result.ok);
        QCOMPARE(result.rows.size(), size_t(1));
        QCOMPARE(result.rows.front().id, QStringLiteral("12345"));
        QCOMPARE(detail(result.rows.front()).userId, QStringLiteral("9007199254740993"));
        QCOMPARE(detail(result.rows.front()).externalId, QStringLiteral("42"));
    }

    void missingRequiredFieldMakesOneRowMalformed_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("reasonPart");
        QByteArray noStart = session(j("'bad'"));
        noStart.replace(j("'startDate':'2023-09-01T08:00:00Z',"), "");
        QTest::newRow("startDate") << noStart << QStringLiteral("startDate");
        QByteArray badStart = session(j("'bad'"));
        badStart.replace("2023-09-01T08:00:00Z", "next Tuesday");
        QTest::newRow("bad startDate") << badStart << QStringLiteral("startDate");
        QTest::newRow("lastName") << session(j("'bad'"), j("{'userId':'u','username':'p','fullName':'f','firstName':'f'}"))
                                  << QStringLiteral("user.lastName");
        QTest::newRow("userId null") << session(j("'bad'"), j("{'userId':null,'username':'p','fullName':'f','firstName':'f','lastName':'l'}"))
                                     << QStringLiteral("user.userId");
        QTest::newRow("user not object") << session(j("'bad'"), j("'john'")) << QStringLiteral("user");
        QTest::newRow("id float") << session("1.5") << QStringLiteral("sessionId");
        QByteArray noTest = session(j("'bad'"));
        noTest.replace(j("'testId':'t-1',"), "");
        QTest::newRow("testId") << noTest << QStringLiteral("test.testId");
        QTest::newRow("endDate garbage") << session(j("'bad'"), {}, j(",'endDate':'soon'")) << QStringLiteral("endDate");
        QTest::newRow("dateOfBirth garbage")
            << session(j("'bad'"), j("{'userId':'u','username':'p','fullName':'f','firstName':'f','lastName':'l','dateOfBirth':'2010-02-30'}"))
            << QStringLiteral("dateOfBirth");
    }
    void missingRequiredFieldMakesOneRowMalformed()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, reasonPart);
        const SessionPage result = century::parsePage(page(session(j("'first'")) + "," + row + "," + session(j("'last'"))));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows.size(), size_t(2));
        QCOMPARE(result.rows[0].id, QStringLiteral("first"));
        QCOMPARE(result.rows[1].id, QStringLiteral("last"));
        QCOMPARE(result.malformed.size(), size_t(1));
        QCOMPARE(result.malformed.front().index, 1);
        QVERIFY2(result.malformed.front().reason.contains(reasonPart), qPrintable(result.malformed.front().reason));
        if (QTest::currentDataTag() != QByteArray("id float"))
            QCOMPARE(result.malformed.front().id, QStringLiteral("bad"));
    }

    void rowThatIsNotAnObject()
    {
        const SessionPage result = century::parsePage(page(session(j("'a'")) + j(",42,'x',null")));
        QVERIFY(result.ok);
        QCOMPARE(result.rows.size(), size_t(1));
        QCOMPARE(result.malformed.size(), size_t(3));
        QCOMPARE(result.malformed[2].index, 3);
    }

    void optionalNullsAndUnknownFields()
    {
        const SessionPage result = century::parsePage(page(session(
            j("'s'"),
            j("{'userId':'u','username':'p','fullName':'f','firstName':'f','lastName':'l','middleName':null,'upn':null,'externalId':null,'emails':null,'gender':null,'dateOfBirth':null,'shoeSize':44,'pets':[{'cat':true}]}"),
            j(",'endDate':null,'result':null,'newField':{'deep':[1,2,3]},'anotherOne':'x'"))));
        QVERIFY(result.ok);
        QCOMPARE(result.rows.size(), size_t(1));
        const SessionRecord &r = result.rows.front();
        QCOMPARE(r.endedMs, kNoTime);
        QCOMPARE(detail(r).gender, Gender::Unknown);
        QVERIFY(detail(r).emails.isEmpty());
        QVERIFY(detail(r).middleName.isEmpty());
    }

    void optionalFieldOfWrongTypeIsIgnored()
    {
        const SessionPage result = century::parsePage(page(session(
            j("'s'"),
            j("{'userId':'u','username':'p','fullName':'f','firstName':'f','lastName':'l','middleName':7,'emails':['a@b.c',5,'d@e.f'],'gender':1}"),
            j(",'result':{'level':['L2'],'duration':'P1M','createdDate':null}"))));
        QVERIFY(result.ok);
        QCOMPARE(result.rows.size(), size_t(1));
        const CenturyDetail &d = detail(result.rows.front());
        QVERIFY(d.middleName.isEmpty());
        QCOMPARE(d.emails, (QStringList{QStringLiteral("a@b.c"), QStringLiteral("d@e.f")}));
        QVERIFY(d.level.isEmpty());
        QCOMPARE(d.durationRaw, QStringLiteral("P1M")); // kept as sent, not convertible
        QCOMPARE(d.durationSeconds, kNoTime);
    }

    void genders()
    {
        auto genderOf = [](const char *value) {
            const QByteArray user = j("{'userId':'u','username':'p','fullName':'f','firstName':'f','lastName':'l','gender':'")
                + QByteArray(value) + j("'}");
            const SessionPage result = century::parsePage(page(session(j("'s'"), user)));
            return std::make_pair(detail(result.rows.at(0)).gender, detail(result.rows.at(0)).genderRaw);
        };
        QCOMPARE(genderOf("female").first, Gender::Female);
        QCOMPARE(genderOf("other").first, Gender::Other);
        QCOMPARE(genderOf("unknown").first, Gender::Unknown);
        QVERIFY(genderOf("unknown").second.isEmpty());
        QCOMPARE(genderOf("non-binary").first, Gender::Unknown);
        QCOMPARE(genderOf("non-binary").second, QStringLiteral("non-binary"));
    }

    void unicodeNamesAndEscapes()
    {
        struct Case { QByteArray json; QString expected; };
        const QList<Case> cases{
            {"Gwenllïan Ŵyn", QStringLiteral("Gwenllïan Ŵyn")},
            {"Łucja Żółć-Gęś", QStringLiteral("Łucja Żółć-Gęś")},
            {"Nguyễn Thị Ánh Tuyết", QStringLiteral("Nguyễn Thị Ánh Tuyết")},
            {"فاطمة الزهراء", QStringLiteral("فاطمة الزهراء")},
            {j("\\u0141ucja \\u0175"), QStringLiteral("Łucja ŵ")},
            {j("smile \\ud83d\\ude00"), QStringLiteral("smile 😀")},
            {j("O\\'Brien\\nJr\\t\\\\ \\/"), QStringLiteral("O\"Brien\nJr\t\\ /")},
        };
        for (const Case &c : cases) {
            const QByteArray user = j("{'userId':'u','username':'p','fullName':'") + c.json
                + j("','firstName':'f','lastName':'l'}");
            const SessionPage result = century::parsePage(page(session(j("'s'"), user)));
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(detail(result.rows.at(0)).fullName, c.expected);
        }
    }

    void wholeBodyFailures_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("   \n");
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("scalar") << QByteArray("42");
        QTest::newRow("string") << QByteArray(j("'data'"));
        QTest::newRow("root array") << QByteArray("[]");
        QTest::newRow("no data") << QByteArray(j("{'pagination':{'total':0}}"));
        QTest::newRow("data object") << QByteArray(j("{'data':{'sessionId':'x'}}"));
        QTest::newRow("data null") << QByteArray(j("{'data':null}"));
        QTest::newRow("unclosed string") << QByteArray(j("{'data':[{'sessionId':'x"));
        QTest::newRow("bad utf8") << QByteArray("{\"data\":[{\"sessionId\":\"\xff\xfe\"}]}");
        QTest::newRow("bad escape") << QByteArray(j("{'data':[{'sessionId':'\\q'}]}"));
        QTest::newRow("nul byte") << QByteArray("{\"data\":[]\0}", 12);
        QTest::newRow("missing comma") << QByteArray(j("{'data':[{'a':1} {'b':2}]}"));
    }
    void wholeBodyFailures()
    {
        QFETCH(QByteArray, body);
        const SessionPage result = century::parsePage(body);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.rows.empty());
    }

    void errorBodyIsQuoted()
    {
        const SessionPage result = century::parsePage(j("{'statusCode':401,'message':'Invalid API key'}"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("Invalid API key")), qPrintable(result.error));
    }

    void everyTruncationIsRejectedWithoutCrashing()
    {
        REQUIRE_API_FIXTURES();
        const QByteArray full = apifixture::read(QStringLiteral("century-completed-page.json")).trimmed();
        for (qsizetype n = 0; n < full.size(); ++n) {
            const SessionPage result = century::parsePage(QByteArrayView(full.constData(), n));
            QVERIFY2(!result.ok, qPrintable(QStringLiteral("prefix of %1 bytes accepted").arg(n)));
        }
        QVERIFY(century::parsePage(full).ok);
    }

    void deepNestingDoesNotCrash()
    {
        const int depth = 200000;
        const QByteArray bomb = QByteArray(depth, '[') + QByteArray(depth, ']');
        // In an ignored field, inside data, and as the whole body: no crash, no hang.
        const SessionPage ignored = century::parsePage(page(session(j("'s'"), {}, j(",'x':") + bomb)));
        // On-Demand skips what we do not read without recursing: the row survives.
        QVERIFY2(ignored.ok, qPrintable(ignored.error));
        QCOMPARE(ignored.rows.size(), size_t(1));
        const SessionPage inData = century::parsePage(QByteArray(j("{'data':") + bomb + "}"));
        QVERIFY(inData.rows.empty());
        QVERIFY(!century::parsePage(bomb).ok);
        const QByteArray objects = QByteArray(depth / 2, '{').replace("{", j("{'a':")) + "1" + QByteArray(depth / 2, '}');
        QVERIFY(!century::parsePage(objects).ok);
        QVERIFY(!century::parsePage(QByteArray(depth, '[')).ok); // never closed
    }

    void hugeStringIsKept()
    {
        const QByteArray name(8 * 1024 * 1024, 'x');
        const QByteArray user = j("{'userId':'u','username':'p','fullName':'") + name + j("','firstName':'f','lastName':'l'}");
        const SessionPage result = century::parsePage(page(session(j("'s'"), user)));
        QVERIFY(result.ok);
        QCOMPARE(detail(result.rows.at(0)).fullName.size(), name.size());
        // A body above the per-thread keep limit releases its buffers and still parses.
        const QByteArray bigger(20 * 1024 * 1024, 'y');
        const QByteArray bigUser = j("{'userId':'u','username':'p','fullName':'") + bigger + j("','firstName':'f','lastName':'l'}");
        QVERIFY(century::parsePage(page(session(j("'s'"), bigUser))).ok);
        QVERIFY(century::parsePage(page(session(j("'t'")))).ok);
    }

    void manyRowsAndSharedValues()
    {
        QByteArray rows;
        for (int i = 0; i < 5000; ++i)
            rows += (i ? "," : "") + session("\"s" + QByteArray::number(i) + "\"");
        const SessionPage result = century::parsePage(page(rows));
        QVERIFY(result.ok);
        QCOMPARE(result.rows.size(), size_t(5000));
        QCOMPARE(result.rows[4999].id, QStringLiteral("s4999"));
        // Repeated values are one shared string, not 5000 copies.
        QVERIFY(detail(result.rows[0]).testName.isSharedWith(detail(result.rows[4999]).testName));
    }

    void parsesConcurrently()
    {
        REQUIRE_API_FIXTURES();
        const QByteArray body = apifixture::read(QStringLiteral("century-completed-page.json"));
        std::atomic<int> good{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 200; ++i) {
                    const SessionPage result = century::parsePage(body);
                    if (result.ok && result.rows.size() == 1 && detail(result.rows[0]).level == QLatin1String("L1 - Lower"))
                        ++good;
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(good.load(), 800);
    }

    void offsetsAreApplied()
    {
        QByteArray row = session(j("'s'"), {}, j(",'endDate':'2023-09-01T10:00:00+01:00'"));
        const SessionPage result = century::parsePage(page(row));
        QVERIFY(result.ok);
        QCOMPARE(result.rows.front().endedMs, ms("2023-09-01T09:00:00Z"));
    }

    void randomMutationsNeverCrash()
    {
        // Flip, drop and duplicate bytes of the published bodies: any outcome is fine except a
        // crash, a hang or an ok page whose rows lost their ids.
        REQUIRE_API_FIXTURES();
        QRandomGenerator random(4);
        for (const QString &name : apifixture::names(QStringLiteral("century-"))) {
            const QByteArray original = apifixture::read(name);
            for (int i = 0; i < 3000; ++i) {
                const QByteArray body = apifixture::mutated(original, random);
                const auto result = century::parsePage(body);
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

QTEST_GUILESS_MAIN(TestCenturyPageParser)
#include "tst_centurypageparser.moc"
