// Runs the real binary as `sessionscope demo-server`: the one stdout line, a request over
// loopback, a clean exit 0 on SIGTERM and SIGINT, and exit 2 on bad options.
#include "processwait.h"

#include "demohttp.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

class TestDemoCommand final : public QObject
{
    Q_OBJECT

    static QStringList baseArgs()
    {
        return {QStringLiteral("demo-server"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--scale"), QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("3")};
    }

    // Starts the server and returns its port, or 0.
    static quint16 start(QProcess &process, const QStringList &args)
    {
        process.start(QStringLiteral(SESSIONSCOPE_BINARY_PATH), args);
        if (!waitForLine(process, 15000))
            return 0;
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        static const QRegularExpression pattern(
            QStringLiteral("^SessionScope demo server listening on http://127\\.0\\.0\\.1:(\\d+)$"));
        const auto match = pattern.match(line);
        if (!match.hasMatch()) {
            qWarning() << "unexpected line" << line << process.readAllStandardError();
            return 0;
        }
        return quint16(match.captured(1).toUInt());
    }

    void stopWith(int signalNumber)
    {
        QProcess process;
        const quint16 port = start(process, baseArgs());
        QVERIFY(port != 0);

        DemoHttp http;
        const DemoHttpReply reply = http.get(
            QUrl(QStringLiteral("http://127.0.0.1:%1/century/api/v1/smart-ia/sessions?limit=2").arg(port)),
            centuryAuth());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QLatin1String("data")).toArray().size(), 2);

        ::kill(pid_t(process.processId()), signalNumber);
        QVERIFY(waitForExit(process, 10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        // Exactly one line on stdout, already read.
        QCOMPARE(process.readAllStandardOutput(), QByteArray());
    }

    static int exitCodeOf(const QStringList &args, QByteArray *err)
    {
        QProcess process;
        process.start(QStringLiteral(SESSIONSCOPE_BINARY_PATH), args);
        if (!waitForExit(process, 15000)) {
            process.kill();
            waitForExit(process, 5000);
            return -1;
        }
        *err = process.readAllStandardError();
        return process.exitCode();
    }

private slots:
    void servesAndStopsOnSigterm() { stopWith(SIGTERM); }
    void servesAndStopsOnSigint() { stopWith(SIGINT); }

    void badOptionsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString cmd = QStringLiteral("demo-server");
        QTest::newRow("unknown option") << QStringList{cmd, QStringLiteral("--no-such-option")};
        QTest::newRow("remote host") << QStringList{cmd, QStringLiteral("--host"), QStringLiteral("0.0.0.0")};
        QTest::newRow("bad host") << QStringList{cmd, QStringLiteral("--host"), QStringLiteral("not a host")};
        QTest::newRow("bad port") << QStringList{cmd, QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::newRow("bad scale") << QStringList{cmd, QStringLiteral("--scale"), QStringLiteral("zero")};
        QTest::newRow("bad speed") << QStringList{cmd, QStringLiteral("--speed"), QStringLiteral("-1")};
        QTest::newRow("bad rate") << QStringList{cmd, QStringLiteral("--rate-limit"), QStringLiteral("lots")};
        QTest::newRow("bad fault") << QStringList{cmd, QStringLiteral("--faults"), QStringLiteral("gremlins")};
        QTest::newRow("bad shape") << QStringList{cmd, QStringLiteral("--mobilenext-shape"), QStringLiteral("c")};
        QTest::newRow("stray argument") << QStringList{cmd, QStringLiteral("extra")};
    }
    void badOptionsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QByteArray err;
        QCOMPARE(exitCodeOf(args, &err), 2);
        QVERIFY2(!err.isEmpty(), "a message on stderr");
    }

    void helpExitsWithZero()
    {
        QProcess process;
        process.start(QStringLiteral(SESSIONSCOPE_BINARY_PATH), {QStringLiteral("demo-server"), QStringLiteral("--help")});
        QVERIFY(waitForExit(process, 15000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY(out.startsWith("Usage: sessionscope demo-server"));
        for (const char *option : {"--host", "--port", "--seed", "--scale", "--speed", "--rate-limit", "--faults",
                                   "--mobilenext-shape", "--retry-after-date", "--allow-remote"})
            QVERIFY2(out.contains(option), option);
    }

    void allOptionsAccepted()
    {
        QProcess process;
        QStringList args = baseArgs();
        args << QStringLiteral("--host") << QStringLiteral("127.0.0.1") << QStringLiteral("--speed")
             << QStringLiteral("600") << QStringLiteral("--rate-limit") << QStringLiteral("600/min")
             << QStringLiteral("--faults") << QStringLiteral("latency=1,cursor-loop")
             << QStringLiteral("--mobilenext-shape") << QStringLiteral("b") << QStringLiteral("--retry-after-date");
        const quint16 port = start(process, args);
        QVERIFY(port != 0);
        DemoHttp http;
        const DemoHttpReply reply = http.get(
            QUrl(QStringLiteral("http://127.0.0.1:%1/mobilenext/api/v1/sessions?limit=1").arg(port)),
            mobileNextAuth());
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().contains(QLatin1String("sessions"))); // shape B
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(waitForExit(process, 10000));
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoCommand)
#include "tst_democommand.moc"
