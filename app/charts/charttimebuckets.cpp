#include "charttimebuckets.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace charttimebuckets {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

QDateTime bucketStart(qint64 ms, ChartBucketSize size, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, zone);
    if (size == ChartBucketSize::Hour)
        return QDateTime(local.date(), QTime(local.time().hour(), 0), zone);
    QDate day = local.date();
    if (size == ChartBucketSize::Week)
        day = day.addDays(1 - day.dayOfWeek());
    else if (size == ChartBucketSize::Month)
        day = QDate(day.year(), day.month(), 1);
    return QDateTime(day, QTime(0, 0), zone);
}

QDateTime next(const QDateTime &start, ChartBucketSize size)
{
    switch (size) {
    case ChartBucketSize::Hour: return start.addMSecs(kHourMs);
    case ChartBucketSize::Day: return start.addDays(1);
    case ChartBucketSize::Week: return start.addDays(7);
    case ChartBucketSize::Month: return start.addMonths(1);
    }
    return start.addDays(1);
}

qint64 nominalMs(ChartBucketSize size)
{
    switch (size) {
    case ChartBucketSize::Hour: return kHourMs;
    case ChartBucketSize::Day: return kDayMs;
    case ChartBucketSize::Week: return 7 * kDayMs;
    case ChartBucketSize::Month: return 28 * kDayMs; // the shortest month: the estimate overshoots and steps back
    }
    return kDayMs;
}

} // namespace

ChartBucketSize sizeFor(qint64 firstMs, qint64 lastMs)
{
    const qint64 span = lastMs - firstMs;
    if (span <= 36 * kHourMs)
        return ChartBucketSize::Hour;
    if (span <= 31 * kDayMs)
        return ChartBucketSize::Day;
    if (span <= 26 * 7 * kDayMs)
        return ChartBucketSize::Week;
    return ChartBucketSize::Month;
}

std::vector<qint64> boundaries(qint64 firstMs, qint64 lastMs, ChartBucketSize size, const QTimeZone &zone)
{
    std::vector<qint64> out;
    QDateTime at = bucketStart(firstMs, size, zone);
    out.push_back(at.toMSecsSinceEpoch());
    // A bound on the loop whatever the input: a year of hours, ten years of days or weeks.
    constexpr std::size_t kMaxBuckets = 9000;
    while (out.back() <= lastMs && out.size() < kMaxBuckets) {
        at = next(at, size);
        const qint64 ms = at.toMSecsSinceEpoch();
        if (ms <= out.back())
            break; // a zone whose local midnight does not exist twice in a row: never loop
        out.push_back(ms);
    }
    return out;
}

ChartTimeBuckets count(const ChartRows &rows, const std::vector<qint64> &startedMs,
                       const std::vector<quint32> &statuses, const QTimeZone &zone)
{
    ChartTimeBuckets out;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    rows.forEach([&](std::size_t row) {
        const qint64 ms = row < startedMs.size() ? startedMs[row] : kNoTime;
        if (ms == kNoTime) {
            ++out.withoutStart;
            return;
        }
        first = std::min(first, ms);
        last = std::max(last, ms);
    });
    if (first > last)
        return out;

    out.size = sizeFor(first, last);
    std::vector<qint64> bounds = boundaries(first, last, out.size, zone);
    out.end = bounds.back();
    bounds.pop_back();
    out.starts = std::move(bounds);
    out.rows.assign(out.starts.size(), ChartStatusRow{});
    const qint64 origin = out.starts.front();
    const qint64 step = nominalMs(out.size);
    const auto lastBucket = qint64(out.starts.size()) - 1;
    rows.forEach([&](std::size_t row) {
        const qint64 ms = row < startedMs.size() ? startedMs[row] : kNoTime;
        if (ms == kNoTime)
            return;
        // Days are 24 h but for clock changes: the estimate is off by at most one bucket.
        qint64 bucket = std::clamp((ms - origin) / step, qint64(0), lastBucket);
        while (bucket > 0 && ms < out.starts[std::size_t(bucket)])
            --bucket;
        while (bucket < lastBucket && ms >= out.starts[std::size_t(bucket + 1)])
            ++bucket;
        const quint32 status = row < statuses.size() ? statuses[row] : 0;
        ++out.rows[std::size_t(bucket)][std::min<std::size_t>(status, kSessionStatusCount - 1)];
    });
    return out;
}

} // namespace charttimebuckets
