#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

struct SubcommandHelp
{
    const char *name;
    const char *summary;
};

// Subcommands are listed here as they land; each parses its own options.
constexpr SubcommandHelp kSubcommands[] = {
    {"demo-server", QT_TRANSLATE_NOOP("CommandLine", "Serve the demo APIs over HTTP on loopback")},
    {"export", QT_TRANSLATE_NOOP("CommandLine", "Export sessions to CSV or XLSX (for scheduled jobs)")},
};

bool isSubcommand(const QString &word)
{
    for (const auto &sub : kSubcommands) {
        if (word == QLatin1String(sub.name))
            return true;
    }
    return false;
}

QString subcommandSection()
{
    QString text = QCoreApplication::translate("CommandLine", "Commands:") + QLatin1Char('\n');
    for (const auto &sub : kSubcommands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(sub.name), -14)
                    .arg(QCoreApplication::translate("CommandLine", sub.summary));
    }
    text += QCoreApplication::translate(
        "CommandLine", "Run 'sessionscope COMMAND --help' for a command's options.\n");
    return text;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    if (arguments.size() > 1 && isSubcommand(arguments.at(1))) {
        result.subcommand = arguments.at(1);
        result.arguments = arguments.mid(1);
        return result;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "SessionScope: browse, watch live and export sessions from Century Smart IA, "
                       "Treasure Workflow and Mobile Next."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("CommandLine", "Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("CommandLine", "Show the version and exit."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate(
                                      "CommandLine", "Start the embedded demo server and connect to it."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("CommandLine", "Optional command, see below."),
                                 QStringLiteral("[command]"));

    if (!parser.parse(arguments)) {
        result.mode = Mode::Error;
        result.errorText = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.mode = Mode::Help;
        // The line is parsed before any QCoreApplication exists (the command decides which
        // kind to make), so Qt cannot know the program's name and writes a placeholder.
        result.helpText = parser.helpText().replace(QLatin1String("<executable_name>"), QLatin1String("sessionscope"))
            + QLatin1Char('\n') + subcommandSection();
        return result;
    }
    if (parser.isSet(version)) {
        result.mode = Mode::Version;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.mode = Mode::Error;
        result.errorText = QCoreApplication::translate("CommandLine", "Unknown command '%1'.")
                               .arg(parser.positionalArguments().constFirst());
        return result;
    }
    result.demo = parser.isSet(demo);
    return result;
}
