// "Copy as curl" (sources/curlcommand.h) and the one-session requests it is made from
// (sources/singlesessionrequest.h). Commands are checked by running them through /bin/sh with
// `curl` replaced by a function that prints its arguments, so the quoting is proved by a
// real shell rather than by reading strings.
#include "processwait.h"

#include "sources/curlcommand.h"
#include "sources/sessionsource.h"
#include "sources/singlesessionrequest.h"

#include <QProcess>
#include <QTest>
#include <QUrlQuery>

namespace {

// A value for the key variable in the shell: clearly not a key, and easy to find.
constexpr char kStandIn[] = "stand-in-value";

SessionRecord centuryRecord()
{
    SessionRecord r;
    r.id = QStringLiteral("d93ba3c3-2482-4b0d-8b99-42a20e68e11e");
    r.startedMs = 1689000000000; // 2023-07-10T14:40:00Z
    CenturyDetail d;
    d.userId = QStringLiteral("2716be03-cec0-4027-a373-46b53fb6a08d");
    d.testId = QStringLiteral("c5a77fda-7174-446f-a4f5-0f47ccbf15ce");
    r.detail = d;
    return r;
}

SessionRecord treasureRecord(const QString &id)
{
    SessionRecord r;
    r.id = id;
    r.detail = TreasureDetail{};
    return r;
}

SessionRecord mobileNextRecord(const QString &organization)
{
    SessionRecord r;
    r.id = QStringLiteral("0b6f3d2e-7c1a-4e55-9a57-3c8f2f0d9e11");
    MobileNextDetail d;
    d.organizationId = organization;
    r.detail = d;
    return r;
}

} // namespace

class TestCurlCommand final : public QObject
{
    Q_OBJECT

    // The words the shell hands to `curl` when it runs `command` with the key variable set.
    QStringList argumentsOf(const QString &command, Backend backend)
    {
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(curlKeyVariable(backend), QString::fromLatin1(kStandIn));
        shell.setProcessEnvironment(env);
        const QString script = QStringLiteral("curl() { for a in \"$@\"; do printf '%s\\n' \"$a\"; done; }\n")
            + command + QLatin1Char('\n');
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        if (!waitForExit(shell, 10'000)) {
            shell.kill();
            return {QStringLiteral("<timeout>")};
        }
        QStringList words = QString::fromUtf8(shell.readAllStandardOutput()).split(QLatin1Char('\n'));
        if (!words.isEmpty() && words.last().isEmpty())
            words.removeLast();
        return words;
    }

private slots:
    void shellQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("'abc'");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
        QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
        QTest::newRow("dollar stays literal") << QStringLiteral("$HOME") << QStringLiteral("'$HOME'");
    }

    void shellQuoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QCOMPARE(shellQuoted(text), quoted);
    }

    void hostileTextSurvivesTheShell()
    {
        const QString nasty = QStringLiteral("a'b\"c $(echo x) `echo y` \\ ! * ; \n d");
        PageRequest request{"GET", QUrl(QStringLiteral("https://api-workflow.treasuredata.com/api/sessions/1")), {},
                            {{"X-Note", nasty.toUtf8()}}};
        auto source = makeSessionSource(Backend::Treasure, QUrl(QStringLiteral("https://api-workflow.treasuredata.com")));
        const QStringList args = argumentsOf(curlCommand(request, *source), Backend::Treasure);
        // The note holds a line break, which this test's line-per-argument output splits.
        QVERIFY2(args.join(QLatin1Char('\n')).contains(QStringLiteral("X-Note: ") + nasty), qPrintable(args.join(u'|')));
    }

    void treasureSession()
    {
        const QUrl base(QStringLiteral("https://api-workflow.treasuredata.com"));
        auto source = makeSessionSource(Backend::Treasure, base);
        const auto request = singleSessionRequest(*source, treasureRecord(QStringLiteral("123456")));
        QVERIFY(request);
        QVERIFY(request->exact);
        const QString command = curlCommand(request->request, *source);
        QVERIFY2(command.contains(QStringLiteral("--header \"Authorization: TD1 $TD_API_KEY\"")), qPrintable(command));
        QVERIFY(!command.contains(QLatin1Char('\x01')));
        QCOMPARE(argumentsOf(command, Backend::Treasure),
                 (QStringList{QStringLiteral("--globoff"), QStringLiteral("--silent"), QStringLiteral("--show-error"),
                              QStringLiteral("--header"), QStringLiteral("Authorization: TD1 ") + QLatin1String(kStandIn),
                              QStringLiteral("https://api-workflow.treasuredata.com/api/sessions/123456")}));
    }

    void mobileNextSessionCarriesItsOrganization()
    {
        auto source = makeSessionSource(Backend::MobileNext, QUrl(QStringLiteral("https://api.mobilenexthq.com")));
        const auto request = singleSessionRequest(*source, mobileNextRecord(QStringLiteral("org_1")));
        QVERIFY(request && request->exact);
        const QStringList args = argumentsOf(curlCommand(request->request, *source), Backend::MobileNext);
        QVERIFY(args.contains(QStringLiteral("Authorization: Bearer ") + QLatin1String(kStandIn)));
        QVERIFY(args.contains(QStringLiteral("X-Organization-Id: org_1")));
        QCOMPARE(args.last(),
                 QStringLiteral("https://api.mobilenexthq.com/api/v1/sessions/0b6f3d2e-7c1a-4e55-9a57-3c8f2f0d9e11"));

        const auto personal = singleSessionRequest(*source, mobileNextRecord(QString()));
        QVERIFY(personal);
        QVERIFY(personal->request.headers.isEmpty());
    }

    void centuryIsAFilteredList()
    {
        auto source = makeSessionSource(Backend::Century, QUrl(QStringLiteral("https://connect.century.tech/api/v1")));
        const SessionRecord record = centuryRecord();
        const auto request = singleSessionRequest(*source, record);
        QVERIFY(request);
        QVERIFY(!request->exact);
        const QStringList args = argumentsOf(curlCommand(request->request, *source), Backend::Century);
        QVERIFY(args.contains(QStringLiteral("--globoff"))); // the brackets in startDate[gte]
        QVERIFY(args.contains(QStringLiteral("x-api-key: ") + QLatin1String(kStandIn)));
        const QUrl url(args.last());
        QCOMPARE(url.path(), QStringLiteral("/api/v1/smart-ia/sessions"));
        const QUrlQuery query(url);
        const auto &d = std::get<CenturyDetail>(record.detail);
        QCOMPARE(query.allQueryItemValues(QStringLiteral("userId")), QStringList{d.userId});
        QCOMPARE(query.allQueryItemValues(QStringLiteral("testId")), QStringList{d.testId});
        // A minute either side of the start.
        QCOMPARE(query.queryItemValue(QStringLiteral("startDate[gte]"), QUrl::FullyDecoded),
                 QStringLiteral("2023-07-10T14:39:00.000Z"));
        QCOMPARE(query.queryItemValue(QStringLiteral("startDate[lte]"), QUrl::FullyDecoded),
                 QStringLiteral("2023-07-10T14:41:00.000Z"));
    }

    void noRequestWithoutIdOrForAnotherBackend()
    {
        auto treasure = makeSessionSource(Backend::Treasure, QUrl(QStringLiteral("https://api-workflow.treasuredata.com")));
        QVERIFY(!singleSessionRequest(*treasure, treasureRecord(QString())));
        QVERIFY(!singleSessionRequest(*treasure, centuryRecord()));
    }

    void userInfoInTheBaseUrlIsNeverCopied()
    {
        auto source = makeSessionSource(Backend::Treasure, QUrl(QStringLiteral("https://me:secret@api.example.com")));
        const auto request = singleSessionRequest(*source, treasureRecord(QStringLiteral("7")));
        QVERIFY(request);
        const QString command = curlCommand(request->request, *source);
        QVERIFY2(!command.contains(QStringLiteral("secret")), qPrintable(command));
        QVERIFY(command.contains(QStringLiteral("'https://api.example.com/api/sessions/7'")));
    }
};

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"
