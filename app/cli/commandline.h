#pragma once

#include <QString>
#include <QStringList>

// What the command line asks for. Parsing needs no QCoreApplication, so that --help,
// --version and the headless subcommands work where no display exists.
struct CommandLine
{
    enum class Mode { Gui, Help, Version, Error };

    Mode mode = Mode::Gui;
    QString subcommand;    // empty for the GUI
    QStringList arguments; // the subcommand's own arguments, program name first
    QString errorText;     // for Mode::Error
    QString helpText;      // for Mode::Help
    bool demo = false;     // GUI: start the embedded demo server and connect to it

    static CommandLine parse(const QStringList &arguments);
};

// Exit codes shared by every command (documented in README.md).
namespace ExitCode {
inline constexpr int Ok = 0;
inline constexpr int Failure = 1;
inline constexpr int Usage = 2;
inline constexpr int ApiIncomplete = 3;
inline constexpr int LocalIo = 4;
} // namespace ExitCode
