#pragma once

#include "chartfacts.h"
#include "chartrows.h"

#include <vector>

// Sessions per value of a text column (workflow, platform) stacked by status: the `top`
// values with the most sessions (ties alphabetical), the rest summed as one "Other".
namespace chartcategorycounts {

ChartCategoryCounts count(const ChartRows &rows, const std::vector<quint32> &codes, const QStringList &labels,
                          const std::vector<quint32> &statuses, int top);

} // namespace chartcategorycounts
