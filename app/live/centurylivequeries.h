#pragma once

#include "domain/query.h"

#include <optional>

// The Century queries one live poll sends, derived from the view's own query so that a poll
// never brings rows the view's filters exclude (pure functions, unit-tested).
namespace centurylive {

// Everything of the view still in progress (/in-progress documents startDate bounds only),
// or nullopt when the view cannot hold a running session (completed only).
std::optional<CenturyQuery> inProgress(const CenturyQuery &view);

// Sessions of the view that appeared after the newest one loaded: started after it (all
// sessions), or for a completed-only view, ended after the newest end. nullopt when nothing
// is loaded yet or the view cannot gain rows that way (in progress only: the list above
// covers it).
std::optional<CenturyQuery> newSince(const CenturyQuery &view, qint64 newestStartedMs, qint64 newestEndedMs);

// The completed sessions of these pupils started at or after `startedFromMs`: where a
// session that left the in-progress list is found with its level and duration. The id list
// may exceed 30; the request builder then uses POST /search.
CenturyQuery completedOf(const CenturyQuery &view, const QStringList &userIds, qint64 startedFromMs);

} // namespace centurylive
