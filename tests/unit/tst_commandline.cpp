#include "cli/commandline.h"

#include <QTest>

class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void noArgumentsOpensGui()
    {
        const auto cl = CommandLine::parse({QStringLiteral("sessionscope")});
        QCOMPARE(cl.mode, CommandLine::Mode::Gui);
        QVERIFY(cl.subcommand.isEmpty());
        QVERIFY(!cl.demo);
    }
    void demoFlag()
    {
        const auto cl = CommandLine::parse({QStringLiteral("sessionscope"), QStringLiteral("--demo")});
        QCOMPARE(cl.mode, CommandLine::Mode::Gui);
        QVERIFY(cl.demo);
    }
    void helpListsCommands()
    {
        const auto cl = CommandLine::parse({QStringLiteral("sessionscope"), QStringLiteral("--help")});
        QCOMPARE(cl.mode, CommandLine::Mode::Help);
        QVERIFY(cl.helpText.contains(QLatin1String("--demo")));
        QVERIFY(cl.helpText.contains(QLatin1String("demo-server")));
    }
    void version()
    {
        const auto cl = CommandLine::parse({QStringLiteral("sessionscope"), QStringLiteral("--version")});
        QCOMPARE(cl.mode, CommandLine::Mode::Version);
    }
    void unknownOptionIsAnError()
    {
        const auto cl = CommandLine::parse({QStringLiteral("sessionscope"), QStringLiteral("--frobnicate")});
        QCOMPARE(cl.mode, CommandLine::Mode::Error);
        QVERIFY(cl.errorText.contains(QLatin1String("frobnicate")));
    }
    void unknownCommandIsAnError()
    {
        const auto cl = CommandLine::parse({QStringLiteral("sessionscope"), QStringLiteral("exprot")});
        QCOMPARE(cl.mode, CommandLine::Mode::Error);
        QVERIFY(cl.errorText.contains(QLatin1String("exprot")));
    }
    void subcommandKeepsItsArguments()
    {
        const auto cl = CommandLine::parse({QStringLiteral("sessionscope"), QStringLiteral("demo-server"),
                                            QStringLiteral("--port"), QStringLiteral("0")});
        QCOMPARE(cl.subcommand, QStringLiteral("demo-server"));
        QCOMPARE(cl.arguments, (QStringList{QStringLiteral("demo-server"), QStringLiteral("--port"),
                                            QStringLiteral("0")}));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
