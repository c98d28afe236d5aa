// The composition root: the one file in app/ allowed to reach into ui/. It reads the
// command line, then starts the GUI or a headless command.
#include "cli/commandline.h"
#include "cli/demoservercommand.h"
#include "cli/exportcommand.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/startupprobe.h"
#include "settings/languagesetup.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList list;
    list.reserve(argc);
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
}

int runSubcommand(const CommandLine &commandLine, int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (commandLine.subcommand == QLatin1String("demo-server"))
        return DemoServerCommand::run(commandLine.arguments);
    if (commandLine.subcommand == QLatin1String("export"))
        return ExportCommand::run(commandLine.arguments);
    printLine(stderr, QCoreApplication::translate("main", "The command '%1' is not available yet.")
                          .arg(commandLine.subcommand));
    return ExitCode::Usage;
}

int runGui(const CommandLine &commandLine, int argc, char **argv)
{
    QApplication app(argc, argv);
    LanguageSetup language; // before the first widget: texts and layout direction are read once
    language.apply(LanguageSetup::savedChoice());

    MainWindow window;
    StartupProbe::installIfAsked(&window); // bench_startup's timing, when asked
    // --demo: open the demo Century connection, served in-process on a free port.
    if (commandLine.demo)
        window.openConnection(QStringLiteral("demo-century"));
    else
        window.restoreStartupView(); // the start-up view or the last state; else the welcome page
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("SessionScope"));
    QCoreApplication::setApplicationName(QStringLiteral("SessionScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SESSIONSCOPE_VERSION));

    const CommandLine commandLine = CommandLine::parse(argumentsOf(argc, argv));
    switch (commandLine.mode) {
    case CommandLine::Mode::Help:
        printLine(stdout, commandLine.helpText);
        return ExitCode::Ok;
    case CommandLine::Mode::Version:
        printLine(stdout, QStringLiteral("SessionScope %1").arg(QCoreApplication::applicationVersion()));
        return ExitCode::Ok;
    case CommandLine::Mode::Error:
        printLine(stderr, QStringLiteral("sessionscope: %1").arg(commandLine.errorText));
        printLine(stderr, QCoreApplication::translate("main", "Run 'sessionscope --help' for usage."));
        return ExitCode::Usage;
    case CommandLine::Mode::Gui:
        break;
    }
    if (!commandLine.subcommand.isEmpty())
        return runSubcommand(commandLine, argc, argv);
    return runGui(commandLine, argc, argv);
}
