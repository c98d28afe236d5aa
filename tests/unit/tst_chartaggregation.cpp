// Chart aggregation (issue 7): exact counts from known records, levels in level order, hour
// vs day buckets, top-N workflows with "Other", Mobile Next platforms / OS versions / devices
// in use, the chart filter as ViewOrderJob applies it, and the job's copy contract.
#include "charts/chartbasis.h"
#include "charts/chartdurationbins.h"
#include "charts/chartfactsjob.h"
#include "charts/chartlevelorder.h"
#include "model/chartfilterrow.h"
#include "model/sessionstore.h"
#include "model/vieworderjob.h"

#include <QDateTime>
#include <QTest>

#include <numeric>

namespace {

const qint64 kT0 = QDateTime(QDate(2026, 3, 9), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(); // a Monday
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

SessionRecord century(int n, SessionStatus status, qint64 startedMs, const QString &subject, const QString &level,
                      qint64 durationSeconds = kNoTime)
{
    SessionRecord r;
    r.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    r.status = status;
    r.backendStatus = status == SessionStatus::Live ? QStringLiteral("IN_PROGRESS") : QStringLiteral("COMPLETED");
    r.startedMs = startedMs;
    CenturyDetail d;
    d.userId = QStringLiteral("10000000-0000-4000-8000-%1").arg(n % 7, 12, 10, QLatin1Char('0'));
    d.fullName = QStringLiteral("Pupil %1").arg(n % 7);
    d.testId = QStringLiteral("20000000-0000-4000-8000-%1").arg(subject.size(), 12, 10, QLatin1Char('0'));
    d.testName = subject + QStringLiteral(" Smart Initial Assessment");
    d.subject = subject;
    d.level = level;
    d.durationSeconds = durationSeconds;
    r.detail = d;
    return r;
}

SessionRecord treasure(int n, SessionStatus status, qint64 startedMs, const QString &workflow)
{
    SessionRecord r;
    r.id = QString::number(1000 + n);
    r.status = status;
    r.startedMs = startedMs;
    TreasureDetail d;
    d.projectName = QStringLiteral("etl");
    d.workflowName = workflow;
    r.detail = d;
    return r;
}

SessionRecord mobile(int n, SessionStatus status, qint64 startedMs, const QString &platform, const QString &os,
                     const QString &device)
{
    SessionRecord r;
    r.id = QStringLiteral("mn-%1").arg(n);
    r.status = status;
    r.startedMs = startedMs;
    r.endedMs = status == SessionStatus::Live ? kNoTime : startedMs + kHour;
    MobileNextDetail d;
    d.platform = platform;
    d.osVersion = os;
    d.deviceId = device;
    d.deviceName = QStringLiteral("Phone ") + device;
    r.detail = d;
    return r;
}

std::unique_ptr<SessionStore> storeOf(Backend backend, const std::vector<SessionRecord> &records)
{
    auto store = SessionStore::create(backend);
    for (const SessionRecord &r : records)
        store->upsert(r);
    return store;
}

std::vector<qint32> allRows(const SessionStore &store)
{
    std::vector<qint32> rows(std::size_t(store.size()));
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

ChartFactsOptions utc()
{
    ChartFactsOptions options;
    options.zone = QTimeZone::utc();
    return options;
}

ChartStatusRow statusRow(qsizetype live, qsizetype completed, qsizetype failed = 0, qsizetype cancelled = 0)
{
    return {0, live, completed, failed, cancelled};
}

int columnIndex(const SessionStore &store, QStringView id)
{
    const ColumnList &columns = store.columns();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].id == id)
            return int(i);
    }
    return -1;
}

} // namespace

class TestChartAggregation final : public QObject
{
    Q_OBJECT

private slots:
    void statusCountsOfVisibleRowsOnly()
    {
        std::vector<SessionRecord> records;
        for (int i = 0; i < 10; ++i)
            records.push_back(century(i, i < 3 ? SessionStatus::Live : SessionStatus::Completed, kT0 + i * kHour,
                                      QStringLiteral("Maths"), i < 3 ? QString() : QStringLiteral("E2 - Upper"), 600));
        const auto store = storeOf(Backend::Century, records);

        const ChartFacts all = ChartFactsJob(*store, allRows(*store), utc()).run();
        QCOMPARE(all.rowCount, 10);
        QCOMPARE(all.statusCounts, statusRow(3, 7));

        // The table shows rows 1, 4 and 9 only (a filter): the charts count those.
        const ChartFacts some = ChartFactsJob(*store, {9, 1, 4}, utc()).run();
        QCOMPARE(some.rowCount, 3);
        QCOMPARE(some.statusCounts, statusRow(1, 2));
        QCOMPARE(some.levels.withoutLevel, 1);
        QCOMPARE(some.levels.rows, (std::vector<std::vector<qsizetype>>{{2}}));
    }

    void levelOrderIsNotAlphabetical()
    {
        QStringList levels = {QStringLiteral("L1 - Upper"), QStringLiteral("Pre-entry"), QStringLiteral("E10 - Lower"),
                              QStringLiteral("E2 - Middle"), QStringLiteral("L1 - Lower"), QStringLiteral("E2 - Lower"),
                              QStringLiteral("Entry 3"), QStringLiteral("E9 - Upper")};
        chartlevelorder::sort(levels);
        QCOMPARE(levels, (QStringList{QStringLiteral("E2 - Lower"), QStringLiteral("E2 - Middle"),
                                      QStringLiteral("Entry 3"), QStringLiteral("E9 - Upper"),
                                      QStringLiteral("E10 - Lower"), QStringLiteral("L1 - Lower"),
                                      QStringLiteral("L1 - Upper"), QStringLiteral("Pre-entry")}));
        QCOMPARE(chartlevelorder::rank(u"banana"), -1);
    }

    void levelsPerSubjectInLevelOrder()
    {
        // Arrival order puts the highest level first; subjects arrive Maths first.
        const std::vector<SessionRecord> records = {
            century(1, SessionStatus::Completed, kT0, QStringLiteral("Maths"), QStringLiteral("L2 - Upper"), 60),
            century(2, SessionStatus::Completed, kT0, QStringLiteral("Maths"), QStringLiteral("E10 - Lower"), 60),
            century(3, SessionStatus::Completed, kT0, QStringLiteral("English"), QStringLiteral("E10 - Lower"), 60),
            century(4, SessionStatus::Completed, kT0, QStringLiteral("English"), QStringLiteral("E9 - Upper"), 60),
            century(5, SessionStatus::Completed, kT0, QStringLiteral("English"), QStringLiteral("E9 - Upper"), 60),
            century(6, SessionStatus::Live, kT0, QStringLiteral("English"), QString()),
        };
        const auto store = storeOf(Backend::Century, records);
        const ChartLevelCounts levels = ChartFactsJob(*store, allRows(*store), utc()).run().levels;
        QCOMPARE(levels.levels, (QStringList{QStringLiteral("E9 - Upper"), QStringLiteral("E10 - Lower"),
                                             QStringLiteral("L2 - Upper")}));
        QCOMPARE(levels.subjects, (QStringList{QStringLiteral("English"), QStringLiteral("Maths")}));
        QCOMPARE(levels.rows, (std::vector<std::vector<qsizetype>>{{2, 0}, {1, 1}, {0, 1}}));
        QCOMPARE(levels.withoutLevel, 1);
    }

    void hourBucketsForAShortRange()
    {
        const std::vector<SessionRecord> records = {
            century(1, SessionStatus::Live, kT0 + 9 * kHour + 5 * 60000, QStringLiteral("Maths"), {}),
            century(2, SessionStatus::Completed, kT0 + 9 * kHour + 59 * 60000, QStringLiteral("Maths"), {}),
            century(3, SessionStatus::Completed, kT0 + 11 * kHour, QStringLiteral("Maths"), {}),
            century(4, SessionStatus::Live, kNoTime, QStringLiteral("Maths"), {}),
        };
        const auto store = storeOf(Backend::Century, records);
        const ChartTimeBuckets started = ChartFactsJob(*store, allRows(*store), utc()).run().started;
        QCOMPARE(started.size, ChartBucketSize::Hour);
        QCOMPARE(started.starts, (std::vector<qint64>{kT0 + 9 * kHour, kT0 + 10 * kHour, kT0 + 11 * kHour}));
        QCOMPARE(started.end, kT0 + 12 * kHour);
        QCOMPARE(started.rows, (std::vector<ChartStatusRow>{statusRow(1, 1), statusRow(0, 0), statusRow(0, 1)}));
        QCOMPARE(started.withoutStart, 1);
    }

    void dayBucketsForALongerRange()
    {
        std::vector<SessionRecord> records;
        for (int day = 0; day < 5; ++day) {
            for (int i = 0; i <= day; ++i)
                records.push_back(century(day * 10 + i, SessionStatus::Completed, kT0 + day * kDay + 23 * kHour + i,
                                          QStringLiteral("Maths"), {}));
        }
        const auto store = storeOf(Backend::Century, records);
        const ChartTimeBuckets started = ChartFactsJob(*store, allRows(*store), utc()).run().started;
        QCOMPARE(started.size, ChartBucketSize::Day);
        QCOMPARE(started.starts.size(), std::size_t(5));
        QCOMPARE(started.starts.front(), kT0);
        QCOMPARE(started.end, kT0 + 5 * kDay);
        for (int day = 0; day < 5; ++day)
            QCOMPARE(started.rows[std::size_t(day)], statusRow(0, day + 1));
    }

    void weekAndMonthBucketsForLongRanges()
    {
        // 100 days: weeks from Monday; 400 days: calendar months.
        const std::vector<SessionRecord> weeks = {
            century(1, SessionStatus::Completed, kT0 + 2 * kDay, QStringLiteral("Maths"), {}), // Wednesday
            century(2, SessionStatus::Completed, kT0 + 102 * kDay, QStringLiteral("Maths"), {}),
        };
        auto store = storeOf(Backend::Century, weeks);
        ChartTimeBuckets started = ChartFactsJob(*store, allRows(*store), utc()).run().started;
        QCOMPARE(started.size, ChartBucketSize::Week);
        QCOMPARE(started.starts.front(), kT0); // the Monday before
        QCOMPARE(started.starts.size(), std::size_t(15));
        QCOMPARE(started.rows.back(), statusRow(0, 1));

        const qint64 june = QDateTime(QDate(2027, 6, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const std::vector<SessionRecord> months = {
            century(1, SessionStatus::Completed, kT0 + 5 * kDay, QStringLiteral("Maths"), {}),
            century(2, SessionStatus::Live, june - 1, QStringLiteral("Maths"), {}),
            century(3, SessionStatus::Completed, june + 1, QStringLiteral("Maths"), {}),
        };
        store = storeOf(Backend::Century, months);
        started = ChartFactsJob(*store, allRows(*store), utc()).run().started;
        QCOMPARE(started.size, ChartBucketSize::Month);
        QCOMPARE(started.starts.front(),
                 QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(started.starts.size(), std::size_t(16)); // March 2026 to June 2027
        QCOMPARE(started.starts.back(), june);
        QCOMPARE(started.rows[14], statusRow(1, 0)); // 31 May 2027, 23:59:59.999
        QCOMPARE(started.rows[15], statusRow(0, 1));
    }

    void daysFollowTheLocalCalendarAcrossAClockChange()
    {
        // London moves to summer time on 29 March 2026: that day is 23 hours long.
        const QTimeZone london("Europe/London");
        if (!london.isValid())
            QSKIP("no Europe/London time zone data");
        const qint64 saturday = QDateTime(QDate(2026, 3, 28), QTime(0, 0), london).toMSecsSinceEpoch();
        const qint64 monday = QDateTime(QDate(2026, 3, 30), QTime(0, 0), london).toMSecsSinceEpoch();
        const std::vector<SessionRecord> records = {
            century(1, SessionStatus::Completed, saturday + 1000, QStringLiteral("Maths"), {}),
            // 23:30 on Sunday local time: 22:30 UTC, still Sunday.
            century(2, SessionStatus::Completed, monday - 30 * 60000, QStringLiteral("Maths"), {}),
            century(3, SessionStatus::Completed, monday + 2 * kDay + 1, QStringLiteral("Maths"), {}),
            century(4, SessionStatus::Live, monday + 60000, QStringLiteral("Maths"), {}),
        };
        const auto store = storeOf(Backend::Century, records);
        ChartFactsOptions options;
        options.zone = london;
        const ChartTimeBuckets started = ChartFactsJob(*store, allRows(*store), options).run().started;
        QCOMPARE(started.size, ChartBucketSize::Day);
        QCOMPARE(started.starts[1] - started.starts[0], kDay);         // Saturday
        QCOMPARE(started.starts[2] - started.starts[1], kDay - kHour); // Sunday, 23 h
        QCOMPARE(started.starts[2], monday);
        QCOMPARE(started.rows[1], statusRow(0, 1));
        QCOMPARE(started.rows[2], statusRow(1, 0));
        QCOMPARE(started.rows[4], statusRow(0, 1));
    }

    void durationHistogram()
    {
        std::vector<SessionRecord> records;
        // 19 sessions of 3..21 minutes and one forgotten tab of 9 hours.
        for (int i = 0; i < 19; ++i)
            records.push_back(century(i, SessionStatus::Completed, kT0, QStringLiteral("Maths"),
                                      QStringLiteral("E1 - Lower"), (3 + i) * 60));
        records.push_back(century(99, SessionStatus::Completed, kT0, QStringLiteral("Maths"),
                                  QStringLiteral("E1 - Lower"), 9 * 3600));
        records.push_back(century(100, SessionStatus::Live, kT0, QStringLiteral("Maths"), {}));
        const auto store = storeOf(Backend::Century, records);
        const ChartDurationBins bins = ChartFactsJob(*store, allRows(*store), utc()).run().durations;
        // p95 = 21 minutes -> 5-minute bins up to 25 minutes, the 9 hours in the open last bin.
        QCOMPARE(bins.edges, (std::vector<qint64>{0, 300, 600, 900, 1200, 1500}));
        QCOMPARE(bins.counts, (std::vector<qsizetype>{2, 5, 5, 5, 2, 1}));
        QVERIFY(bins.openEnded);
        QCOMPARE(bins.withoutDuration, 1);
        QCOMPARE(chartdurationbins::widthFor(59), 60);
        QCOMPARE(chartdurationbins::widthFor(3 * 3600), 1200); // 10 x 20 min covers 3 h
    }

    void topWorkflowsAndOther()
    {
        std::vector<SessionRecord> records;
        int n = 0;
        // Workflow wN has N sessions: N-1 succeeded and one failed; w1 a killed one.
        for (int w = 1; w <= 6; ++w) {
            for (int i = 0; i < w; ++i) {
                const SessionStatus status = i > 0 ? SessionStatus::Completed
                    : w == 1                       ? SessionStatus::Cancelled
                                                   : SessionStatus::Failed;
                records.push_back(treasure(n, status, kT0 + n * 1000, QStringLiteral("w%1").arg(w)));
                ++n;
            }
        }
        const auto store = storeOf(Backend::Treasure, records);
        ChartFactsOptions options = utc();
        options.topWorkflows = 3;
        const ChartCategoryCounts workflows = ChartFactsJob(*store, allRows(*store), options).run().workflows;
        QCOMPARE(workflows.categories, (QStringList{QStringLiteral("w6"), QStringLiteral("w5"), QStringLiteral("w4"),
                                                    QStringLiteral("Other")}));
        QVERIFY(workflows.hasOther);
        QCOMPARE(workflows.rows[0], statusRow(0, 5, 1));
        QCOMPARE(workflows.rows[2], statusRow(0, 3, 1));
        // w3 + w2 + w1: 2 + 1 + 0 succeeded, 2 failed, 1 killed.
        QCOMPARE(workflows.rows[3], statusRow(0, 3, 2, 1));
    }

    void mobileNextPlatformsVersionsAndDevicesInUse()
    {
        const std::vector<SessionRecord> records = {
            mobile(1, SessionStatus::Live, kT0, QStringLiteral("ios"), QStringLiteral("17.2"), QStringLiteral("d1")),
            mobile(2, SessionStatus::Live, kT0, QStringLiteral("ios"), QStringLiteral("17.2"), QStringLiteral("d1")),
            mobile(3, SessionStatus::Live, kT0, QStringLiteral("ios"), QStringLiteral("16.4"), QStringLiteral("d2")),
            mobile(4, SessionStatus::Completed, kT0, QStringLiteral("ios"), QStringLiteral("17.2"), QStringLiteral("d3")),
            mobile(5, SessionStatus::Live, kT0, QStringLiteral("android"), QStringLiteral("14"), QStringLiteral("d4")),
            mobile(6, SessionStatus::Completed, kT0, QStringLiteral("android"), QStringLiteral("14"), QStringLiteral("d5")),
            mobile(7, SessionStatus::Completed, kT0, QStringLiteral("android"), QStringLiteral("13"), QStringLiteral("d6")),
        };
        const auto store = storeOf(Backend::MobileNext, records);
        ChartFactsOptions options = utc();
        options.topOsVersions = 2;
        const ChartFacts facts = ChartFactsJob(*store, allRows(*store), options).run();
        QCOMPARE(facts.platforms.categories, (QStringList{QStringLiteral("ios"), QStringLiteral("android")}));
        QCOMPARE(facts.platforms.rows[0], statusRow(3, 1));
        QCOMPARE(facts.platforms.rows[1], statusRow(1, 2));
        QCOMPARE(facts.osVersions.platforms, (QStringList{QStringLiteral("ios"), QStringLiteral("android"), QString()}));
        QCOMPARE(facts.osVersions.versions, (QStringList{QStringLiteral("17.2"), QStringLiteral("14"),
                                                         QStringLiteral("Other")}));
        QCOMPARE(facts.osVersions.counts, (std::vector<qsizetype>{3, 2, 2}));
        // d1 twice live counts once; d3, d5, d6 are released.
        QCOMPARE(facts.devicesInUseTotal, 3);
        QCOMPARE(facts.devicesInUse, (std::vector<qsizetype>{2, 1}));
    }

    void jobCountsTheRowsAsTheyWereWhenMade()
    {
        std::vector<SessionRecord> records;
        for (int i = 0; i < 4; ++i)
            records.push_back(century(i, SessionStatus::Live, kT0, QStringLiteral("Maths"), {}));
        const auto store = storeOf(Backend::Century, records);
        const ChartFactsJob job(*store, allRows(*store), utc());
        // A live update and a new page land while the job waits for its worker.
        store->upsert(century(0, SessionStatus::Completed, kT0, QStringLiteral("English"), QStringLiteral("E1 - Lower"), 60));
        store->upsert(century(50, SessionStatus::Completed, kT0, QStringLiteral("English"), QStringLiteral("E1 - Lower"), 60));
        const ChartFacts facts = job.run();
        QCOMPARE(facts.rowCount, 4);
        QCOMPARE(facts.statusCounts, statusRow(4, 0));
        QCOMPARE(facts.levels.withoutLevel, 4);
    }

    void chartFilterSemantics()
    {
        const std::vector<SessionRecord> records = {
            century(0, SessionStatus::Completed, kT0, QStringLiteral("Maths"), QStringLiteral("E1 - Lower"), 60),
            century(1, SessionStatus::Completed, kT0 + kDay, QStringLiteral("English"), QStringLiteral("E1 - Lower"), 60),
            century(2, SessionStatus::Live, kT0 + kDay, QStringLiteral("Maths"), QString()),
            century(3, SessionStatus::Completed, kT0 + 2 * kDay, QStringLiteral("Maths"), QStringLiteral("L1 - Upper"), 900),
        };
        const auto store = storeOf(Backend::Century, records);
        const auto rowsFor = [&](const QList<ChartFilterTerm> &terms) {
            ViewOrderSpec spec;
            spec.chartFilter = terms;
            const std::vector<qint32> rows = ViewOrderJob(*store, spec).run().rows;
            // The GUI thread's test for a row that arrives later agrees with the worker's.
            std::vector<qint32> oneByOne;
            for (qint32 row = 0; row < qint32(store->size()); ++row) {
                if (chartFilterPassesRow(*store, row, terms))
                    oneByOne.push_back(row);
            }
            if (oneByOne != rows)
                qWarning("chartFilterPassesRow disagrees with ViewOrderJob");
            return oneByOne == rows ? rows : std::vector<qint32>{-1};
        };
        const int subject = columnIndex(*store, u"subject");
        const int level = columnIndex(*store, u"level");
        const int started = columnIndex(*store, u"started");
        const int duration = columnIndex(*store, u"duration");
        const int status = columnIndex(*store, u"status");
        QVERIFY(subject >= 0 && level >= 0 && started >= 0 && duration >= 0 && status >= 0);

        ChartFilterTerm maths{subject, QStringLiteral("Maths"), false, 0, 0};
        QCOMPARE(rowsFor({maths}), (std::vector<qint32>{0, 2, 3}));
        ChartFilterTerm e1{level, QStringLiteral("E1 - Lower"), false, 0, 0};
        QCOMPARE(rowsFor({maths, e1}), (std::vector<qint32>{0})); // every term holds
        ChartFilterTerm noLevel{level, QString(), false, 0, 0};
        QCOMPARE(rowsFor({noLevel}), (std::vector<qint32>{2}));
        ChartFilterTerm secondDay{started, {}, true, kT0 + kDay, kT0 + 2 * kDay};
        QCOMPARE(rowsFor({secondDay}), (std::vector<qint32>{1, 2})); // [from, to)
        ChartFilterTerm shortOnes{duration, {}, true, 0, 300};
        QCOMPARE(rowsFor({shortOnes}), (std::vector<qint32>{0, 1})); // no duration: not in a bin
        ChartFilterTerm live{status, QStringLiteral("live"), false, 0, 0};
        QCOMPARE(rowsFor({live}), (std::vector<qint32>{2}));
        ChartFilterTerm nothing{subject, QStringLiteral("Latin"), false, 0, 0};
        QCOMPARE(rowsFor({nothing}), (std::vector<qint32>{}));
    }

    void basisCaption()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(chartBasisText(1200, 1200, 48310), QStringLiteral("Based on 1,200 loaded of 48,310"));
        QCOMPARE(chartBasisText(1200, 1200, std::nullopt), QStringLiteral("Based on 1,200 loaded"));
        QCOMPARE(chartBasisText(300, 1200, 48310), QStringLiteral("Based on 300 shown of 1,200 loaded of 48,310"));
        QCOMPARE(chartBasisText(48310, 48310, 48310), QStringLiteral("Based on 48,310 loaded"));
    }
};

QTEST_GUILESS_MAIN(TestChartAggregation)
#include "tst_chartaggregation.moc"
