// Issue 5's browse figures at 1,000,000 Century sessions from 200,000 pupils (the demo
// world's own data, parsed by the real parser): a page appended on the GUI thread, quick
// search and sort off it, how long the GUI thread is blocked meanwhile, and painting a
// screenful. Peers, measured in the same run: parsing the same page (for the append), and
// the stock QSortFilterProxyModel over the same model (for search and sort).
#include "demo/demojsonwriter.h"
#include "demo/demoworld.h"
#include "domain/timestamps.h"
#include "model/sessionstore.h"
#include "model/sessiontablemodel.h"
#include "sessions/sessiontableview.h"
#include "sources/sessionsource.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

const int kSessions = qEnvironmentVariableIsSet("BENCH_SESSIONS") ? qEnvironmentVariableIntValue("BENCH_SESSIONS") : 1'000'000;
constexpr int kPageSize = 100;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void report(const char *id, double value, const char *unit, const char *peer, double peerValue, double goal,
            bool lowerIsBetter = true)
{
    const bool pass = lowerIsBetter ? value <= goal : value >= goal;
    if (peer)
        std::printf("BENCH %s value=%.3f unit=%s peer=%s peer_value=%.3f ratio=%.3f goal=%g pass=%s\n", id, value, unit,
                    peer, peerValue, peerValue > 0 ? value / peerValue : 0.0, goal, pass ? "yes" : "no");
    else
        std::printf("BENCH %s value=%.3f unit=%s goal=%g pass=%s\n", id, value, unit, goal, pass ? "yes" : "no");
    std::fflush(stdout);
}

QByteArray pageBody(const DemoCenturyWorld &world, quint32 first, quint32 count, qint64 nowMs)
{
    QByteArray body;
    body.reserve(count * 900 + 256);
    DemoJsonWriter json(body);
    json.beginObject();
    json.key("data");
    json.beginArray();
    for (quint32 i = first; i < first + count; ++i)
        world.writeSession(json, i, nowMs);
    json.endArray();
    json.key("pagination");
    json.beginObject();
    json.field("total", qint64(world.sessionCount()));
    json.field("limit", qint64(count));
    json.field("offset", qint64(first));
    json.fieldNull("previousCursor");
    json.fieldNull("nextCursor");
    json.endObject();
    json.endObject();
    return body;
}

// Records how long the event loop goes without running a 1 ms timer: the GUI thread's
// longest stall while an order job runs and lands.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_worst = std::max(m_worst, m_clock.restart());
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return double(m_worst);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

struct OrderTiming
{
    double totalMs = 0;
    double stallMs = 0;
};

template<typename Change>
OrderTiming timeOrder(SessionTableModel &model, StallMeter &meter, Change change)
{
    QEventLoop loop;
    const auto done = QObject::connect(&model, &SessionTableModel::orderingChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    QElapsedTimer clock;
    meter.start();
    clock.start();
    change();
    if (model.isOrdering())
        loop.exec();
    OrderTiming t;
    t.totalMs = double(clock.nsecsElapsed()) / 1e6;
    t.stallMs = meter.stop();
    QObject::disconnect(done);
    return t;
}

int columnIndex(const SessionTableModel &model, const char *id)
{
    const ColumnList &columns = model.columns();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].id == QLatin1String(id))
            return int(i);
    }
    qFatal("no column %s", id);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    DemoWorld world(20260310, kSessions, 0);
    const DemoCenturyWorld &century = world.century();
    const qint64 nowMs = world.nowMs();
    const quint32 sessions = century.startedCount(nowMs);
    std::shared_ptr<const SessionSource> source = makeSessionSource(Backend::Century, QUrl(QStringLiteral("http://127.0.0.1:1/century/api/v1")));

    SessionTableModel model;
    model.open(source, nullptr, source->defaultQuery()); // no client: pages are merged by hand
    SessionTableView view;
    view.setModel(&model);
    view.resize(1280, 900);
    view.show();
    view.adoptColumns(QStringLiteral("bench"));

    // Every page of the world, parsed by the real parser and merged as the Pager would.
    std::vector<double> appendMs, parseMs;
    QElapsedTimer clock;
    for (quint32 first = 0; first < sessions; first += kPageSize) {
        const quint32 count = std::min<quint32>(kPageSize, sessions - first);
        const QByteArray body = pageBody(century, first, count, nowMs);
        clock.start();
        const SessionPage page = source->parsePage(body);
        const double parsed = double(clock.nsecsElapsed()) / 1e6;
        clock.start();
        model.merge(page.rows);
        const double appended = double(clock.nsecsElapsed()) / 1e6;
        if (first + 200 * kPageSize >= sessions) { // the last 200 pages: appends to a full table
            appendMs.push_back(appended);
            parseMs.push_back(parsed);
        }
    }
    std::printf("loaded %lld sessions (%u pupils)\n", qint64(model.rowCount()), century.pupils().count());
    report("browse.page_append_ms", median(appendMs), "ms", "parse_same_page", median(parseMs), 2.0);

    StallMeter meter;
    const char *needles[] = {"smi", "jon", "eng", "ali", "mat"};
    std::vector<double> searchMs, searchStall;
    for (const char *needle : needles) {
        const OrderTiming t = timeOrder(model, meter, [&] { model.setSearchText(QString::fromLatin1(needle)); });
        searchMs.push_back(t.totalMs);
        searchStall.push_back(t.stallMs);
        std::printf("search %-4s -> %d rows in %.1f ms (GUI stall %.1f ms)\n", needle, model.rowCount(), t.totalMs, t.stallMs);
        timeOrder(model, meter, [&] { model.setSearchText({}); });
    }

    std::vector<double> sortMs, sortStall;
    for (const char *column : {"pupil", "started", "duration", "level", "subject", "status"}) {
        const int index = columnIndex(model, column);
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const OrderTiming t = timeOrder(model, meter, [&] { model.sort(index, order); });
            sortMs.push_back(t.totalMs);
            sortStall.push_back(t.stallMs);
            std::printf("sort %-8s %s in %.1f ms (GUI stall %.1f ms)\n", column,
                        order == Qt::AscendingOrder ? "asc " : "desc", t.totalMs, t.stallMs);
        }
    }

    // Painting a screenful of the sorted table at random places.
    std::vector<double> paintMs;
    QRandomGenerator random(7);
    QScrollBar *bar = view.verticalScrollBar();
    for (int i = 0; i < 60; ++i) {
        bar->setValue(int(random.bounded(bar->maximum() + 1)));
        clock.start();
        view.viewport()->repaint();
        paintMs.push_back(double(clock.nsecsElapsed()) / 1e6);
    }

    // Live polls (issue 6): 250 sessions that started and 250 that finished (every other
    // poll they go back to running, so each poll changes them again) merged into the million
    // rows with the view sorted. Timed: mergeLive plus the event loop turn in which the view
    // lays out and paints. Peer: the same poll through merge() and a full re-sort, until the
    // rows are in place.
    const std::vector<SessionRecord> templates = source->parsePage(pageBody(century, 0, 250, nowMs)).rows;
    std::vector<qint32> runningRows;
    for (qsizetype row = 0; row < model.store()->size() && runningRows.size() < 250; ++row) {
        if (model.store()->status(row) == SessionStatus::Live)
            runningRows.push_back(qint32(row));
    }
    int pollNumber = 0;
    const auto nextPoll = [&] {
        const int k = pollNumber++;
        std::vector<SessionRecord> poll;
        for (std::size_t i = 0; i < templates.size(); ++i) {
            SessionRecord r = templates[i];
            r.id = QStringLiteral("f0000000-0000-4000-8000-%1").arg(qint64(k) * 1000 + qint64(i), 12, 10, QLatin1Char('0'));
            r.status = SessionStatus::Live;
            r.backendStatus = QStringLiteral("IN_PROGRESS");
            r.startedMs = nowMs + qint64(k) * 60'000 + qint64(i) * 10;
            r.endedMs = kNoTime;
            auto &d = std::get<CenturyDetail>(r.detail);
            d.level.clear();
            d.durationRaw.clear();
            d.durationSeconds = kNoTime;
            d.resultCreatedMs = kNoTime;
            poll.push_back(r);
        }
        for (const qint32 row : runningRows) {
            SessionRecord r = model.store()->record(row);
            auto &d = std::get<CenturyDetail>(r.detail);
            const bool finish = k % 2 == 0;
            r.status = finish ? SessionStatus::Completed : SessionStatus::Live;
            r.backendStatus = finish ? QStringLiteral("COMPLETED") : QStringLiteral("IN_PROGRESS");
            r.endedMs = finish ? r.startedMs + 1'200'000 : kNoTime;
            d.level = finish ? QStringLiteral("L1 - Lower") : QString();
            d.durationSeconds = finish ? 1200 : kNoTime;
            d.durationRaw = finish ? QStringLiteral("PT20M") : QString();
            d.resultCreatedMs = r.endedMs;
            poll.push_back(r);
        }
        return poll;
    };
    struct LiveCase
    {
        const char *figure;
        const char *column;
        Qt::SortOrder order;
    };
    for (const LiveCase &c : {LiveCase{"live.merge_500_ms", "started", Qt::DescendingOrder},
                              LiveCase{"live.merge_500_by_pupil_ms", "pupil", Qt::AscendingOrder}}) {
        timeOrder(model, meter, [&] { model.sort(columnIndex(model, c.column), c.order); });
        std::vector<double> liveMs, modelMs, peerMs;
        for (int rep = 0; rep < 7; ++rep) {
            const std::vector<SessionRecord> poll = nextPoll();
            clock.start();
            model.mergeLive(poll);
            modelMs.push_back(double(clock.nsecsElapsed()) / 1e6);
            QCoreApplication::processEvents();
            liveMs.push_back(double(clock.nsecsElapsed()) / 1e6);
            if (rep < 3) { // the peer is slow: three runs
                const std::vector<SessionRecord> peerPoll = nextPoll();
                peerMs.push_back(timeOrder(model, meter, [&] { model.merge(peerPoll); }).totalMs);
            }
        }
        std::printf("%s: %zu rows per poll, sorted by %s, %d rows shown; in the model %.1f ms, with the view %.1f ms\n",
                    c.figure, templates.size() + runningRows.size(), c.column, model.rowCount(), median(modelMs),
                    median(liveMs));
        report(c.figure, median(liveMs), "ms", "merge_then_full_resort", median(peerMs), 5);
    }

    // The peer: the stock proxy over the same model (one run each; it is slow). Asking for
    // its row count makes it build the mapping it would otherwise build on first use.
    double proxyFilterMs = 0, proxySortMs = 0;
    if (!qEnvironmentVariableIsSet("BENCH_SKIP_PEERS")) {
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        model.sort(-1);
        proxy.setFilterKeyColumn(columnIndex(model, "pupil"));
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive); // as our quick search
        clock.start();
        proxy.setFilterFixedString(QStringLiteral("smi"));
        const int matching = proxy.rowCount();
        proxyFilterMs = double(clock.nsecsElapsed()) / 1e6;
        proxy.setFilterFixedString({});
        clock.start();
        proxy.sort(columnIndex(model, "pupil"));
        proxySortMs = double(clock.nsecsElapsed()) / 1e6;
        std::printf("QSortFilterProxyModel: %d rows match\n", matching);
    }
    std::printf("QSortFilterProxyModel: filter one column %.0f ms, sort by pupil %.0f ms\n", proxyFilterMs, proxySortMs);

    const bool peers = proxySortMs > 0;
    report("browse.search_ms", median(searchMs), "ms", peers ? "QSortFilterProxyModel_one_column" : nullptr, proxyFilterMs, 100);
    // Not an issue goal, but the figure to watch: the longest the window could not paint
    // while a search or sort was made and applied (job set-up and apply run on the GUI thread).
    std::printf("info: GUI stall median %.0f ms while a search lands, %.0f ms while a sort lands\n",
                median(searchStall), median(sortStall));
    report("browse.sort_ms", median(sortMs), "ms", peers ? "QSortFilterProxyModel_sort" : nullptr, proxySortMs, 300);
    report("browse.sort_worst_ms", *std::max_element(sortMs.begin(), sortMs.end()), "ms", nullptr, 0, 300);
    report("browse.paint_screenful_ms", median(paintMs), "ms", nullptr, 0, 16);
    report("browse.paint_screenful_worst_ms", *std::max_element(paintMs.begin(), paintMs.end()), "ms", nullptr, 0, 16);
    return 0;
}
