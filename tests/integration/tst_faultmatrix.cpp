// The fault matrix (issue 11): every fault the demo server can stage x every operation a user
// runs (browse to the end as the window does, watch live for a few polls with a moving clock,
// export every page). Each cell must end, within its deadline, either with the complete and
// exact result (the same session ids as a fault-free load of the same seed, each once) or
// with a clear error sentence; never a crash, a hang, a silently short list or a duplicated
// row. A redirect to another loopback port must not carry the key there. The matrix is printed
// at the end.
//
// Short form (./dev test): Century, a small world, short client deadlines. Long form
// (SESSIONSCOPE_FAULTS_LONG=1, run by ./dev soak): all three backends and a bigger world.
#include "democonnection.h"
#include "exportcsvreader.h"
#include "scriptedhttpserver.h"

#include "export/exportjob.h"
#include "live/livewatcher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>

#include <map>

namespace {

enum class Operation { Browse, Live, Export };
constexpr Operation kOperations[] = {Operation::Browse, Operation::Live, Operation::Export};

const char *operationName(Operation op)
{
    switch (op) {
    case Operation::Browse: return "browse";
    case Operation::Live: return "live";
    case Operation::Export: return "export";
    }
    return "?";
}

struct FaultCase
{
    const char *name;
    const char *faults; // as `demo-server --faults` takes them; "redirect" gets its URL at run time
};

// Rates high enough that every operation meets the fault several times, low enough that a
// client with retries can still get through the pages.
constexpr FaultCase kFaults[] = {
    {"none", ""},
    {"latency", "latency=40"},
    {"5xx", "error-rate=0.3"},
    {"dropped connection", "drop-rate=0.3"},
    {"malformed body", "malformed-rate=0.3"},
    {"duplicates across pages", "duplicate-rate=0.5"},
    {"repeated cursor", "cursor-loop"},
    {"redirect elsewhere", "redirect"},
    {"huge page", "huge-page"},
    {"429 storm", "rate-limit-storm=0.4"},
    {"401 mid-way", "reject-key-after"},
    {"slow drip", "slow-drip=1"}, // last: its live cell needs the longest, in the background
};

bool longForm()
{
    return qEnvironmentVariableIntValue("SESSIONSCOPE_FAULTS_LONG") > 0;
}

// Short enough that a slow drip or a stalled body ends in seconds, with retries and a
// Retry-After cap that still let 5xx, drops and a 429 storm be ridden out.
ApiLimits matrixLimits()
{
    using std::chrono::milliseconds;
    ApiLimits limits;
    limits.inactivityTimeout = milliseconds(500);
    limits.totalDeadline = milliseconds(1500);
    limits.maxBodyBytes = 4 * 1024 * 1024;
    limits.maxRetries = 4;
    limits.backoffBase = milliseconds(20);
    limits.backoffMax = milliseconds(100);
    limits.maxRetryAfter = milliseconds(2000);
    limits.retryBudget = milliseconds(6000);
    return limits;
}

constexpr int kDeadlineMs = 25'000; // one browse or export; a hang is anything beyond it
// A live cell: its polls (LivePolicy: 30 s a request at most, one quick retry) and the loads.
constexpr int kLiveDeadlineMs = 75'000;
constexpr int kLivePolls = 3;

struct CellResult
{
    enum class Verdict { Exact, ClearError, Hang, Short, Duplicates, Foreign, KeyLeaked };
    Verdict verdict = Verdict::Hang;
    QString detail; // the error sentence, or what went wrong
    qint64 elapsedMs = 0;

    bool passed() const { return verdict == Verdict::Exact || verdict == Verdict::ClearError; }
    QString verdictName() const
    {
        switch (verdict) {
        case Verdict::Exact: return QStringLiteral("exact");
        case Verdict::ClearError: return QStringLiteral("error");
        case Verdict::Hang: return QStringLiteral("HANG");
        case Verdict::Short: return QStringLiteral("SHORT");
        case Verdict::Duplicates: return QStringLiteral("DUPLICATES");
        case Verdict::Foreign: return QStringLiteral("FOREIGN ROWS");
        case Verdict::KeyLeaked: return QStringLiteral("KEY LEAKED");
        }
        return {};
    }
};

// Judges a list of ids against the truth: exact, or what is wrong with it. `complete` says
// whether the operation claimed success; an operation that failed may hold fewer rows, but
// never a duplicate or one the server does not have.
CellResult judge(const QStringList &ids, const QSet<QString> &truth, bool complete, const QString &error)
{
    CellResult r;
    const QSet<QString> unique(ids.cbegin(), ids.cend());
    if (unique.size() != ids.size()) {
        r.verdict = CellResult::Verdict::Duplicates;
        r.detail = QStringLiteral("%1 rows, %2 distinct").arg(ids.size()).arg(unique.size());
    } else if (!truth.contains(unique)) {
        r.verdict = CellResult::Verdict::Foreign;
        r.detail = QStringLiteral("%1 ids the server does not have").arg((unique - truth).size());
    } else if (complete && unique != truth) {
        r.verdict = CellResult::Verdict::Short;
        r.detail = QStringLiteral("%1 of %2 rows, and no error").arg(unique.size()).arg(truth.size());
    } else if (complete) {
        r.verdict = CellResult::Verdict::Exact;
        r.detail = QStringLiteral("%1 rows").arg(ids.size());
    } else if (error.trimmed().isEmpty()) {
        r.verdict = CellResult::Verdict::Short;
        r.detail = QStringLiteral("failed without a message");
    } else {
        r.verdict = CellResult::Verdict::ClearError;
        r.detail = error;
    }
    return r;
}

// A slow drip holds each poll for LivePolicy's whole 30 s deadline: one poll tells enough.
int livePollsFor(const FaultCase &fc)
{
    return qstrcmp(fc.name, "slow drip") == 0 ? 1 : kLivePolls;
}

struct LiveCell
{
    int wantedPolls = kLivePolls;
    std::unique_ptr<ScriptedHttpServer> elsewhere;
    std::unique_ptr<DemoServer> server;
    std::unique_ptr<DemoConnection> connection;
    std::unique_ptr<LiveWatcher> watcher;
    QElapsedTimer timer;
    int polls = 0;
    bool done = false;
    qint64 elapsedMs = 0;
    QString setupError;

    ~LiveCell()
    {
        watcher.reset(); // before the model it watches
    }
};

// A fault-free run must be exact; so must faults a client is built to ride out.
bool mustBeExact(const FaultCase &fc)
{
    return qstrcmp(fc.name, "none") == 0 || qstrcmp(fc.name, "latency") == 0
           || qstrcmp(fc.name, "duplicates across pages") == 0;
}

QSet<QString> idSet(const QStringList &ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

} // namespace

class TestFaultMatrix final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // fault name -> operation -> result, printed at the end.
    std::map<QString, std::map<QString, CellResult>> m_matrix;
    QList<Backend> m_backends;
    int m_scale = 250;
    std::map<std::pair<int, int>, std::unique_ptr<LiveCell>> m_live; // (backend, fault) -> cell
    QSet<int> m_liveStarted;                                          // backends

    std::unique_ptr<DemoServer> startServer() const
    {
        DemoOptions options;
        options.seed = 11;
        options.scale = m_scale;
        options.speed = 0; // the live cells move the clock themselves
        options.rateLimitPerMinute = 0;
        auto server = std::make_unique<DemoServer>(options);
        if (!server->listen())
            qFatal("the demo server could not listen on loopback");
        return server;
    }

    // Switches the fault on, now that the reference load is done. Counting faults start from
    // the server's present request count, so "401 mid-way" lets two more requests through.
    static void applyFault(DemoServer &server, const char *spec, const QUrl &elsewhere)
    {
        DemoFaults faults;
        if (qstrcmp(spec, "redirect") == 0) {
            faults.redirect = elsewhere;
        } else if (qstrcmp(spec, "reject-key-after") == 0) {
            faults.rejectKeyAfter = int(server.requestCount()) + 2;
        } else if (*spec) {
            QString error;
            const auto parsed = DemoFaults::parse(QString::fromLatin1(spec), &error);
            if (!parsed)
                qFatal("bad fault spec %s: %s", spec, qPrintable(error));
            faults = *parsed;
        }
        server.setFaults(faults);
    }

    CellResult browse(DemoServer &server, Backend backend, const QSet<QString> &truth)
    {
        DemoConnection c(server, backend, demoKeyFor(backend), matrixLimits());
        c.startLoading(c.source->defaultQuery());
        if (!QTest::qWaitFor([&] { return c.isSettled(); }, kDeadlineMs))
            return {CellResult::Verdict::Hang, QStringLiteral("still loading after %1 ms").arg(kDeadlineMs), 0};
        const bool complete = c.model->fetchState() == SessionTableModel::FetchState::Complete;
        CellResult r = judge(storeSessionIds(*c.model), truth, complete, c.model->lastError().userMessage());
        if (r.passed() && c.model->rowCount() != int(c.model->loadedCount())) {
            r.verdict = CellResult::Verdict::Duplicates;
            r.detail = QStringLiteral("%1 rows shown for %2 loaded").arg(c.model->rowCount()).arg(c.model->loadedCount());
        }
        return r;
    }

    // Live cells run side by side in the background (a poll may rightly
    // take LivePolicy's 30 s against a slow drip); each row then waits for its cell and judges.
    void startLive(LiveCell &cell, Backend backend, const FaultCase &fc)
    {
        cell.timer.start();
        cell.wantedPolls = livePollsFor(fc);
        cell.elsewhere = std::make_unique<ScriptedHttpServer>();
        cell.elsewhere->setHandler([](const RecordedRequest &, QTcpSocket *socket) {
            ScriptedHttpServer::respondJson(socket, 200, "{}");
        });
        cell.server = startServer();
        cell.connection = std::make_unique<DemoConnection>(*cell.server, backend, demoKeyFor(backend));
        if (!cell.connection->loadAll()) {
            cell.setupError = QStringLiteral("the fault-free load before watching failed");
            cell.done = true;
            return;
        }
        applyFault(*cell.server, fc.faults, cell.elsewhere->url(QStringLiteral("/elsewhere")));
        cell.watcher = std::make_unique<LiveWatcher>(cell.connection->model.get());
        LivePolicy policy;
        policy.interval = std::chrono::hours(1); // the cell polls by hand
        policy.jitter = 0;
        policy.maxSinglesPerPoll = 500;
        cell.watcher->setPolicy(policy);
        LiveCell *c = &cell;
        connect(cell.watcher.get(), &LiveWatcher::pollFinished, cell.watcher.get(), [c] {
            ++c->polls;
            if (c->polls >= c->wantedPolls || c->watcher->status().phase == LiveStatus::Phase::Stopped) {
                c->done = true; // a rejected key stops polling, by design
                c->elapsedMs = c->timer.elapsed();
                return;
            }
            c->server->advanceClock(7 * 60 * 1000); // sessions start and finish in between
            // The next turn of the loop: the watcher is still inside its poll's ending here.
            QTimer::singleShot(0, c->watcher.get(), [c] { c->watcher->pollNow(); });
        });
        cell.watcher->setEnabled(true);
    }

    CellResult finishLive(LiveCell &cell, Backend backend)
    {
        if (!cell.setupError.isEmpty())
            return {CellResult::Verdict::Hang, cell.setupError, 0};
        const qint64 left = kLiveDeadlineMs - cell.timer.elapsed();
        if (!QTest::qWaitFor([&] { return cell.done; }, int(std::max<qint64>(left, 1))))
            return {CellResult::Verdict::Hang, QStringLiteral("%1 of %2 polls after %3 ms").arg(cell.polls).arg(cell.wantedPolls)
                                                   .arg(kLiveDeadlineMs), cell.timer.elapsed()};
        // The truth after the polls, from a fault-free load of the same server.
        cell.server->setFaults({});
        DemoConnection fresh(*cell.server, backend, demoKeyFor(backend));
        if (!fresh.loadAll())
            return {CellResult::Verdict::Hang, QStringLiteral("the fault-free load after watching failed"), 0};
        const SessionTableModel &model = *cell.connection->model;
        const LiveStatus &status = cell.watcher->status();
        const bool watching = status.phase == LiveStatus::Phase::Watching;
        const QString error = status.error.userMessage().isEmpty() ? QString()
                                                                   : status.describe(QDateTime::currentMSecsSinceEpoch());
        CellResult r = judge(storeSessionIds(model), idSet(storeSessionIds(*fresh.model)), watching, error);
        if (r.verdict == CellResult::Verdict::Exact) {
            // Live is exact when every row also says what the server says now.
            for (int row = 0; row < model.rowCount(); ++row) {
                const QString id = model.index(row, 0).data(SessionTableModel::SessionIdRole).toString();
                const int there = fresh.model->viewRowOfId(id);
                const int shown = model.index(row, 0).data(SessionTableModel::StatusRole).toInt();
                const int truth = fresh.model->index(there, 0).data(SessionTableModel::StatusRole).toInt();
                if (shown != truth) {
                    r.verdict = CellResult::Verdict::Short;
                    r.detail = QStringLiteral("session %1 shows status %2, the server says %3").arg(id).arg(shown).arg(truth);
                    break;
                }
            }
        }
        if (r.passed() && model.rowCount() != int(model.loadedCount()))
            r = {CellResult::Verdict::Duplicates, QStringLiteral("rows shown differ from rows loaded"), 0};
        r.elapsedMs = cell.elapsedMs;
        const QByteArray key = demoKeyFor(backend);
        for (const RecordedRequest &request : cell.elsewhere->requests()) {
            if (request.raw.contains(key))
                r = {CellResult::Verdict::KeyLeaked, QStringLiteral("the key reached %1").arg(QString::fromLatin1(request.target)), 0};
        }
        return r;
    }

    CellResult exportAll(DemoServer &server, Backend backend, const QSet<QString> &truth, const QString &cell)
    {
        const QString target = m_dir.filePath(cell + QStringLiteral(".csv"));
        ExportRequest request;
        request.path = target;
        request.columnIds = {QStringLiteral("id")};
        request.csv = CsvOptions{};
        request.failOnIncompleteRows = true;
        std::shared_ptr<const SessionSource> source = makeSessionSource(backend, server.baseUrl(backend));
        const auto header = source->authHeader(demoKeyFor(backend));
        ApiClient client(server.baseUrl(backend), ApiAuth{header.first, header.second}, matrixLimits());
        ExportJob job(request);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.startAllMatching(source, &client, source->defaultQuery());
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, kDeadlineMs)) {
            job.cancel();
            return {CellResult::Verdict::Hang, QStringLiteral("still exporting after %1 ms").arg(kDeadlineMs), 0};
        }
        const ExportResult result = finished.constFirst().constFirst().value<ExportResult>();
        if (!result.ok()) {
            if (QFile::exists(target))
                return {CellResult::Verdict::Short, QStringLiteral("a failed export left a file"), 0};
            return judge({}, truth, false, result.message);
        }
        QFile file(target);
        if (!file.open(QIODevice::ReadOnly))
            return {CellResult::Verdict::Short, QStringLiteral("the export said it wrote a file that is not there"), 0};
        QList<QStringList> rows = readCsvText(QString::fromUtf8(file.readAll()));
        if (!rows.isEmpty())
            rows.removeFirst(); // the header
        QStringList ids;
        for (const QStringList &row : std::as_const(rows))
            ids << row.value(0);
        return judge(ids, truth, true, {});
    }

    // Keeps the cell for the printed matrix, then judges it.
    void record(Backend backend, const FaultCase &fc, Operation op, const CellResult &result)
    {
        m_matrix[QStringLiteral("%1 / %2").arg(QLatin1String(backendName(backend)), QLatin1String(fc.name))]
                [QLatin1String(operationName(op))] = result;
        QVERIFY2(result.passed(), qPrintable(result.verdictName() + QStringLiteral(": ") + result.detail));
        if (mustBeExact(fc))
            QVERIFY2(result.verdict == CellResult::Verdict::Exact, qPrintable(result.detail));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ExportResult>();
        QVERIFY(m_dir.isValid());
        m_backends = {Backend::Century};
        if (longForm()) {
            m_backends = {Backend::Century, Backend::Treasure, Backend::MobileNext};
            m_scale = 1500;
        }
    }

    void cell_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("operation");
        QTest::addColumn<int>("backend");
        for (const Backend backend : std::as_const(m_backends)) {
            for (int f = 0; f < int(std::size(kFaults)); ++f) {
                for (const Operation op : kOperations) {
                    QTest::addRow("%s %s %s", backendName(backend), kFaults[f].name, operationName(op))
                        << f << int(op) << int(backend);
                }
            }
        }
    }
    void cell()
    {
        QFETCH(int, fault);
        QFETCH(int, operation);
        QFETCH(int, backend);
        const FaultCase &fc = kFaults[fault];
        const auto op = Operation(operation);
        const auto b = Backend(backend);

        // One backend's live cells start together with its first row and run in the background.
        if (!m_liveStarted.contains(backend)) {
            m_liveStarted.insert(backend);
            for (int f = 0; f < int(std::size(kFaults)); ++f) {
                auto cell = std::make_unique<LiveCell>();
                startLive(*cell, b, kFaults[f]);
                m_live[{backend, f}] = std::move(cell);
            }
        }
        if (op == Operation::Live) {
            const CellResult result = finishLive(*m_live.at({backend, fault}), b);
            m_live.erase({backend, fault});
            record(b, fc, op, result);
            return;
        }

        // Another origin on loopback that records whatever reaches it.
        ScriptedHttpServer elsewhere;
        elsewhere.setHandler([](const RecordedRequest &, QTcpSocket *socket) {
            ScriptedHttpServer::respondJson(socket, 200, "{}");
        });
        auto server = startServer();

        QSet<QString> truth;
        {
            DemoConnection reference(*server, b, demoKeyFor(b));
            QVERIFY(reference.loadAll());
            truth = idSet(storeSessionIds(*reference.model));
            QVERIFY(truth.size() > 100);
            applyFault(*server, fc.faults, elsewhere.url(QStringLiteral("/elsewhere")));
        }

        QElapsedTimer timer;
        timer.start();
        CellResult result;
        switch (op) {
        case Operation::Browse: result = browse(*server, b, truth); break;
        case Operation::Live: break;
        case Operation::Export:
            result = exportAll(*server, b, truth, QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
            break;
        }
        result.elapsedMs = timer.elapsed();
        const QByteArray key = demoKeyFor(b);
        for (const RecordedRequest &request : elsewhere.requests()) {
            if (request.raw.contains(key)) {
                result.verdict = CellResult::Verdict::KeyLeaked;
                result.detail = QStringLiteral("the key reached %1").arg(QString::fromLatin1(request.target));
            }
        }
        record(b, fc, op, result);
    }

    void cleanupTestCase()
    {
        // The matrix, for the log and the README's figures.
        int passed = 0;
        int total = 0;
        qInfo().noquote() << QStringLiteral("%1 | %2 | %3 | %4").arg(QStringLiteral("fault"), -36)
                                 .arg(QStringLiteral("browse"), -16).arg(QStringLiteral("live"), -16)
                                 .arg(QStringLiteral("export"), -16);
        for (const auto &[fault, cells] : m_matrix) {
            QStringList columns;
            for (const Operation op : kOperations) {
                const auto it = cells.find(QLatin1String(operationName(op)));
                if (it == cells.end()) {
                    columns << QStringLiteral("-").leftJustified(16);
                    continue;
                }
                ++total;
                passed += it->second.passed() ? 1 : 0;
                columns << QStringLiteral("%1 %2s").arg(it->second.verdictName()).arg(it->second.elapsedMs / 1000.0, 0, 'f', 1)
                               .leftJustified(16);
            }
            qInfo().noquote() << QStringLiteral("%1 | %2").arg(fault, -36).arg(columns.join(QLatin1String(" | ")));
        }
        qInfo().noquote() << QStringLiteral("FAULTMATRIX %1 of %2 cells passed").arg(passed).arg(total);
        for (const auto &[fault, cells] : m_matrix) {
            for (const auto &[op, result] : cells) {
                if (result.verdict == CellResult::Verdict::ClearError)
                    qInfo().noquote() << QStringLiteral("  %1, %2: \"%3\"").arg(fault, op, result.detail);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
