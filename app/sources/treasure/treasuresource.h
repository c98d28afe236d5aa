#pragma once

#include "sources/sessionsource.h"

// Treasure Data Workflow (API-NOTES.md section 2): newest first, keyset paging by `last_id`.
class TreasureSource final : public SessionSource
{
public:
    using SessionSource::SessionSource;

    Backend backend() const override { return Backend::Treasure; }
    const ColumnList &columns() const override;
    QPair<QByteArray, QByteArray> authHeader(const QByteArray &key) const override;
    Query defaultQuery() const override { return TreasureQuery{}; }

    PageRequest pageRequest(const Query &query, const PageCursor &cursor) const override;
    SessionPage parsePage(QByteArrayView body) const override;
    NextPage nextPage(const Query &query, const PageCursor &current, const SessionPage &page) const override;

    // One session, and the attempts (retries) of one session, for the detail pane.
    PageRequest sessionRequest(const QString &sessionId) const;
    PageRequest attemptsRequest(const QString &sessionId, const PageCursor &cursor, int pageSize) const;
};
