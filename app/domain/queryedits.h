#pragma once

#include "backend.h"
#include "query.h"

// The edits the filter bar makes to a query, each keeping it valid for
// queryValidationError() so that a click can never produce a query the client refuses.

// A scope narrower than All drops the status filter (it only applies to All); In progress
// also drops end-date limits and an end-date sort (those sessions have no end date).
CenturyQuery withCenturyScope(CenturyQuery query, CenturyScope scope);
// A status other than Any is only offered with scope All, so choosing one widens the scope.
CenturyQuery withCenturyStatus(CenturyQuery query, CenturyStatusFilter status);
// An end-date sort is refused (start date kept) while the scope is In progress.
CenturyQuery withCenturySort(CenturyQuery query, CenturyDateField field, SortDirection direction);
// Appends the id unless present; the order is kept so that the query compares equal after
// an add and a remove.
QStringList withIdAdded(QStringList ids, const QString &id);

// The backend a query is for.
Backend queryBackend(const Query &query);
// A query with no filter of its backend: what "Reset filters" gives. Settings that are not
// filters (page size, Century paging) are kept.
Query withFiltersReset(const Query &query);
bool hasServerFilters(const Query &query);
