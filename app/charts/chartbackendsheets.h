#pragma once

#include "chartfacts.h"
#include "chartsheet.h"

#include "domain/columndescriptor.h"

#include <vector>

// The charts only one backend has (chartsheets.h): Century levels per subject and durations,
// Treasure workflows, Mobile Next platforms, OS versions and devices in use now.
namespace chartbackendsheets {

void addCentury(std::vector<ChartSheet> &sheets, const ChartFacts &facts, const ColumnList &columns);
void addTreasure(std::vector<ChartSheet> &sheets, const ChartFacts &facts, const ColumnList &columns);
void addMobileNext(std::vector<ChartSheet> &sheets, const ChartFacts &facts, const ColumnList &columns);

} // namespace chartbackendsheets
