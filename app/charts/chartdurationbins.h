#pragma once

#include "chartfacts.h"
#include "chartrows.h"

#include <vector>

// The duration histogram: bins of a round width (1, 2, 5, 10, 15, 20, 30 minutes, 1, 2, 4 h...)
// chosen so that at most ten bins cover 95% of the sessions; the rest share one open last
// bin ("2 h or more") instead of stretching the axis for a few forgotten tabs.
namespace chartdurationbins {

ChartDurationBins count(const ChartRows &rows, const std::vector<qint64> &durationSeconds);

// The bin width for a 95th percentile of `p95Seconds`.
qint64 widthFor(qint64 p95Seconds);

} // namespace chartdurationbins
