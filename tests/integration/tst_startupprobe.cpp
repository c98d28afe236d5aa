// The start-up probe bench_startup times (ui/mainwindow/startupprobe.h), on the real binary:
// with SESSIONSCOPE_BENCH_FIRST_PAINT=window the window's first frame is reported and the
// program ends by itself; with =row and --demo the window is reported first and then a row
// of the demo's sessions; without the variable nothing is printed and the window stays up.
#include "processwait.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestStartupProbe final : public QObject
{
    Q_OBJECT

    // A first run (empty settings of its own), offscreen, with `probe` as the variable's value.
    static void startApp(QProcess &process, const QTemporaryDir &home, const QByteArray &probe,
                         const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("SESSIONSCOPE_BENCH_FIRST_PAINT"));
        if (!probe.isNull())
            env.insert(QStringLiteral("SESSIONSCOPE_BENCH_FIRST_PAINT"), QString::fromLatin1(probe));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SESSIONSCOPE_BINARY_PATH), args);
    }

private slots:
    void windowModeReportsTheFirstFrameAndQuits()
    {
        QTemporaryDir home;
        QProcess process;
        startApp(process, home, "window", {});
        QVERIFY(waitForExit(process, 20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput(), QByteArray("startup: window painted\n"));
    }

    void rowModeReportsTheWindowThenTheFirstRow()
    {
        QTemporaryDir home;
        QProcess process;
        startApp(process, home, "row", {QStringLiteral("--demo")});
        QVERIFY(waitForExit(process, 20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput(),
                 QByteArray("startup: window painted\nstartup: first row painted\n"));
    }

    void withoutTheVariableNothingIsPrintedAndTheWindowStays()
    {
        QTemporaryDir home;
        QProcess process;
        startApp(process, home, QByteArray(), {});
        QVERIFY(!waitForExit(process, 2000)); // still up: nothing told it to quit
        QCOMPARE(process.readAllStandardOutput(), QByteArray());
        process.kill();
        QVERIFY(waitForExit(process, 5000));
    }
};

QTEST_GUILESS_MAIN(TestStartupProbe)
#include "tst_startupprobe.moc"
