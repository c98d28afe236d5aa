#include "queryedits.h"

#include <algorithm>

CenturyQuery withCenturyScope(CenturyQuery query, CenturyScope scope)
{
    query.scope = scope;
    if (scope != CenturyScope::All)
        query.status = CenturyStatusFilter::Any;
    if (scope == CenturyScope::InProgress) {
        query.dates.removeIf([](const CenturyDateCondition &c) { return c.field == CenturyDateField::EndDate; });
        query.sortField = CenturyDateField::StartDate;
    }
    return query;
}

CenturyQuery withCenturyStatus(CenturyQuery query, CenturyStatusFilter status)
{
    query.status = status;
    if (status != CenturyStatusFilter::Any)
        query.scope = CenturyScope::All;
    return query;
}

CenturyQuery withCenturySort(CenturyQuery query, CenturyDateField field, SortDirection direction)
{
    if (query.scope == CenturyScope::InProgress)
        field = CenturyDateField::StartDate;
    query.sortField = field;
    query.sortDirection = direction;
    return query;
}

QStringList withIdAdded(QStringList ids, const QString &id)
{
    if (!id.isEmpty() && !ids.contains(id))
        ids.append(id);
    return ids;
}

Backend queryBackend(const Query &query)
{
    if (std::holds_alternative<CenturyQuery>(query))
        return Backend::Century;
    if (std::holds_alternative<TreasureQuery>(query))
        return Backend::Treasure;
    return Backend::MobileNext;
}

Query withFiltersReset(const Query &query)
{
    if (const auto *c = std::get_if<CenturyQuery>(&query)) {
        CenturyQuery reset;
        reset.pageSize = c->pageSize;
        reset.paging = c->paging;
        // The order is not a filter: resetting the filters keeps it.
        reset.sortField = c->sortField;
        reset.sortDirection = c->sortDirection;
        return reset;
    }
    if (const auto *m = std::get_if<MobileNextQuery>(&query)) {
        MobileNextQuery reset;
        reset.pageSize = m->pageSize;
        return reset;
    }
    return query; // Treasure Workflow has no server-side filters
}

bool hasServerFilters(const Query &query)
{
    return withFiltersReset(query) != query;
}
