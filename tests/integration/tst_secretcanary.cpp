// Secret and privacy (issue 11, DESIGN.md section 6): a canary API key and a canary pupil name
// go through a whole run — browsing all three backends, live polls, an export from the loaded
// rows and `sessionscope export` from the command line, and failures of every kind (server
// errors, malformed bodies, a redirect to another host, a key rejected mid-way) with every
// logging category at debug level, in this process and in the CLI's. Afterwards neither
// canary appears in any message, any process's stdout or stderr, or any file under the run's
// config, cache, data, state and temporary folders (XDG_* and TMPDIR point into a temporary
// folder); only the export files the test asked for hold the pupil's name, which proves the
// canary was really used. The key never reaches another host: a second loopback listener,
// where the redirect fault points, records every request it gets.
#include "democonnection.h"
#include "demohttp.h"
#include "processwait.h"
#include "scriptedhttpserver.h"

#include "export/exportjob.h"
#include "live/livewatcher.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kCanaryKey = "cnry-key-4b7e19d2a6";
const QByteArray kCanaryPupil = "Quillon Canarywick";
constexpr char kKeyVar[] = "SESSIONSCOPE_CANARY_KEY";

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void collectMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    if (type != QtDebugMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

// Any trace of either canary, in any case: the key, a telling part of it, the pupil's names.
QString leakIn(const QByteArray &bytes)
{
    for (const QByteArray &needle : {kCanaryKey, QByteArray("4b7e19d2a6"), kCanaryPupil, QByteArray("Canarywick"),
                                     QByteArray("Quillon")}) {
        if (bytes.toLower().contains(needle.toLower()))
            return QString::fromLatin1(needle);
    }
    return {};
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSecretCanary final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_systemTemp = QDir::tempPath(); // before TMPDIR points into m_root
    QDateTime m_started = QDateTime::currentDateTimeUtc().addSecs(-2);
    QString m_out; // where the exports the user asked for go
    std::unique_ptr<DemoServer> m_server;
    ScriptedHttpServer m_elsewhere;
    QList<CliRun> m_cliRuns;
    QStringList m_errorTexts; // every error sentence and technical detail seen in this process

    QString dir(const char *name) const { return m_root.filePath(QLatin1String(name)); }

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kKeyVar), QString::fromLatin1(kCanaryKey));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "TMPDIR"})
            env.insert(QLatin1String(var), QString::fromLocal8Bit(qgetenv(var)));
        return env;
    }

    CliRun exportCli(const QStringList &extra, const QString &target)
    {
        QProcess process;
        process.setProcessEnvironment(cliEnvironment());
        process.start(QStringLiteral(SESSIONSCOPE_BINARY_PATH),
                      QStringList{QStringLiteral("export"), QStringLiteral("--backend"), QStringLiteral("century"),
                                  QStringLiteral("--base-url"), m_server->baseUrl(Backend::Century).toString(),
                                  QStringLiteral("--api-key-env"), QLatin1String(kKeyVar), QStringLiteral("-o"), target}
                          + extra);
        CliRun r;
        if (waitForExit(process, 30'000)) {
            r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        } else {
            process.kill();
            waitForExit(process, 5000);
        }
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        m_cliRuns.append(r);
        return r;
    }

    void noteError(const ApiError &error)
    {
        m_errorTexts << error.userMessage() << error.technicalDetail();
    }

    void setFaults(const QString &list)
    {
        QString error;
        const auto faults = DemoFaults::parse(list, &error);
        QVERIFY2(faults, qPrintable(error));
        m_server->setFaults(*faults);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ExportResult>();
        QVERIFY(m_root.isValid());
        for (const char *name : {"home", "config", "cache", "data", "state", "tmp", "out"})
            QVERIFY(QDir().mkpath(dir(name)));
        m_out = dir("out");
        qputenv("HOME", dir("home").toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", dir("config").toLocal8Bit());
        qputenv("XDG_CACHE_HOME", dir("cache").toLocal8Bit());
        qputenv("XDG_DATA_HOME", dir("data").toLocal8Bit());
        qputenv("XDG_STATE_HOME", dir("state").toLocal8Bit());
        qputenv("TMPDIR", dir("tmp").toLocal8Bit());
        QCOMPARE(QDir::tempPath(), dir("tmp"));

        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        g_previousHandler = qInstallMessageHandler(collectMessage);

        DemoOptions options;
        options.scale = 400;
        options.speed = 0;
        options.rateLimitPerMinute = 0;
        options.canaryKey = kCanaryKey;
        options.canaryPupilName = kCanaryPupil;
        m_server = std::make_unique<DemoServer>(options);
        QVERIFY(m_server->listen());
        m_elsewhere.setHandler([](const RecordedRequest &, QTcpSocket *socket) {
            ScriptedHttpServer::respondJson(socket, 200, "{\"data\":[]}");
        });
    }

    void browseLiveAndExportWithTheCanaries()
    {
        std::unique_ptr<DemoConnection> century;
        for (const Backend backend : {Backend::Century, Backend::Treasure, Backend::MobileNext}) {
            auto c = std::make_unique<DemoConnection>(*m_server, backend, kCanaryKey);
            QVERIFY2(c->loadAll(), backendName(backend));
            QVERIFY(c->model->rowCount() > 0);
            if (backend == Backend::Century)
                century = std::move(c);
        }
        // The canary pupil is on show: the key really reached the data.
        bool seen = false;
        for (int row = 0; row < century->model->rowCount() && !seen; ++row) {
            for (int column = 0; column < century->model->columnCount() && !seen; ++column)
                seen = century->model->index(row, column).data().toString() == QString::fromUtf8(kCanaryPupil);
        }
        QVERIFY(seen);

        LiveWatcher watcher(century->model.get());
        LivePolicy policy;
        policy.interval = std::chrono::hours(1);
        policy.jitter = 0;
        watcher.setPolicy(policy);
        QSignalSpy polls(&watcher, &LiveWatcher::pollFinished);
        watcher.setEnabled(true);
        QVERIFY(polls.wait(20'000));
        m_server->advanceClock(10 * 60 * 1000);
        watcher.pollNow();
        QVERIFY(polls.wait(20'000));
        QCOMPARE(watcher.status().phase, LiveStatus::Phase::Watching);

        // The export the user asked for: it must hold the pupil (and never the key).
        ExportRequest request;
        request.path = QDir(m_out).filePath(QStringLiteral("loaded.csv"));
        ExportJob job(request);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.startLoadedRows(*century->model);
        QVERIFY(finished.wait(20'000));
        QVERIFY(finished.constFirst().constFirst().value<ExportResult>().ok());

        // Failures of every kind while live: the key rejected stops the watcher.
        DemoFaults reject;
        reject.rejectKeyAfter = 0;
        m_server->setFaults(reject);
        watcher.pollNow();
        QVERIFY(QTest::qWaitFor([&] { return watcher.status().phase == LiveStatus::Phase::Stopped; }, 20'000));
        noteError(watcher.status().error);
        m_errorTexts << watcher.status().describe(QDateTime::currentMSecsSinceEpoch());
        m_server->setFaults({});
    }

    void failuresOfEveryKind_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::newRow("server errors") << QStringLiteral("error-rate=1");
        QTest::newRow("malformed bodies") << QStringLiteral("malformed-rate=1");
        QTest::newRow("dropped connections") << QStringLiteral("drop-rate=1");
        QTest::newRow("redirect to another host") << QStringLiteral("redirect=") + m_elsewhere.url(QStringLiteral("/steal")).toString();
        QTest::newRow("key rejected") << QStringLiteral("reject-key-after=0");
        QTest::newRow("huge page") << QStringLiteral("huge-page");
    }
    void failuresOfEveryKind()
    {
        QFETCH(QString, faults);
        setFaults(faults);
        ApiLimits limits;
        limits.maxRetries = 1;
        limits.backoffBase = std::chrono::milliseconds(10);
        limits.maxBodyBytes = 1024 * 1024;
        for (const Backend backend : {Backend::Century, Backend::Treasure, Backend::MobileNext}) {
            DemoConnection c(*m_server, backend, kCanaryKey, limits);
            c.startLoading(c.source->defaultQuery());
            QVERIFY(QTest::qWaitFor([&] { return c.isSettled(); }, 20'000));
            QCOMPARE(c.model->fetchState(), SessionTableModel::FetchState::Failed);
            noteError(c.model->lastError());
        }
        const QString target = QDir(m_out).filePath(QStringLiteral("failed.csv"));
        const CliRun r = exportCli({}, target);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(target));
        m_server->setFaults({});
    }

    void commandLineExportWithTheCanaries()
    {
        const QString target = QDir(m_out).filePath(QStringLiteral("cli.csv"));
        const CliRun r = exportCli({QStringLiteral("--columns"), QStringLiteral("id,pupil,level,started")}, target);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains(" rows")); // it spoke, at every log level, and said how many
    }

    void nothingLeaked()
    {
        // The exports asked for hold the pupil: the canary was really in play.
        for (const char *name : {"loaded.csv", "cli.csv"}) {
            QFile file(QDir(m_out).filePath(QLatin1String(name)));
            QVERIFY2(file.open(QIODevice::ReadOnly), name);
            const QByteArray bytes = file.readAll();
            QVERIFY2(bytes.contains(kCanaryPupil), name);
            QVERIFY2(!bytes.contains(kCanaryKey), name);
        }
        QVERIFY(g_messages.size() > 10); // debug logging was on and talked
        for (const QString &message : std::as_const(g_messages))
            QVERIFY2(leakIn(message.toUtf8()).isEmpty(), qPrintable(message));
        QVERIFY(m_errorTexts.size() >= 10);
        for (const QString &text : std::as_const(m_errorTexts))
            QVERIFY2(leakIn(text.toUtf8()).isEmpty(), qPrintable(text));
        QVERIFY(m_cliRuns.size() >= 7);
        for (const CliRun &r : std::as_const(m_cliRuns)) {
            QVERIFY2(leakIn(r.out).isEmpty(), r.out.left(300).constData());
            QVERIFY2(leakIn(r.err).isEmpty(), qPrintable(leakIn(r.err) + QStringLiteral(" in ") + QString::fromUtf8(r.err.left(600))));
        }
        // Every file the run left in its settings, cache, data, state and temporary folders.
        int files = 0;
        for (const char *name : {"home", "config", "cache", "data", "state", "tmp"}) {
            QDirIterator it(dir(name), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                ++files;
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                const QString leak = leakIn(file.readAll());
                QVERIFY2(leak.isEmpty(), qPrintable(leak + QStringLiteral(" in ") + file.fileName()));
            }
        }
        // The machine's own temporary folder: whatever changed there during the run.
        int systemFiles = 0;
        QDirIterator tmp(m_systemTemp, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (tmp.hasNext()) {
            const QFileInfo info(tmp.next());
            if (info.lastModified().toUTC() < m_started || info.size() > 64 * 1024 * 1024
                || info.absoluteFilePath().startsWith(m_root.path()))
                continue;
            QFile file(info.absoluteFilePath());
            if (!file.open(QIODevice::ReadOnly))
                continue; // another user's
            ++systemFiles;
            const QString leak = leakIn(file.readAll());
            QVERIFY2(leak.isEmpty(), qPrintable(leak + QStringLiteral(" in ") + file.fileName()));
        }
        qInfo("%d files under the run's folders, %d changed in %s during the run: none with a canary", files,
              systemFiles, qPrintable(m_systemTemp));

        // The other host: reachable (a plain request is recorded), yet the key never came.
        DemoHttp plain;
        QCOMPARE(plain.get(m_elsewhere.url(QStringLiteral("/probe")), {}).status, 200);
        QVERIFY(!m_elsewhere.requests().isEmpty());
        for (const RecordedRequest &request : m_elsewhere.requests())
            QVERIFY2(leakIn(request.raw).isEmpty(), request.raw.constData());
    }

    void cleanupTestCase()
    {
        m_server.reset();
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(g_previousHandler);
    }
};

QTEST_GUILESS_MAIN(TestSecretCanary)
#include "tst_secretcanary.moc"
