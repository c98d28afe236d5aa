#pragma once

#include "domain/backend.h"
#include "domain/query.h"
#include "export/exportrequest.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Everything `sessionscope export ...` asks for, checked: what ExportCommand runs.
struct ExportCommandSettings
{
    bool help = false;
    QString helpText;
    bool listColumns = false; // --list-columns: print the backend's column ids and stop

    Backend backend = Backend::Century;
    QUrl baseUrl;
    QString apiKeyEnv;     // the environment variable holding the key (never the key)
    QString keychainEntry; // from --profile: where the key is kept
    QString viewId;        // from --view: the saved view, whose last export end is recorded
    bool sinceLastRun = false; // --since-last-run: only sessions ended after the view's last export
    Query query;
    ExportRequest request; // path empty and toStdout set for `-o -`
    bool toStdout = false;
};

// Parses the export command's arguments (issue 8's synopsis) without touching the network,
// the environment or the disk, so every rule is unit-testable. Rules that need no server
// are checked here: a filter the backend does not have, a malformed date, an XLSX to
// standard output, an API key given as an argument (refused: argv is visible to every user
// of the machine through `ps` and /proc, and lands in shell history).
class ExportCommandOptions final
{
public:
    // `arguments` start with the subcommand's name ("export"). nullopt with `error` set to
    // one sentence on bad usage (exit 2).
    static std::optional<ExportCommandSettings> parse(const QStringList &arguments, QString *error);

    // "2024-03-05T09:00:00Z", "2024-03-05" (midnight UTC) or Unix seconds -> ms.
    static std::optional<qint64> parseInstant(const QString &text);
};
