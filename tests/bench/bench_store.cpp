// Issue 5's figures: the compact SessionStore at 1,000,000 Century sessions of 200,000
// pupils (the demo world at that scale, written as the demo server writes pages and read
// by the real parser). Memory is measured from the allocator (glibc mallinfo2: bytes in use,
// heap and mmap), never self-reported; times are medians. Peers: the same rows as
// QJsonObjects and as parsed SessionRecords (memory), QString::contains over a QStringList of
// the same texts (search), std::stable_sort over the same keys held as QStrings (sort).
// Built in Release to <build>/bench/, run by `./dev bench`, never by ctest.
// BENCH_SESSIONS and BENCH_RUNS shrink it for a quick look; BENCH_PART=search,sort,... picks
// parts (memory, search, sort, jobs, upsert).
#include "benchpages.h"
#include "benchreport.h"

#include "demo/democenturyworld.h"
#include "demo/demoepoch.h"
#include "domain/iso8601.h"
#include "model/sessionstore.h"
#include "sources/century/centurycolumns.h"
#include "sources/century/centurypageparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>
#include <vector>

namespace {

const int kSessions =
    qEnvironmentVariableIsSet("BENCH_SESSIONS") ? qEnvironmentVariableIntValue("BENCH_SESSIONS") : 1'000'000;
const int kRuns = qEnvironmentVariableIsSet("BENCH_RUNS") ? qEnvironmentVariableIntValue("BENCH_RUNS") : 7;
// Whether BENCH_PART (a comma-separated list) asks for `name`; every part when it is unset.
bool part(const char *name)
{
    const QByteArray parts = qgetenv("BENCH_PART");
    return parts.isEmpty() || parts.split(',').contains(name);
}
// The peers are slow; their spread is small beside our ratio. BENCH_PEERS=0 skips the time
// peers (a quick look at our own figures; the ratios are then meaningless).
const int kPeerRuns = qEnvironmentVariableIsSet("BENCH_PEERS") ? qEnvironmentVariableIntValue("BENCH_PEERS") : 3;
constexpr int kPeerMemoryRows = 100'000; // peers' memory per row, measured on the first rows
constexpr quint32 kPageRows = 1000;
constexpr quint64 kSeed = 20260310;
// Two hours after the clock starts: every session of the world has started, a few are live.
constexpr qint64 kNowMs = demoepoch::kWorldStartMs + 2 * 3600 * 1000;

// Bytes the allocator has handed out and not got back: small blocks and mmapped large ones.
std::size_t heapInUse()
{
    const struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd;
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

BenchSample sampleMs(int runs, const std::function<void(int run)> &work)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run)
        times.push_back(timeMs([&] { work(run); }));
    return BenchSample::of(times);
}

// Memory per row of the peers, on the first kPeerMemoryRows sessions.
void measurePeers(const DemoCenturyWorld &world, quint32 rows, double &recordsPerRow, double &jsonPerRow)
{
    {
        std::vector<SessionRecord> records;
        records.reserve(rows);
        const std::size_t before = heapInUse();
        for (quint32 first = 0; first < rows; first += kPageRows) {
            SessionPage page = century::parsePage(benchCenturyPage(world, first, std::min(kPageRows, rows - first), kNowMs));
            for (SessionRecord &r : page.rows)
                records.push_back(std::move(r));
        }
        recordsPerRow = double(heapInUse() - before) / rows;
    }
    {
        std::vector<QJsonObject> objects;
        objects.reserve(rows);
        const std::size_t before = heapInUse();
        for (quint32 first = 0; first < rows; first += kPageRows) {
            const QByteArray body = benchCenturyPage(world, first, std::min(kPageRows, rows - first), kNowMs);
            const QJsonArray data = QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray();
            for (const QJsonValue &v : data)
                objects.push_back(v.toObject());
        }
        jsonPerRow = double(heapInUse() - before) / rows;
    }
}

const ColumnDescriptor &column(const char *id)
{
    return *findColumn(century::sessionColumns(), QString::fromLatin1(id));
}

// The store's heap per row against the peers' (measured the same way on fewer rows).
void reportMemory(const DemoCenturyWorld &world, quint32 total, double storePerRow)
{
    double recordsPerRow = 0;
    double jsonPerRow = 0;
    measurePeers(world, std::min(total, quint32(kPeerMemoryRows)), recordsPerRow, jsonPerRow);
    std::printf("  peers on the first %d rows: QJsonObject %.0f bytes/row, std::vector<SessionRecord> %.0f bytes/row\n",
                std::min(int(total), kPeerMemoryRows), jsonPerRow, recordsPerRow);
    // Allocator counts, not times: exact.
    reportFigure({.id = "store_bytes_per_row", .ours = BenchSample::exact(storePerRow), .unit = "B",
                  .goal = BenchGoal::atMost(200), .peer = "qjsonobject_per_row",
                  .theirs = BenchSample::exact(jsonPerRow)});
    reportFigure({.id = "store_bytes_per_row_vs_records", .ours = BenchSample::exact(storePerRow), .unit = "B",
                  .goal = BenchGoal::report(), .peer = "sessionrecord_vector",
                  .theirs = BenchSample::exact(recordsPerRow)});
}

// The quick search: several needles (ASCII and not, matching many rows or few), each
// checked against the peer's answer.
void reportSearch(const SessionStore &store, quint32 total)
{
    const QStringList needles{QStringLiteral("jones"), QStringLiteral("an"), QStringLiteral("maths"),
                              QStringLiteral("23"), QStringLiteral("ł"), QStringLiteral("mis-12")};
    const char *searchIds[] = {"pupil", "username", "upn", "external_id", "test", "subject"};
    QStringList texts; // per row, the searchable texts, as a plain Qt client would keep them
    texts.reserve(qsizetype(total) * 6);
    for (quint32 row = 0; row < total && kPeerRuns > 0; ++row) {
        for (const char *id : searchIds)
            texts.append(store.value(row, column(id)).toString());
    }
    std::vector<double> searchTimes;
    std::vector<std::vector<double>> searchCases;
    std::vector<double> peerTimes;
    for (const QString &needle : needles) {
        std::vector<double> times;
        std::size_t matched = 0;
        for (int run = 0; run < kRuns; ++run) {
            times.push_back(timeMs([&] {
                const std::unique_ptr<RowMatchJob> job = store.textSearch(needle);
                const std::vector<quint8> m = job->run();
                matched = std::size_t(std::count(m.begin(), m.end(), 1));
            }));
        }
        std::size_t peerMatched = 0;
        const double peerMs = kPeerRuns == 0 ? 1 : timeMs([&] {
            std::vector<quint8> m(total, 0);
            for (qsizetype i = 0; i < texts.size(); ++i) {
                if (texts[i].contains(needle, Qt::CaseInsensitive))
                    m[std::size_t(i / 6)] = 1;
            }
            peerMatched = std::size_t(std::count(m.begin(), m.end(), 1));
        });
        if (kPeerRuns > 0 && matched != peerMatched)
            qFatal("search for %s: %zu rows, the peer found %zu", qPrintable(needle), matched, peerMatched);
        std::printf("  search '%s': %.1f ms (peer %.1f ms), %zu rows\n", qPrintable(needle), benchMedian(times), peerMs,
                    matched);
        searchTimes.insert(searchTimes.end(), times.begin(), times.end());
        searchCases.push_back(times);
        peerTimes.push_back(peerMs);
    }
    texts = QStringList();
    const BenchSample search = BenchSample::pooled(searchCases);
    const BenchSample searchPeer = BenchSample::of(peerTimes);
    std::printf("  search (job made and run) over all needles: median %.1f ms, slowest run %.1f ms; "
                "QString::contains over %u x 6 texts: %.1f ms\n",
                search.value, *std::max_element(searchTimes.begin(), searchTimes.end()), total, searchPeer.value);
    reportFigure({.id = "store_text_search", .ours = search, .unit = "ms", .goal = BenchGoal::atMost(100),
                  .peer = "qstring_contains_qstringlist", .theirs = searchPeer});
}

// Sort keys of the columns a teacher sorts by most, alone and followed by the view's sort.
void reportSorts(const SessionStore &store, quint32 total)
{
    struct SortCase
    {
        const char *column;
        const char *figure;
        const char *totalFigure;
    };
    const SortCase sorts[] = {{"pupil", "store_sort_keys_pupil", "store_sort_total_pupil"},
                              {"started", "store_sort_keys_started", "store_sort_total_started"},
                              {"duration", "store_sort_keys_duration", "store_sort_total_duration"},
                              {"level", "store_sort_keys_level", "store_sort_total_level"},
                              // The demo's names repeat (finite name lists); these do not: a UPN
                              // per pupil (200,000 distinct texts) and a UUID per session.
                              {"upn", "store_sort_keys_upn", "store_sort_total_upn"},
                              {"id", "store_sort_keys_id", "store_sort_total_id"}};
    for (const SortCase &s : sorts) {
        const ColumnDescriptor &c = column(s.column);
        std::vector<quint64> keys;
        const BenchSample keysMs = sampleMs(kRuns, [&](int) { keys = store.sortKeys(c)->run(); });
        // What the view does next (ViewOrderJob): a sort of (key, row), ties in arrival order.
        struct Entry
        {
            quint64 key;
            qint32 row;
            bool operator<(const Entry &o) const { return key != o.key ? key < o.key : row < o.row; }
        };
        const BenchSample totalMs = sampleMs(kRuns, [&](int) {
            const std::vector<quint64> k = store.sortKeys(c)->run();
            std::vector<Entry> entries(k.size());
            for (std::size_t row = 0; row < k.size(); ++row)
                entries[row] = Entry{k[row], qint32(row)};
            std::sort(entries.begin(), entries.end());
        });
        // The peer: the column's values held as QStrings (times and durations as sortable
        // text), stably sorted by a case-insensitive compare.
        std::vector<QString> values(total);
        for (quint32 row = 0; row < total; ++row) {
            const QVariant v = store.value(row, c);
            if (c.type == ColumnType::DateTime)
                values[row] = iso8601::formatRfc3339Ms(v.isNull() ? kNoTime : v.toLongLong());
            else if (c.type == ColumnType::Duration)
                values[row] = v.isNull() ? QString()
                                         : QStringLiteral("%1").arg(v.toLongLong(), 8, 10, QLatin1Char('0'));
            else
                values[row] = v.toString();
        }
        const BenchSample peerMs = kPeerRuns == 0 ? BenchSample{} : sampleMs(kPeerRuns, [&](int) {
            std::vector<qint32> order(total);
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&](qint32 a, qint32 b) {
                return values[std::size_t(a)].compare(values[std::size_t(b)], Qt::CaseInsensitive) < 0;
            });
        });
        std::printf("  sort by %s: keys %.1f ms, keys + sort of (key, row) %.1f ms; "
                    "std::stable_sort of QStrings %.1f ms\n",
                    s.column, keysMs.value, totalMs.value, peerMs.value);
        reportFigure({.id = s.figure, .ours = keysMs, .unit = "ms", .goal = BenchGoal::atMost(150),
                      .peer = "qstring_stable_sort", .theirs = peerMs});
        reportFigure({.id = s.totalFigure, .ours = totalMs, .unit = "ms", .goal = BenchGoal::atMost(300)});
    }

}

// What a job costs the GUI thread, where it is made (sessionstore.h): the slowest column.
void reportJobCreation(const SessionStore &store)
{
    BenchSample slowest;
    QString slowestColumn;
    for (const ColumnDescriptor &c : store.columns()) {
        const BenchSample ms = sampleMs(kRuns, [&](int) { store.sortKeys(c); });
        if (ms.value > slowest.value) {
            slowest = ms;
            slowestColumn = c.id;
        }
    }
    const BenchSample searchMs = sampleMs(kRuns, [&](int) { store.textSearch(QStringLiteral("jones")); });
    std::printf("  making a job on the GUI thread: sort keys up to %.2f ms (%s), search %.2f ms\n", slowest.value,
                qPrintable(slowestColumn), searchMs.value);
    reportFigure({.id = "store_job_create_max", .ours = slowest.value > searchMs.value ? slowest : searchMs,
                  .unit = "ms", .goal = BenchGoal::atMost(5)});
}

// A page of 100 new sessions arriving, and a poll's 100 updates of held ones.
void reportUpserts(SessionStore &store, quint32 total)
{
    const DemoCenturyWorld other(kSeed + 1, 20 * 100 * 5);
    const quint32 freshCount = std::min(2000u, other.startedCount(kNowMs));
    const std::vector<SessionRecord> fresh = century::parsePage(benchCenturyPage(other, 0, freshCount, kNowMs)).rows;
    std::vector<double> appendMs;
    for (std::size_t first = 0; first + 100 <= fresh.size() && appendMs.size() < 20; first += 100) {
        appendMs.push_back(timeMs([&] {
            for (std::size_t i = first; i < first + 100; ++i)
                store.upsert(fresh[i]);
        }));
    }
    std::vector<double> updateMs;
    for (int page = 0; page < 20; ++page) {
        std::vector<SessionRecord> changed;
        for (int i = 0; i < 100; ++i) {
            SessionRecord r = store.record(qsizetype((page * 100 + i) * 4999 % total));
            r.status = r.status == SessionStatus::Live ? SessionStatus::Completed : SessionStatus::Live;
            r.endedMs += 1000;
            changed.push_back(std::move(r));
        }
        updateMs.push_back(timeMs([&] {
            for (const SessionRecord &r : changed)
                store.upsert(r);
        }));
    }
    const BenchSample append = BenchSample::of(appendMs);
    const BenchSample update = BenchSample::of(updateMs);
    std::printf("  upsert of a page of 100: new rows %.3f ms, updates of held rows %.3f ms (medians of %zu pages)\n",
                append.value, update.value, appendMs.size());
    reportFigure({.id = "store_upsert_page_new", .ours = append, .unit = "ms", .goal = BenchGoal::atMost(2)});
    reportFigure({.id = "store_upsert_page_updates", .ours = update, .unit = "ms", .goal = BenchGoal::atMost(2)});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const DemoCenturyWorld world(kSeed, kSessions);
    const quint32 total = std::min(quint32(kSessions), world.startedCount(kNowMs));
    std::vector<quint8> pupilSeen(world.pupils().count(), 0);
    for (quint32 i = 0; i < total; ++i)
        pupilSeen[world.pupilOf(i)] = 1;
    const auto pupils = std::count(pupilSeen.begin(), pupilSeen.end(), 1);
    std::printf("Century store: %u sessions of %lld distinct pupils (demo world, seed %llu), Release, medians of %d "
                "runs (peers: %d)\n",
                total, qint64(pupils), kSeed, kRuns, kPeerRuns);

    // The store filled page by page, as the model fills it; its heap measured around that.
    std::unique_ptr<SessionStore> store;
    const std::size_t heapBefore = heapInUse();
    store = SessionStore::create(Backend::Century);
    const std::size_t heapEmpty = heapInUse();
    double parseMs = 0;
    double upsertMs = 0;
    double slowestPageMs = 0; // a table growing (rehash) lands inside one page
    for (quint32 first = 0; first < total; first += kPageRows) {
        const QByteArray body = benchCenturyPage(world, first, std::min(kPageRows, total - first), kNowMs);
        SessionPage page;
        parseMs += timeMs([&] { page = century::parsePage(body); });
        const double pageMs = timeMs([&] {
            for (const SessionRecord &r : page.rows)
                store->upsert(r);
        });
        upsertMs += pageMs;
        slowestPageMs = std::max(slowestPageMs, pageMs);
    }
    const std::size_t heapFull = heapInUse();
    if (store->size() != qsizetype(total))
        qFatal("store holds %lld rows, expected %u", qint64(store->size()), total);
    const double storePerRow = double(heapFull - heapEmpty) / total;
    std::printf("  filled in %.0f ms of upserts (%.2f us/row, slowest page of %u %.1f ms; parsing took %.0f ms); "
                "empty store %zu bytes\n",
                upsertMs, upsertMs * 1000 / total, kPageRows, slowestPageMs, parseMs, heapEmpty - heapBefore);
    std::printf("  heap in use: %.1f bytes/row (mallinfo2), store's own count %.1f bytes/row\n", storePerRow,
                double(store->bytesUsed()) / total);

    if (part("memory"))
        reportMemory(world, total, storePerRow);
    if (part("search"))
        reportSearch(*store, total);
    if (part("sort"))
        reportSorts(*store, total);
    if (part("jobs"))
        reportJobCreation(*store);
    if (part("upsert"))
        reportUpserts(*store, total);
    return 0;
}
