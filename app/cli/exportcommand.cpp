#include "exportcommand.h"

#include "commandline.h"
#include "exportoptions.h"
#include "exportprogressprinter.h"
#include "unixsignalwatcher.h"

#include "exportnamedsettings.h"

#include "export/exportjob.h"
#include "settings/keystore.h"
#include "net/apiclient.h"
#include "sources/sessionsource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>

namespace {

// A named context lets lupdate see these free functions' texts.
struct ExportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

// Every line leaves through here, with each form of the key masked: a server or a path may
// echo it back, and a scheduled job's log is read by others.
class ScrubbedOutput final
{
public:
    void setSecrets(QList<QByteArray> secrets) { m_secrets = std::move(secrets); }

    void line(FILE *stream, QString text) const
    {
        for (const QByteArray &secret : m_secrets)
            text.replace(QString::fromUtf8(secret), QStringLiteral("[key hidden]"));
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        std::fputs(text.toLocal8Bit().constData(), stream);
        std::fflush(stream);
    }
    void error(const QString &text) const { line(stderr, QStringLiteral("sessionscope export: ") + text); }

private:
    QList<QByteArray> m_secrets;
};

int exitCodeFor(ExportResult::Status status)
{
    switch (status) {
    case ExportResult::Status::Written: return ExitCode::Ok;
    case ExportResult::Status::Cancelled: return ExitCode::Failure;
    case ExportResult::Status::BadRequest: return ExitCode::Usage;
    case ExportResult::Status::ApiFailed: return ExitCode::ApiIncomplete;
    case ExportResult::Status::WriteFailed: return ExitCode::LocalIo;
    }
    return ExitCode::Failure;
}

// A saved profile's key, read from the keychain through the event loop. A command has no
// run to keep a key for, so no keychain means: say so and name the alternative.
QByteArray keyFromKeychain(const QString &entry, QString *error)
{
    KeyStore keys;
    std::optional<KeyStore::Result> answer;
    QEventLoop loop;
    keys.readKey(entry, &loop, [&](const KeyStore::Result &result) {
        answer = result;
        loop.quit();
    });
    loop.exec();
    if (answer && answer->outcome == KeyStore::Outcome::Ok && !answer->key.isEmpty())
        return answer->key;
    if (answer && answer->outcome == KeyStore::Outcome::Failed)
        *error = ExportCommandText::tr("%1 Use --api-key-env VAR instead.").arg(answer->message);
    else if (keys.keychainUnavailable())
        *error = ExportCommandText::tr("No keychain answered, so the saved profile's key cannot be read; use --api-key-env VAR.");
    else
        *error = ExportCommandText::tr("The keychain has no key for this profile (signed out?); sign in from the window or use "
                    "--api-key-env VAR.");
    return {};
}

} // namespace

QString ExportCommand::columnListing(const ExportCommandSettings &settings)
{
    const auto source = makeSessionSource(settings.backend, QUrl());
    QString text;
    for (const ColumnDescriptor &c : source->columns()) {
        QString line = QStringLiteral("%1  %2").arg(c.id, -22).arg(columnHeader(c), -26);
        if (c.personal)
            line += QLatin1Char(' ') + ExportCommandText::tr("[personal]");
        else if (c.visibleByDefault)
            line += QLatin1Char(' ') + ExportCommandText::tr("[default]");
        text += line.trimmed() + QLatin1Char('\n');
    }
    return text;
}

int ExportCommand::run(const QStringList &arguments)
{
    // The network layer narrates retries at info level, which suits the window's log but not
    // a scheduled job's stderr: there, the one-line reason at the end says what happened.
    // QT_LOGGING_RULES, evaluated after these rules, still brings them back for a diagnosis.
    QLoggingCategory::setFilterRules(QStringLiteral("sessionscope.*.info=false\nsessionscope.*.debug=false"));
    ScrubbedOutput out;
    QString error;
    auto settings = ExportCommandOptions::parse(arguments, &error);
    if (!settings) {
        out.error(error);
        return ExitCode::Usage;
    }
    if (settings->help) {
        out.line(stdout, settings->helpText);
        return ExitCode::Ok;
    }
    if (settings->listColumns) {
        out.line(stdout, columnListing(*settings));
        return ExitCode::Ok;
    }

    QByteArray key;
    if (settings->apiKeyEnv.isEmpty()) {
        key = keyFromKeychain(settings->keychainEntry, &error);
        if (key.isEmpty()) {
            out.error(error);
            return ExitCode::Usage;
        }
    } else {
        key = qgetenv(settings->apiKeyEnv.toLocal8Bit().constData());
    }
    if (key.isEmpty()) {
        out.error(ExportCommandText::tr("The environment variable %1 named by --api-key-env is not set or empty.")
                      .arg(settings->apiKeyEnv));
        return ExitCode::Usage;
    }

    std::shared_ptr<const SessionSource> source = makeSessionSource(settings->backend, settings->baseUrl);
    const auto header = source->authHeader(key);
    const ApiAuth auth{header.first, header.second};
    out.setSecrets(auth.secrets() << key);
    ApiClient client(settings->baseUrl, auth);

    QFile standardOutput;
    if (settings->toStdout) {
        if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
            out.error(ExportCommandText::tr("Standard output cannot be written to."));
            return ExitCode::LocalIo;
        }
        settings->request.device = &standardOutput;
    }

    ExportJob job(settings->request);
    ExportProgressPrinter printer(stderr);
    ExportResult result;
    QObject::connect(&job, &ExportJob::progressChanged, &job,
                     [&printer](const ExportProgress &p) { printer.show(p); });
    QObject::connect(&job, &ExportJob::finished, &job, [&result](const ExportResult &r) {
        result = r;
        QCoreApplication::exit(0);
    });
    UnixSignalWatcher signals_;
    QObject::connect(&signals_, &UnixSignalWatcher::terminationRequested, &job, [&job] { job.cancel(); },
                     Qt::QueuedConnection);

    // Sessions that end from now on belong to the next --since-last-run.
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    job.startAllMatching(source, &client, settings->query);
    QCoreApplication::exec();
    printer.done();

    for (const QString &notice : std::as_const(result.notices))
        out.line(stderr, ExportCommandText::tr("sessionscope export: note: %1").arg(notice));
    if (!result.ok()) {
        QString reason = result.status == ExportResult::Status::Cancelled ? ExportCommandText::tr("Interrupted; nothing was written.")
                                                                          : result.message;
        if (!result.detail.isEmpty())
            reason += QStringLiteral(" (%1)").arg(result.detail);
        out.error(reason.simplified()); // one line, whatever the server put in its message
        return exitCodeFor(result.status);
    }
    if (!settings->viewId.isEmpty())
        exportnamedsettings::recordExportEnd(settings->viewId, startedMs);
    const QString where = settings->toStdout ? ExportCommandText::tr("standard output") : settings->request.path;
    out.line(stderr, ExportCommandText::tr("Exported %1 rows to %2 (%3 pages, %4 s).")
                         .arg(result.rows)
                         .arg(where)
                         .arg(result.pages)
                         .arg(double(result.elapsedMs) / 1000.0, 0, 'f', 1));
    return ExitCode::Ok;
}
