#include "demoservercommand.h"

#include "commandline.h"
#include "unixsignalwatcher.h"

#include "demo/demoserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoServerCommand", text);
}

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

std::optional<QHostAddress> readHost(const QString &text)
{
    if (text.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(text))
        return std::nullopt;
    return address;
}

// "600/min", "600" -> 600; 0 switches the limit off.
std::optional<int> readRate(QString text)
{
    if (text.endsWith(QLatin1String("/min")))
        text.chop(4);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<DemoServerCommand::Settings> DemoServerCommand::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serve invented Century, Treasure Workflow and Mobile Next sessions over HTTP on loopback."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    const QCommandLineOption host(QStringLiteral("host"), tr("Address to listen on (default 127.0.0.1)."),
                                  tr("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), tr("Port, 0 for any free one (default 0)."),
                                  tr("port"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the invented world (default 1)."),
                                  tr("n"), QStringLiteral("1"));
    const QCommandLineOption scale(QStringLiteral("scale"), tr("Sessions per backend (default 5000)."), tr("n"),
                                   QStringLiteral("5000"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   tr("Simulated seconds per real second, 0 freezes time (default 1)."),
                                   tr("x"), QStringLiteral("1"));
    const QCommandLineOption rate(QStringLiteral("rate-limit"),
                                  tr("Requests per minute and key, e.g. 600/min; 0 = unlimited."), tr("n/min"));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    tr("Comma list: latency=MS, error-rate=P, drop-rate=P, malformed-rate=P, "
                                       "duplicate-rate=P, cursor-loop, slow-drip=MS, redirect=URL, huge-page, "
                                       "rate-limit-storm=P, reject-key-after=N."),
                                    tr("list"));
    const QCommandLineOption shape(QStringLiteral("mobilenext-shape"),
                                   tr("Mobile Next session list envelope: a or b (default a)."), tr("a|b"),
                                   QStringLiteral("a"));
    const QCommandLineOption retryDate(QStringLiteral("retry-after-date"),
                                       tr("Send Retry-After as an HTTP date instead of seconds."));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
                                         tr("Allow --host to name an address other than loopback."));
    parser.addOptions({help, host, port, seed, scale, speed, rate, faults, shape, retryDate, allowRemote});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    Settings s;
    if (parser.isSet(help)) {
        s.help = true;
        // QCommandLineParser names the program, not the subcommand, on its usage line.
        s.helpText = parser.helpText();
        const qsizetype lineEnd = s.helpText.indexOf(QLatin1Char('\n'));
        s.helpText.replace(0, lineEnd, QStringLiteral("Usage: sessionscope demo-server [options]"));
        return s;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument '%1'.").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }
    const auto fail = [&](const QString &message) {
        *error = message;
        return std::nullopt;
    };

    const auto address = readHost(parser.value(host));
    if (!address)
        return fail(tr("--host needs an IP address or 'localhost', not '%1'.").arg(parser.value(host)));
    s.options.allowRemote = parser.isSet(allowRemote);
    if (!address->isLoopback() && !s.options.allowRemote)
        return fail(tr("--host %1 is not a loopback address; the demo server serves invented pupil data "
                       "to this machine only unless --allow-remote is given.")
                        .arg(parser.value(host)));
    s.host = *address;

    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return fail(tr("--port needs a number from 0 to 65535."));
    s.port = quint16(portValue);

    s.options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(tr("--seed needs a non-negative integer."));
    s.options.scale = parser.value(scale).toInt(&ok);
    if (!ok || s.options.scale < 1 || s.options.scale > 10000000)
        return fail(tr("--scale needs a number from 1 to 10000000."));
    s.options.speed = parser.value(speed).toDouble(&ok);
    if (!ok || s.options.speed < 0 || s.options.speed > 1e6)
        return fail(tr("--speed needs a number from 0 to 1000000."));
    if (parser.isSet(rate)) {
        const auto perMinute = readRate(parser.value(rate));
        if (!perMinute)
            return fail(tr("--rate-limit needs N/min, e.g. 600/min."));
        s.options.rateLimitPerMinute = *perMinute;
    }
    if (parser.isSet(faults)) {
        QString faultError;
        const auto parsed = DemoFaults::parse(parser.value(faults), &faultError);
        if (!parsed)
            return fail(tr("--faults: %1").arg(faultError));
        s.options.faults = *parsed;
    }
    const QString shapeText = parser.value(shape).toLower();
    if (shapeText == QLatin1String("a"))
        s.options.mobileNextShape = DemoMobileNextShape::A;
    else if (shapeText == QLatin1String("b"))
        s.options.mobileNextShape = DemoMobileNextShape::B;
    else
        return fail(tr("--mobilenext-shape needs a or b."));
    s.options.retryAfterAsDate = parser.isSet(retryDate);
    return s;
}

int DemoServerCommand::run(const QStringList &arguments)
{
    QString error;
    const auto settings = parse(arguments, &error);
    if (!settings) {
        printLine(stderr, QStringLiteral("sessionscope demo-server: %1").arg(error));
        return ExitCode::Usage;
    }
    if (settings->help) {
        printLine(stdout, settings->helpText);
        return ExitCode::Ok;
    }

    DemoServer server(settings->options);
    if (!server.listen(settings->host, settings->port)) {
        printLine(stderr, tr("sessionscope demo-server: cannot listen on %1 port %2.")
                              .arg(settings->host.toString())
                              .arg(settings->port));
        return ExitCode::Failure;
    }
    UnixSignalWatcher watcher;
    if (!watcher.isActive()) {
        printLine(stderr, tr("sessionscope demo-server: cannot watch for SIGINT/SIGTERM."));
        return ExitCode::Failure;
    }
    // Queued: quit() before exec() has started would be lost.
    QObject::connect(&watcher, &UnixSignalWatcher::terminationRequested, QCoreApplication::instance(),
                     [] { QCoreApplication::quit(); }, Qt::QueuedConnection);

    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(settings->host.toString());
    url.setPort(server.port());
    printLine(stdout, QStringLiteral("SessionScope demo server listening on %1")
                          .arg(url.toString(QUrl::FullyEncoded)));
    return QCoreApplication::exec() == 0 ? ExitCode::Ok : ExitCode::Failure;
}
