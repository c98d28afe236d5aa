#include "exportoptions.h"

#include "exportnamedsettings.h"

#include "domain/iso8601.h"
#include "export/exportcolumns.h"
#include "sources/sessionsource.h"
#include "net/originpolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommandOptions", text);
}

QCommandLineOption valueOption(const QString &name, const char *description, const char *valueName)
{
    return QCommandLineOption(name, tr(description), tr(valueName));
}

QCommandLineOption flag(const QString &name, const char *description)
{
    return QCommandLineOption(name, tr(description));
}

// `--api-key` or `--api-key=...` anywhere, without looking at (or echoing) its value.
bool asksForKeyArgument(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        if (a == QLatin1String("--api-key") || a.startsWith(QLatin1String("--api-key=")))
            return true;
    }
    return false;
}

std::optional<CenturyScope> readScope(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("all"))
        return CenturyScope::All;
    if (t == QLatin1String("completed"))
        return CenturyScope::Completed;
    if (t == QLatin1String("in-progress"))
        return CenturyScope::InProgress;
    return std::nullopt;
}

std::optional<CenturyStatusFilter> readStatus(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("completed"))
        return CenturyStatusFilter::Completed;
    if (t == QLatin1String("in-progress") || t == QLatin1String("in_progress"))
        return CenturyStatusFilter::InProgress;
    return std::nullopt;
}

std::optional<char> readDelimiter(const QString &text)
{
    if (text == QLatin1String(","))
        return ',';
    if (text == QLatin1String(";"))
        return ';';
    if (text.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0 || text == QLatin1String("\t"))
        return '\t';
    return std::nullopt;
}

} // namespace

std::optional<qint64> ExportCommandOptions::parseInstant(const QString &text)
{
    if (auto ms = iso8601::parseDateTimeMs(QStringView(text)))
        return ms;
    if (auto ms = iso8601::parseDateMs(QStringView(text)))
        return ms;
    return iso8601::parseUnixSecondsMs(QStringView(text));
}

std::optional<ExportCommandSettings> ExportCommandOptions::parse(const QStringList &arguments, QString *error)
{
    const auto fail = [error](const QString &sentence) {
        *error = sentence;
        return std::nullopt;
    };
    if (asksForKeyArgument(arguments))
        return fail(tr("--api-key is not accepted: a key on the command line is visible to every user of "
                       "this computer (ps, /proc) and stays in shell history. Put it in an environment "
                       "variable and name that with --api-key-env VAR."));

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(tr("Export sessions to a CSV or XLSX file, for scheduled jobs."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    const QCommandLineOption listColumns = flag(QStringLiteral("list-columns"),
                                                "Print the backend's column ids (with --backend) and exit.");
    const QCommandLineOption backend = valueOption(QStringLiteral("backend"), "century, treasure or mobilenext.",
                                                   "backend");
    const QCommandLineOption baseUrl = valueOption(
        QStringLiteral("base-url"), "The API base, e.g. https://connect.century.tech/api/v1.", "url");
    const QCommandLineOption keyEnv = valueOption(
        QStringLiteral("api-key-env"), "The environment variable that holds the API key.", "var");
    const QCommandLineOption profile = valueOption(QStringLiteral("profile"), "A saved connection.", "name");
    const QCommandLineOption view = valueOption(QStringLiteral("view"), "A saved view (filters and columns).",
                                                "name");
    const QCommandLineOption sinceLastRun = flag(QStringLiteral("since-last-run"),
                                                 "With --view (Century): only sessions that ended after the "
                                                 "view's previous successful export.");
    const QCommandLineOption scope = valueOption(QStringLiteral("scope"), "Century: all, completed or in-progress.",
                                                 "scope");
    const QCommandLineOption status = valueOption(QStringLiteral("status"), "Century: completed or in-progress.",
                                                  "status");
    const QCommandLineOption subject = valueOption(QStringLiteral("subject"), "Century: a subject (repeatable).",
                                                   "subject");
    const QCommandLineOption testId = valueOption(QStringLiteral("test-id"), "Century: an assessment id (repeatable).",
                                                  "id");
    const QCommandLineOption userId = valueOption(QStringLiteral("user-id"), "Century: a pupil id (repeatable).", "id");
    const QCommandLineOption startAfter = valueOption(QStringLiteral("start-after"),
                                                      "Century: started after T (ISO 8601, date or Unix seconds).", "T");
    const QCommandLineOption startBefore = valueOption(QStringLiteral("start-before"), "Century: started before T.",
                                                       "T");
    const QCommandLineOption endAfter = valueOption(QStringLiteral("end-after"), "Century: ended after T.", "T");
    const QCommandLineOption endBefore = valueOption(QStringLiteral("end-before"), "Century: ended before T.", "T");
    const QCommandLineOption sort = valueOption(QStringLiteral("sort"),
                                                "Century: startDate|endDate:asc|desc (default startDate:desc, newest first).",
                                                "field:dir");
    const QCommandLineOption organization = valueOption(QStringLiteral("organization"),
                                                        "Mobile Next: the organization id.", "id");
    const QCommandLineOption columns = valueOption(QStringLiteral("columns"),
                                                   "Column ids in order, comma-separated (see --list-columns).",
                                                   "a,b,c");
    const QCommandLineOption format = valueOption(QStringLiteral("format"),
                                                  "csv or xlsx (default: from the file name, else csv).", "format");
    const QCommandLineOption preset = valueOption(
        QStringLiteral("preset"), "CSV: excel (this computer's Excel) or plain (UTF-8 for scripts, default).",
        "preset");
    const QCommandLineOption delimiter = valueOption(QStringLiteral("delimiter"), "CSV: ',', ';' or tab.", "d");
    const QCommandLineOption bom = flag(QStringLiteral("bom"), "CSV: start with a UTF-8 byte order mark.");
    const QCommandLineOption noBom = flag(QStringLiteral("no-bom"), "CSV: no byte order mark.");
    const QCommandLineOption noGuard = flag(QStringLiteral("no-formula-guard"),
                                            "CSV: write text starting with = + - @ as is.");
    const QCommandLineOption maxRows = valueOption(QStringLiteral("max-rows"), "Stop after N rows.", "n");
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The file to write, or - for standard output."), tr("file"));
    parser.addOptions({help, listColumns, backend, baseUrl, keyEnv, profile, view, sinceLastRun, scope, status, subject, testId,
                       userId, startAfter, startBefore, endAfter, endBefore, sort, organization, columns, format,
                       preset, delimiter, bom, noBom, noGuard, maxRows, output});

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    ExportCommandSettings s;
    if (parser.isSet(help)) {
        s.help = true;
        s.helpText = parser.helpText();
        const qsizetype lineEnd = s.helpText.indexOf(QLatin1Char('\n'));
        s.helpText.replace(0, lineEnd, QStringLiteral("Usage: sessionscope export [options] -o FILE|-"));
        s.helpText += tr("\nThe key is read from the variable named by --api-key-env, never from an argument.\n"
                         "Exit codes: 0 written; 2 bad usage; 3 the API could not give a complete, correct answer; "
                         "4 the file could not be written. Nothing is left at the target unless it is complete.\n");
        return s;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument '%1'; options start with --.").arg(parser.positionalArguments().constFirst()));

    // Where: a saved profile, then explicit options on top.
    std::optional<Backend> chosenBackend;
    if (parser.isSet(profile) || (parser.isSet(view) && !parser.isSet(backend))) {
        // `--view NAME` alone: the view's own saved connection.
        QString why;
        const auto named = parser.isSet(profile) ? exportnamedsettings::resolveProfile(parser.value(profile), &why)
                                                 : exportnamedsettings::resolveProfileOfView(parser.value(view), &why);
        if (!named)
            return fail(why);
        chosenBackend = named->backend;
        s.baseUrl = named->baseUrl;
        s.keychainEntry = named->keychainEntry;
    }
    if (parser.isSet(backend)) {
        chosenBackend = backendFromId(parser.value(backend).toLower());
        if (!chosenBackend)
            return fail(tr("--backend needs century, treasure or mobilenext, not '%1'.").arg(parser.value(backend)));
    }
    if (!chosenBackend)
        return fail(tr("Say which API to export from with --backend century|treasure|mobilenext (or --profile)."));
    s.backend = *chosenBackend;
    s.listColumns = parser.isSet(listColumns);
    if (s.listColumns)
        return s;

    if (parser.isSet(baseUrl)) {
        s.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
        if (!s.baseUrl.isValid() || s.baseUrl.host().isEmpty())
            return fail(tr("--base-url needs a full URL such as https://connect.century.tech/api/v1."));
    }
    if (s.baseUrl.isEmpty())
        return fail(tr("Say where the API is with --base-url URL (or --profile)."));
    const bool https = s.baseUrl.scheme() == QLatin1String("https");
    const bool loopbackHttp = s.baseUrl.scheme() == QLatin1String("http")
        && originpolicy::isLoopbackHost(s.baseUrl.host());
    if (!https && !loopbackHttp)
        return fail(tr("--base-url must use https (plain http only to this computer): pupil data and the key "
                       "would otherwise cross the network unencrypted."));
    s.apiKeyEnv = parser.value(keyEnv);
    if (s.apiKeyEnv.isEmpty() && s.keychainEntry.isEmpty())
        return fail(tr("Name the environment variable that holds the API key with --api-key-env VAR."));

    // What: a saved view, then explicit filters on top.
    s.query = makeSessionSource(s.backend, s.baseUrl)->defaultQuery();
    if (parser.isSet(view)) {
        QString why;
        const auto named = exportnamedsettings::resolveView(parser.value(view), s.backend, &why);
        if (!named)
            return fail(why);
        s.query = named->query;
        s.request.columnIds = named->columnIds;
        s.viewId = named->id;
        s.sinceLastRun = parser.isSet(sinceLastRun);
        if (s.sinceLastRun) {
            if (parser.isSet(endAfter))
                return fail(tr("--since-last-run and --end-after both set where the export starts; use one."));
            const auto since = exportnamedsettings::endedAfter(s.query, named->lastExportEndMs, &why);
            if (!since)
                return fail(why);
            s.query = *since;
        }
    } else if (parser.isSet(sinceLastRun)) {
        return fail(tr("--since-last-run needs --view: the last run is remembered per saved view."));
    }

    const bool centuryOnly = parser.isSet(scope) || parser.isSet(status) || parser.isSet(subject)
        || parser.isSet(testId) || parser.isSet(userId) || parser.isSet(startAfter) || parser.isSet(startBefore)
        || parser.isSet(endAfter) || parser.isSet(endBefore) || parser.isSet(sort);
    if (centuryOnly && s.backend != Backend::Century)
        return fail(tr("--scope, --status, --subject, --test-id, --user-id, the date filters and --sort "
                       "are Century filters; %1 has none of them.")
                        .arg(backendDisplayName(s.backend)));
    if (parser.isSet(organization) && s.backend != Backend::MobileNext)
        return fail(tr("--organization applies to Mobile Next only."));

    if (auto *c = std::get_if<CenturyQuery>(&s.query)) {
        if (parser.isSet(scope)) {
            const auto v = readScope(parser.value(scope));
            if (!v)
                return fail(tr("--scope needs all, completed or in-progress."));
            c->scope = *v;
        }
        if (parser.isSet(status)) {
            const auto v = readStatus(parser.value(status));
            if (!v)
                return fail(tr("--status needs completed or in-progress."));
            c->status = *v;
        }
        c->subjects += parser.values(subject);
        c->testIds += parser.values(testId);
        c->userIds += parser.values(userId);
        const struct
        {
            const QCommandLineOption &option;
            CenturyDateField field;
            CompareOp op;
        } dates[] = {{startAfter, CenturyDateField::StartDate, CompareOp::Gt},
                     {startBefore, CenturyDateField::StartDate, CompareOp::Lt},
                     {endAfter, CenturyDateField::EndDate, CompareOp::Gt},
                     {endBefore, CenturyDateField::EndDate, CompareOp::Lt}};
        for (const auto &d : dates) {
            if (!parser.isSet(d.option))
                continue;
            const auto ms = parseInstant(parser.value(d.option));
            if (!ms)
                return fail(tr("--%1 needs a time such as 2024-09-01T08:00:00Z, a date such as 2024-09-01, "
                               "or Unix seconds.")
                                .arg(d.option.names().constFirst()));
            c->dates.append(CenturyDateCondition{d.field, d.op, *ms});
        }
        if (parser.isSet(sort)) {
            const QStringList parts = parser.value(sort).split(QLatin1Char(':'));
            const QString field = parts.value(0).toLower();
            const QString dir = parts.value(1, QStringLiteral("asc")).toLower();
            if (parts.size() > 2 || (field != QLatin1String("startdate") && field != QLatin1String("enddate"))
                || (dir != QLatin1String("asc") && dir != QLatin1String("desc")))
                return fail(tr("--sort needs startDate or endDate, then :asc or :desc."));
            c->sortField = field == QLatin1String("enddate") ? CenturyDateField::EndDate : CenturyDateField::StartDate;
            c->sortDirection = dir == QLatin1String("desc") ? SortDirection::Descending : SortDirection::Ascending;
        }
    }
    if (auto *m = std::get_if<MobileNextQuery>(&s.query); m && parser.isSet(organization))
        m->organizationId = parser.value(organization);
    if (const QString invalid = queryValidationError(s.query); !invalid.isEmpty())
        return fail(invalid);

    // How and where the file is written.
    const QString out = parser.value(output);
    if (out.isEmpty())
        return fail(tr("Say where to write with -o FILE, or -o - for standard output."));
    s.toStdout = out == QLatin1String("-");
    if (!s.toStdout)
        s.request.path = out;
    if (parser.isSet(columns)) {
        s.request.columnIds = exportcolumns::splitIds(parser.value(columns));
        if (s.request.columnIds.isEmpty())
            return fail(tr("--columns needs at least one column id (see --list-columns)."));
    }

    if (parser.isSet(format)) {
        const QString f = parser.value(format).toLower();
        if (f != QLatin1String("csv") && f != QLatin1String("xlsx"))
            return fail(tr("--format needs csv or xlsx."));
        s.request.format = f == QLatin1String("xlsx") ? ExportFormat::Xlsx : ExportFormat::Csv;
    } else if (!s.toStdout && QFileInfo(out).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        s.request.format = ExportFormat::Xlsx;
    }
    const bool csvOptionGiven = parser.isSet(preset) || parser.isSet(delimiter) || parser.isSet(bom)
        || parser.isSet(noBom) || parser.isSet(noGuard);
    if (s.request.format == ExportFormat::Xlsx) {
        if (s.toStdout)
            return fail(tr("An XLSX file cannot be written to standard output; give a file name or use --format csv."));
        if (csvOptionGiven)
            return fail(tr("--preset, --delimiter, --bom, --no-bom and --no-formula-guard apply to CSV only."));
    }

    CsvPreset csvPreset = CsvPreset::PlainUtf8;
    if (parser.isSet(preset)) {
        const QString p = parser.value(preset).toLower();
        if (p != QLatin1String("excel") && p != QLatin1String("plain"))
            return fail(tr("--preset needs excel or plain."));
        csvPreset = p == QLatin1String("excel") ? CsvPreset::ExcelOnThisComputer : CsvPreset::PlainUtf8;
    }
    s.request.csv = CsvOptions::preset(csvPreset);
    if (parser.isSet(delimiter)) {
        const auto d = readDelimiter(parser.value(delimiter));
        if (!d)
            return fail(tr("--delimiter needs ',', ';' or tab."));
        s.request.csv.delimiter = *d;
    }
    if (parser.isSet(bom) && parser.isSet(noBom))
        return fail(tr("--bom and --no-bom contradict each other; give one."));
    if (parser.isSet(bom))
        s.request.csv.byteOrderMark = true;
    if (parser.isSet(noBom))
        s.request.csv.byteOrderMark = false;
    if (parser.isSet(noGuard))
        s.request.csv.formulaGuard = false;

    if (parser.isSet(maxRows)) {
        bool ok = false;
        s.request.maxRows = parser.value(maxRows).toLongLong(&ok);
        if (!ok || s.request.maxRows < 1)
            return fail(tr("--max-rows needs a whole number of at least 1."));
    }
    // A scheduled job must never pass on a list with rows quietly missing.
    s.request.failOnIncompleteRows = true;
    return s;
}
