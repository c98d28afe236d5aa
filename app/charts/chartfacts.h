#pragma once

#include "domain/backend.h"
#include "domain/backendstatuses.h"
#include "domain/timestamps.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// What the charts show, as plain numbers: made by ChartFactsJob on a worker from the rows the
// table shows, read by the chart widgets on the GUI thread. No Qt Charts here.

// Counts per SessionStatus for each category of something (a day, a workflow, a platform).
using ChartStatusRow = SessionStatusCounts;

struct ChartCategoryCounts
{
    QStringList categories;           // in display order
    std::vector<ChartStatusRow> rows; // one per category
    // The last category is "Other" (the rest beyond the top N), not a value of the column.
    bool hasOther = false;
};

enum class ChartBucketSize : quint8 { Hour, Day, Week, Month };

// Sessions started per bucket, stacked by status. Bucket i covers [starts[i], starts[i + 1])
// in ms since the epoch; the last one ends at `end`. Boundaries are local midnights (or local
// hours) of the time zone the job was given.
struct ChartTimeBuckets
{
    ChartBucketSize size = ChartBucketSize::Day;
    std::vector<qint64> starts;
    qint64 end = kNoTime;
    std::vector<ChartStatusRow> rows;
    qsizetype withoutStart = 0;
};

// Century: completed sessions per level (in level order) and subject.
struct ChartLevelCounts
{
    QStringList levels;                       // E1 - Lower ... L2 - Upper, unknown texts after
    QStringList subjects;                     // alphabetical
    std::vector<std::vector<qsizetype>> rows; // [level][subject]
    qsizetype withoutLevel = 0;               // in progress, or no level given
};

// Century: completed sessions per duration bin. Bin i covers [edges[i], edges[i + 1]) seconds;
// the last bin is open ("at least edges.back()") when `openEnded`.
struct ChartDurationBins
{
    std::vector<qint64> edges;
    std::vector<qsizetype> counts;
    bool openEnded = false;
    qsizetype withoutDuration = 0;
};

// Mobile Next: sessions per platform and OS version ("ios" + "17.2").
struct ChartOsVersionCounts
{
    QStringList platforms;
    QStringList versions;
    std::vector<qsizetype> counts;
    bool hasOther = false; // last entry: every other version
};

struct ChartFacts
{
    Backend backend = Backend::Century;
    qsizetype rowCount = 0;    // the rows these facts describe (the visible rows when made)
    qsizetype loadedCount = 0; // the store's rows then
    std::optional<qint64> totalCount; // what the server said the query matches, if it did
    SessionStatusCounts statusCounts{};
    ChartTimeBuckets started;
    // Century
    ChartLevelCounts levels;
    ChartDurationBins durations;
    // Treasure
    ChartCategoryCounts workflows;
    // Mobile Next
    ChartCategoryCounts platforms;
    ChartOsVersionCounts osVersions;
    // Distinct devices held by a live session, per platform (same order as `platforms`).
    std::vector<qsizetype> devicesInUse;
    qsizetype devicesInUseTotal = 0;
};
