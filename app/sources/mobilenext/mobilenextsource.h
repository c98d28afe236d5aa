#pragma once

#include "sources/sessionsource.h"

// Mobile Next (API-NOTES.md section 3): newest first, `before` = a creation instant.
//
// The API's `before` is strictly-before, so sessions that share the last row's createdAt
// but did not fit on the page would be skipped. We therefore ask for sessions before the
// last instant *plus one millisecond*, and the Pager drops the rows already seen. When a
// whole page shares one instant that makes no progress; the page size is then raised (up to
// the API's 500) and, past that, the strict boundary is used with a warning.
class MobileNextSource final : public SessionSource
{
public:
    using SessionSource::SessionSource;

    Backend backend() const override { return Backend::MobileNext; }
    const ColumnList &columns() const override;
    QPair<QByteArray, QByteArray> authHeader(const QByteArray &key) const override;
    Query defaultQuery() const override { return MobileNextQuery{}; }

    PageRequest pageRequest(const Query &query, const PageCursor &cursor) const override;
    SessionPage parsePage(QByteArrayView body) const override;
    NextPage nextPage(const Query &query, const PageCursor &current, const SessionPage &page) const override;

    PageRequest sessionRequest(const QString &sessionId) const;
    PageRequest organizationsRequest() const;
    // The organization is chosen by a header, not a parameter.
    static QPair<QByteArray, QByteArray> organizationHeader(const MobileNextQuery &query);
};
