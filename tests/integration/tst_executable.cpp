// Runs the real sessionscope binary: the flags that must work without a display.
#include "processwait.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestExecutable final : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No display at all: these paths must not create a QGuiApplication.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SESSIONSCOPE_BINARY_PATH), args);
        if (!waitForExit(process, 30000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void versionWithoutDisplay()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("SessionScope ")), qPrintable(r.out));
    }
    void helpWithoutDisplay()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("--demo")));
        QVERIFY(r.out.contains(QLatin1String("demo-server")));
        QVERIFY2(r.out.startsWith(QLatin1String("Usage: sessionscope ")), qPrintable(r.out.left(80)));
    }
    void unknownOptionExitsWithTwo()
    {
        const Run r = run({QStringLiteral("--no-such-option")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no-such-option")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
