#pragma once

#include "chartfacts.h"
#include "chartrows.h"

#include <QTimeZone>

#include <vector>

// Sessions started per hour (a range of 36 hours or less), per day (up to 31 days), per week
// (Monday first, up to 26 weeks) or per month, stacked by status: a few dozen bars at most,
// each wide enough to click and to carry its label. Boundaries are local in `zone`, so a day is a
// calendar day where the staff are, 23 or 25 hours long around a clock change.
namespace charttimebuckets {

ChartTimeBuckets count(const ChartRows &rows, const std::vector<qint64> &startedMs,
                       const std::vector<quint32> &statuses, const QTimeZone &zone);

// The bucket size for a range of started times.
ChartBucketSize sizeFor(qint64 firstMs, qint64 lastMs);
// Bucket boundaries covering [firstMs, lastMs]: the local start of the bucket holding
// firstMs, then one per bucket; the last entry is the end of the bucket holding lastMs.
std::vector<qint64> boundaries(qint64 firstMs, qint64 lastMs, ChartBucketSize size, const QTimeZone &zone);

} // namespace charttimebuckets
