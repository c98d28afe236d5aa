#include "centurylivequeries.h"

namespace centurylive {
namespace {

bool isLowerBound(CompareOp op)
{
    return op == CompareOp::Gt || op == CompareOp::Gte;
}

// Adds "field > ms" unless the query already starts later; drops lower bounds it replaces
// (gt and gte together are invalid).
void raiseLowerBound(CenturyQuery &q, CenturyDateField field, qint64 ms)
{
    for (const CenturyDateCondition &c : q.dates) {
        if (c.field == field && isLowerBound(c.op) && c.ms > ms)
            return;
    }
    q.dates.removeIf([field](const CenturyDateCondition &c) { return c.field == field && isLowerBound(c.op); });
    q.dates.append({field, CompareOp::Gt, ms});
}

CenturyQuery walkable(CenturyQuery q)
{
    q.paging = CenturyPaging::Cursor;
    q.pageSize = CenturyQuery::kMaxPageSize;
    return q;
}

} // namespace

std::optional<CenturyQuery> inProgress(const CenturyQuery &view)
{
    if (view.scope == CenturyScope::Completed
        || (view.scope == CenturyScope::All && view.status == CenturyStatusFilter::Completed))
        return std::nullopt;
    CenturyQuery q = walkable(view);
    q.scope = CenturyScope::InProgress;
    q.status = CenturyStatusFilter::Any;
    q.dates.removeIf([](const CenturyDateCondition &c) { return c.field != CenturyDateField::StartDate; });
    q.sortField = CenturyDateField::StartDate;
    q.sortDirection = SortDirection::Descending;
    return q;
}

std::optional<CenturyQuery> newSince(const CenturyQuery &view, qint64 newestStartedMs, qint64 newestEndedMs)
{
    const bool completedOnly = view.scope == CenturyScope::Completed
        || (view.scope == CenturyScope::All && view.status == CenturyStatusFilter::Completed);
    if (view.scope == CenturyScope::InProgress)
        return std::nullopt;
    CenturyQuery q = walkable(view);
    if (completedOnly) {
        if (newestEndedMs == kNoTime)
            return std::nullopt;
        raiseLowerBound(q, CenturyDateField::EndDate, newestEndedMs);
        q.sortField = CenturyDateField::EndDate;
    } else {
        if (newestStartedMs == kNoTime)
            return std::nullopt;
        raiseLowerBound(q, CenturyDateField::StartDate, newestStartedMs);
        q.sortField = CenturyDateField::StartDate;
    }
    q.sortDirection = SortDirection::Ascending;
    return q;
}

CenturyQuery completedOf(const CenturyQuery &view, const QStringList &userIds, qint64 startedFromMs)
{
    CenturyQuery q = walkable(view);
    q.scope = CenturyScope::Completed;
    q.status = CenturyStatusFilter::Any;
    q.userIds = userIds;
    q.dates.clear();
    q.dates.append({CenturyDateField::StartDate, CompareOp::Gte, startedFromMs});
    q.sortField = CenturyDateField::StartDate;
    q.sortDirection = SortDirection::Ascending;
    return q;
}

} // namespace centurylive
