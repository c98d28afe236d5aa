#pragma once

#include "demo/demooptions.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

// `sessionscope demo-server [options]`: serves the demo APIs until SIGINT or SIGTERM.
// On success it prints exactly one line on stdout, "SessionScope demo server listening on
// http://HOST:PORT", which scripts and tests read to learn the port.
class DemoServerCommand final
{
public:
    struct Settings
    {
        DemoOptions options;
        QHostAddress host = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0;
        bool help = false;
        QString helpText;
    };

    // `arguments` start with the subcommand's name. nullopt with `error` set on bad input.
    static std::optional<Settings> parse(const QStringList &arguments, QString *error);

    // Needs a QCoreApplication; returns the process exit code (ExitCode in commandline.h).
    static int run(const QStringList &arguments);
};
