// Runs the real binary as `sessionscope export` against an in-process demo server: the file
// and the exit code of each outcome (0 written, 2 bad usage, 3 the API could not give a
// complete answer, 4 a local I/O error), standard output as the target, SIGTERM and SIGKILL
// mid-export leaving no partial file, and the key never printed anywhere.
#include "exporttestkit.h"
#include "processwait.h"

#include "demo/demokeys.h"
#include "demo/demoserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

namespace {

constexpr char kKeyVar[] = "SESSIONSCOPE_TEST_KEY";

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QVERIFY(writeFileBytes(path, bytes));
}

} // namespace

class TestExportCommand final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DemoServer> m_server;

    static std::unique_ptr<DemoServer> startServer(const QString &faults = {})
    {
        return startStillDemoServer(1200, faults);
    }

    static QStringList centuryArgs(const DemoServer &server, const QString &output)
    {
        return {QStringLiteral("export"),      QStringLiteral("--backend"),     QStringLiteral("century"),
                QStringLiteral("--base-url"),  server.baseUrl(Backend::Century).toString(),
                QStringLiteral("--api-key-env"), QLatin1String(kKeyVar), QStringLiteral("-o"), output};
    }

    static void start(QProcess &process, const QStringList &args, const QByteArray &key = demokeys::kCenturyKey)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kKeyVar), QString::fromLatin1(key));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SESSIONSCOPE_BINARY_PATH), args);
    }

    static Run run(const QStringList &args, const QByteArray &key = demokeys::kCenturyKey)
    {
        QProcess process;
        start(process, args, key);
        Run r;
        if (!waitForExit(process, 30'000)) {
            process.kill();
            waitForExit(process, 5000);
            return r;
        }
        r.exitCode = process.exitCode();
        r.status = process.exitStatus();
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = startServer();
    }

    void writesEveryMatchingSession()
    {
        const QString target = path(QStringLiteral("all.csv"));
        const Run r = run(centuryArgs(*m_server, target));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QStringList> rows = readCsvText(QString::fromUtf8(readFileBytes(target)));
        QVERIFY(rows.size() > 1000);
        QVERIFY(r.err.contains(QByteArray(QByteArray::number(rows.size() - 1) + " rows")));
        QVERIFY(r.err.contains(target.toUtf8()));
        QCOMPARE(r.out, QByteArray()); // stdout stays free for `-o -`
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QVERIFY(!readFileBytes(target).contains(demokeys::kCenturyKey));
    }

    void standardOutputAsTarget()
    {
        QStringList args = centuryArgs(*m_server, QStringLiteral("-"));
        args << QStringLiteral("--columns") << QStringLiteral("id,pupil,level") << QStringLiteral("--scope")
             << QStringLiteral("completed");
        const Run r = run(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QStringList> rows = readCsvText(QString::fromUtf8(r.out));
        QVERIFY(rows.size() > 100);
        QCOMPARE(rows.first(), QStringList({QStringLiteral("Session id"), QStringLiteral("Pupil"), QStringLiteral("Level")}));
        QSet<QString> ids;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QVERIFY(!rows.at(i).at(2).isEmpty()); // completed sessions have a level
            ids.insert(rows.at(i).at(0));
        }
        QCOMPARE(ids.size(), rows.size() - 1);
    }

    void listColumnsMarksPersonalOnes()
    {
        const Run r = run({QStringLiteral("export"), QStringLiteral("--list-columns"), QStringLiteral("--backend"),
                           QStringLiteral("century")});
        QCOMPARE(r.exitCode, 0);
        bool sawUpn = false;
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.startsWith("upn ")) {
                sawUpn = true;
                QVERIFY(line.contains("[personal]"));
            }
        }
        QVERIFY(sawUpn);
        QVERIFY(r.out.contains("date_of_birth"));
    }

    void badUsageIsExitTwo_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QByteArray("frobnicate");
        QTest::newRow("api key argument") << QStringList{QStringLiteral("--api-key"), QStringLiteral("canary-argv-5678")}
                                          << QByteArray("--api-key-env");
        QTest::newRow("api key equals") << QStringList{QStringLiteral("--api-key=canary-argv-5678")}
                                        << QByteArray("environment variable");
        QTest::newRow("profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("school")}
                                 << QByteArray("no saved profile named 'school'");
        QTest::newRow("view") << QStringList{QStringLiteral("--view"), QStringLiteral("year 9")}
                              << QByteArray("no saved view named 'year 9'");
        QTest::newRow("unknown column") << QStringList{QStringLiteral("--columns"), QStringLiteral("id,shoe_size")}
                                        << QByteArray("shoe_size");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--start-after"), QStringLiteral("yesterday")}
                                  << QByteArray("--start-after");
    }

    void badUsageIsExitTwo()
    {
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, says);
        const QString target = path(QStringLiteral("usage.csv"));
        const Run r = run(centuryArgs(*m_server, target) + extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one line
        QVERIFY(!r.err.contains("canary"));
        QVERIFY(!QFile::exists(target));
    }

    void rejectedKeyIsExitThreeAndNeverPrinted()
    {
        const QString target = path(QStringLiteral("rejected.csv"));
        const QByteArray canary = "canary-env-key-91735";
        const Run r = run(centuryArgs(*m_server, target), canary);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!r.err.contains(canary));
        QVERIFY(!r.out.contains(canary));
        QVERIFY(!QFile::exists(target));

        const Run readOnly = run(centuryArgs(*m_server, target), demokeys::kCenturyReadOnlyKey);
        QCOMPARE(readOnly.exitCode, 3);
        QVERIFY(!readOnly.err.contains(demokeys::kCenturyReadOnlyKey));
    }

    void unwritablePathIsExitFour()
    {
        const QString file = path(QStringLiteral("a-file"));
        writeFile(file, "x");
        const Run r = run(centuryArgs(*m_server, file + QStringLiteral("/out.csv")));
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.err.count('\n'), 1);
    }

    void apiFaultsAreExitThree()
    {
        auto looping = startServer(QStringLiteral("cursor-loop"));
        const QString target = path(QStringLiteral("loop.csv"));
        writeFile(target, "old\n");
        const Run r = run(centuryArgs(*looping, target));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("same page position twice"));
        QCOMPARE(readFileBytes(target), QByteArray("old\n"));

        auto broken = startServer(QStringLiteral("malformed-rate=1"));
        const Run malformed = run(centuryArgs(*broken, target));
        QCOMPARE(malformed.exitCode, 3);
        QCOMPARE(readFileBytes(target), QByteArray("old\n"));
    }

    void killedMidExportLeavesNoPartialFile_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addColumn<int>("expectedExit");
        QTest::newRow("SIGTERM") << int(SIGTERM) << 1;
        QTest::newRow("SIGKILL") << int(SIGKILL) << -1;
    }

    void killedMidExportLeavesNoPartialFile()
    {
        QFETCH(int, signalNumber);
        QFETCH(int, expectedExit);
        auto slow = startServer(QStringLiteral("latency=100"));
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("report.csv"));
        writeFile(target, "yesterday's report\n");
        QProcess process;
        start(process, centuryArgs(*slow, target));
        // Pages of 100 at 100 ms each: after five requests the export is under way, far from done.
        QTRY_VERIFY_WITH_TIMEOUT(slow->requestCount() >= 5, 15'000);
        ::kill(pid_t(process.processId()), signalNumber);
        QVERIFY(waitForExit(process, 10'000));
        if (expectedExit >= 0) {
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), expectedExit);
            QVERIFY(process.readAllStandardError().contains("nothing was written"));
        } else {
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        }
        QCOMPARE(readFileBytes(target), QByteArray("yesterday's report\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.csv")});
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
