// TLS fails closed (issue 11, DESIGN.md section 6): against a local HTTPS server presenting a
// self-signed, an expired or another host's certificate, every request through ApiClient and
// `sessionscope export` fails with a TLS error that names the certificate's problem, and no
// request ever reaches the server. A positive control proves the failures are about the
// certificates: one signed by a test CA that the test trusts is accepted by the same code.
// Certificates and keys are made by `openssl` in a temporary folder for each run.
#include "apiclienttestkit.h"
#include "localhttpsserver.h"
#include "processwait.h"

#include "demo/demokeys.h"
#include "net/apiclient.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace apitestkit;

namespace {

constexpr char kKeyVar[] = "SESSIONSCOPE_TLS_TEST_KEY";
// A small Century page: the positive control's export has one row to write.
constexpr char kCenturyPage[] =
    "{\"data\":[{\"sessionId\":\"5b1c8a52-0000-4000-8000-000000000001\",\"startDate\":\"2026-03-10T09:00:00.000Z\","
    "\"status\":\"COMPLETED\",\"endDate\":\"2026-03-10T09:30:00.000Z\",\"user\":{\"userId\":"
    "\"5b1c8a52-0000-4000-8000-0000000000aa\",\"fullName\":\"Ada Lovelace\"}}],\"pagination\":{\"total\":1}}";

} // namespace

class TestTls final : public QObject
{
    Q_OBJECT

    TestCertificates m_certs;
    QTemporaryDir m_out;

    struct Attempt
    {
        ApiError error;
        bool ok = false;
    };

    static Attempt fetch(const LocalHttpsServer &server)
    {
        ApiClient client(server.url(), ApiAuth{"x-api-key", demokeys::kCenturyKey}, fastLimits());
        ApiReply *reply = client.send(get(server.url(QStringLiteral("/century/api/v1/smart-ia/sessions?limit=1"))));
        Attempt a;
        if (finishedCount(reply, 10'000) != 1)
            return a;
        a.ok = reply->ok();
        a.error = reply->error();
        return a;
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray err;
        bool fileWritten = false;
    };

    Run exportFrom(const LocalHttpsServer &server, const QString &name)
    {
        const QString target = m_out.filePath(name + QStringLiteral(".csv"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kKeyVar), QLatin1String(demokeys::kCenturyKey));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SESSIONSCOPE_BINARY_PATH),
                      {QStringLiteral("export"), QStringLiteral("--backend"), QStringLiteral("century"),
                       QStringLiteral("--base-url"), server.url(QStringLiteral("/century/api/v1")).toString(),
                       QStringLiteral("--api-key-env"), QLatin1String(kKeyVar), QStringLiteral("-o"), target});
        Run r;
        if (!waitForExit(process, 30'000)) {
            process.kill();
            waitForExit(process, 5000);
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        r.err = process.readAllStandardError();
        r.fileWritten = QFile::exists(target);
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(m_out.isValid());
        const QString error = m_certs.make();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!m_certs.authority().isNull());
        // The test CA is trusted in this process, so that each bad certificate below fails for
        // its own problem rather than for an unknown issuer. (The CLI runs never trust it.)
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.addCaCertificate(m_certs.authority());
        QSslConfiguration::setDefaultConfiguration(config);
    }

    void badCertificateFailsClosed_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QStringList>("problemWords"); // any of them names the problem
        QTest::newRow("self-signed") << QStringLiteral("self") << QStringList{QStringLiteral("self signed"),
                                                                               QStringLiteral("self-signed")};
        QTest::newRow("expired") << QStringLiteral("expired") << QStringList{QStringLiteral("expired")};
        QTest::newRow("wrong host") << QStringLiteral("otherhost") << QStringList{QStringLiteral("host name")};
    }
    void badCertificateFailsClosed()
    {
        QFETCH(QString, which);
        QFETCH(QStringList, problemWords);
        const TestCertificate identity = which == QLatin1String("self") ? m_certs.selfSigned()
                                         : which == QLatin1String("expired") ? m_certs.expired()
                                                                               : m_certs.otherHost();
        QVERIFY(identity.isValid());
        LocalHttpsServer server(identity);
        server.setBody(kCenturyPage);
        QVERIFY(server.isListening());

        const Attempt a = fetch(server);
        QVERIFY(!a.ok);
        QVERIFY2(a.error.kind() == ApiError::Kind::Tls, qPrintable(ApiError::kindName(a.error.kind())));
        QCOMPARE(a.error.userMessage(), QStringLiteral("The secure connection to the server could not be verified."));
        const QString detail = a.error.technicalDetail();
        QVERIFY2(std::any_of(problemWords.cbegin(), problemWords.cend(),
                             [&](const QString &w) { return detail.contains(w, Qt::CaseInsensitive); }),
                 qPrintable(detail));
        QVERIFY2(server.requests().isEmpty(), "a request went through an unverified connection");

        // The command line, which never trusts the test CA: exit code 3, a message, no file.
        const Run r = exportFrom(server, which);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("The secure connection to the server could not be verified."), r.err.constData());
        QVERIFY(!r.fileWritten);
        QVERIFY(server.requests().isEmpty());
        QVERIFY(!r.err.contains(demokeys::kCenturyKey));
    }

    void trustedCertificateWorks()
    {
        LocalHttpsServer server(m_certs.good());
        server.setBody(kCenturyPage);
        QVERIFY(server.isListening());
        const Attempt a = fetch(server);
        QVERIFY2(a.ok, qPrintable(a.error.technicalDetail()));
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(server.requests().constFirst().contains(QByteArray(QByteArray("x-api-key: ") + demokeys::kCenturyKey)));

        // The same certificate, from a process that does not trust the test CA: refused.
        const Run r = exportFrom(server, QStringLiteral("untrusted-ca"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("could not be verified"), r.err.constData());
        QCOMPARE(server.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
