#include "chartdurationbins.h"

#include <algorithm>
#include <array>

namespace chartdurationbins {

namespace {

constexpr int kMaxBins = 10;
// Durations are first counted per minute up to a day; longer ones are counted apart.
constexpr qint64 kMinute = 60;
constexpr std::size_t kMinutesCounted = 24 * 60;

} // namespace

qint64 widthFor(qint64 p95Seconds)
{
    static constexpr std::array<qint64, 12> kWidths = {
        1 * kMinute,  2 * kMinute,  5 * kMinute,  10 * kMinute,  15 * kMinute,  20 * kMinute,
        30 * kMinute, 60 * kMinute, 120 * kMinute, 240 * kMinute, 480 * kMinute, 1440 * kMinute};
    for (qint64 width : kWidths) {
        if (p95Seconds < width * kMaxBins)
            return width;
    }
    return kWidths.back();
}

ChartDurationBins count(const ChartRows &rows, const std::vector<qint64> &durationSeconds)
{
    ChartDurationBins out;
    std::vector<qsizetype> perMinute(kMinutesCounted, 0);
    qsizetype longer = 0;
    qsizetype counted = 0;
    rows.forEach([&](std::size_t row) {
        const qint64 seconds = row < durationSeconds.size() ? durationSeconds[row] : kNoTime;
        if (seconds == kNoTime) {
            ++out.withoutDuration;
            return;
        }
        ++counted;
        const auto minute = std::size_t(std::max<qint64>(seconds, 0) / kMinute);
        if (minute < kMinutesCounted)
            ++perMinute[minute];
        else
            ++longer;
    });
    if (counted == 0)
        return out;

    // The minute the 95th percentile falls in (a day when it is beyond the counted minutes).
    const qsizetype wanted = (counted * 95 + 99) / 100;
    qsizetype seen = 0;
    qint64 p95 = qint64(kMinutesCounted) * kMinute;
    for (std::size_t minute = 0; minute < kMinutesCounted; ++minute) {
        seen += perMinute[minute];
        if (seen >= wanted) {
            p95 = qint64(minute + 1) * kMinute;
            break;
        }
    }
    const qint64 width = widthFor(p95 - 1);
    const qint64 binCount = std::clamp<qint64>((p95 + width - 1) / width, 1, kMaxBins);
    for (qint64 bin = 0; bin <= binCount; ++bin)
        out.edges.push_back(bin * width);
    out.counts.assign(std::size_t(binCount), 0);
    qsizetype beyond = longer;
    for (std::size_t minute = 0; minute < kMinutesCounted; ++minute) {
        const qint64 bin = qint64(minute) * kMinute / width;
        if (bin < binCount)
            out.counts[std::size_t(bin)] += perMinute[minute];
        else
            beyond += perMinute[minute];
    }
    if (beyond > 0) {
        out.counts.push_back(beyond);
        out.openEnded = true;
    }
    return out;
}

} // namespace chartdurationbins
