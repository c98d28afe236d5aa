#pragma once

#include <QStringList>

struct ExportCommandSettings;

// `sessionscope export ...` (issue 8): every session a query matches, paged to the end and
// written to a CSV or XLSX file (or CSV on standard output) for scheduled jobs. Exit codes
// (commandline.h): 0 written; 2 bad usage; 3 the API could not give a complete, correct
// answer; 4 a local I/O error; 1 interrupted. Each failure ends with one line on stderr,
// and never leaves a partial file. The key comes from the environment variable named by
// --api-key-env and is never printed: every line this command writes is scrubbed of it.
class ExportCommand final
{
public:
    // Needs a QCoreApplication; `arguments` start with "export".
    static int run(const QStringList &arguments);

    // `--list-columns`: "id  Header  [personal] [default]" lines for one backend.
    static QString columnListing(const ExportCommandSettings &settings);
};
