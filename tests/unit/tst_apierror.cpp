#include "net/apierror.h"

#include <QTest>

using Kind = ApiError::Kind;

class TestApiError final : public QObject
{
    Q_OBJECT

private slots:
    void kindForHttpStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("400") << 400 << Kind::Client;
        QTest::newRow("401") << 401 << Kind::Auth;
        QTest::newRow("403") << 403 << Kind::Forbidden;
        QTest::newRow("404") << 404 << Kind::NotFound;
        QTest::newRow("409") << 409 << Kind::Client;
        QTest::newRow("429") << 429 << Kind::RateLimited;
        QTest::newRow("500") << 500 << Kind::Server;
        QTest::newRow("503") << 503 << Kind::Server;
        QTest::newRow("599") << 599 << Kind::Server;
        QTest::newRow("302") << 302 << Kind::BadResponse;
        QTest::newRow("600") << 600 << Kind::BadResponse;
        QTest::newRow("0") << 0 << Kind::BadResponse;
    }
    void kindForHttpStatus()
    {
        QFETCH(int, status);
        QFETCH(Kind, kind);
        QCOMPARE(ApiError::kindForHttpStatus(status), kind);
    }

    void everyKindHasASentenceAndAName()
    {
        for (int k = int(Kind::Auth); k <= int(Kind::Cancelled); ++k) {
            const ApiError error(Kind(k), QStringLiteral("detail"));
            QVERIFY(error.isError());
            QVERIFY2(error.userMessage().endsWith(QLatin1Char('.')), qPrintable(error.userMessage()));
            QVERIFY(!ApiError::kindName(Kind(k)).isEmpty());
            QCOMPARE(error.technicalDetail(), QStringLiteral("detail"));
        }
        const ApiError none;
        QVERIFY(!none.isError());
        QVERIFY(none.userMessage().isEmpty());
    }

    void messagesTeachersCanActOn()
    {
        QCOMPARE(ApiError(Kind::Auth, {}).userMessage(),
                 QStringLiteral("The API key was rejected — check it in Connections."));
        QCOMPARE(ApiError(Kind::Forbidden, {}).userMessage(),
                 QStringLiteral("This key does not have permission to read these sessions."));
        QCOMPARE(ApiError(Kind::Timeout, {}).userMessage(), QStringLiteral("The server did not answer in time."));
        ApiError limited(Kind::RateLimited, {}, 429);
        QVERIFY(limited.userMessage().contains(QLatin1String("a minute")));
        limited.setRetryAfter(std::chrono::seconds(40));
        QCOMPARE(limited.userMessage(), QStringLiteral("The service is busy (rate limited). Try again in 40 s."));
        QCOMPARE(limited.httpStatus(), 429);
    }

    void badResponseWithOwnMessage()
    {
        const ApiError error = ApiError::badResponse(QStringLiteral("The server repeated a page."),
                                                     QStringLiteral("cursor abc seen twice"));
        QCOMPARE(error.kind(), Kind::BadResponse);
        QCOMPARE(error.userMessage(), QStringLiteral("The server repeated a page."));
        QCOMPARE(error.technicalDetail(), QStringLiteral("cursor abc seen twice"));
    }

    void serverMessage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("century") << QByteArray(R"({"message":"Invalid API key"})") << QStringLiteral("Invalid API key");
        QTest::newRow("mobile next") << QByteArray(R"({"error":{"code":"not_found","message":"Session not found"}})")
                                     << QStringLiteral("not_found: Session not found");
        QTest::newRow("error string") << QByteArray(R"({"error":"bad limit"})") << QStringLiteral("bad limit");
        QTest::newRow("code only") << QByteArray(R"({"error":{"code":"rate_limited"}})") << QStringLiteral("rate_limited");
        QTest::newRow("control chars") << QByteArray("{\"message\":\"line1\\nFAKE LOG\\u0007\\u202e end\"}")
                                       << QStringLiteral("line1 FAKE LOG end");
        QTest::newRow("not json") << QByteArray("<html>oops</html>") << QString();
        QTest::newRow("array") << QByteArray("[1,2]") << QString();
        QTest::newRow("number message") << QByteArray(R"({"message":5})") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void serverMessage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(ApiError::serverMessage(body), expected);
    }

    void serverMessageIsTruncated()
    {
        const QByteArray body = "{\"message\":\"" + QByteArray(5000, 'x') + "\"}";
        const QString message = ApiError::serverMessage(body);
        QVERIFY(message.size() <= 201);
        QVERIFY(message.endsWith(QChar(0x2026)));
    }

    void redactedMasksTheSecretEverywhere()
    {
        const QByteArray secret = "CANARY-key-123";
        ApiError error = ApiError::badResponse(QStringLiteral("you sent canary-KEY-123"),
                                               QStringLiteral("server says \"bad key CANARY-key-123\""));
        error = error.redacted(secret);
        QVERIFY(!error.userMessage().contains(QLatin1String("123"), Qt::CaseInsensitive));
        QVERIFY(!error.technicalDetail().contains(QLatin1String("CANARY"), Qt::CaseInsensitive));
        QVERIFY(error.technicalDetail().contains(QLatin1String("[redacted]")));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
