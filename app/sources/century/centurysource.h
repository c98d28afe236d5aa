#pragma once

#include "sources/sessionsource.h"

// Century Smart IA (API-NOTES.md section 1): GET with bracket operators and repeated ids,
// POST /search past 30 ids, cursor paging by default and offset paging on request.
class CenturySource final : public SessionSource
{
public:
    using SessionSource::SessionSource;

    Backend backend() const override { return Backend::Century; }
    const ColumnList &columns() const override;
    QPair<QByteArray, QByteArray> authHeader(const QByteArray &key) const override;
    // Newest first: staff open the window to see today's sessions, not September's.
    Query defaultQuery() const override
    {
        CenturyQuery query;
        query.sortDirection = SortDirection::Descending;
        return query;
    }

    PageRequest pageRequest(const Query &query, const PageCursor &cursor) const override;
    SessionPage parsePage(QByteArrayView body) const override;
    NextPage nextPage(const Query &query, const PageCursor &current, const SessionPage &page) const override;
    std::optional<PageCursor> predictedNext(const Query &query, const PageCursor &current,
                                            QByteArrayView body) const override;
};
