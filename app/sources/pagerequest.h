#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

struct ApiRequest;

// What a source asks the network for: a pure value, turned into an ApiRequest by the Pager.
struct PageRequest
{
    QByteArray verb = "GET";
    QUrl url;
    QByteArray jsonBody; // POST only
    QList<QPair<QByteArray, QByteArray>> headers; // besides the key, e.g. X-Organization-Id
    // Every page request only reads, including Century's POST /search, so all may be retried.
};

// The request ApiClient sends for a page (a read: retried on failures that may pass).
ApiRequest toApiRequest(const PageRequest &page);

// Where a page starts. One shape for the three paging styles, so the Pager can guard
// against loops without knowing the backend.
struct PageCursor
{
    QString token;     // Century cursor, Treasure last_id, Mobile Next before; empty: first page
    qint64 offset = 0; // Century offset paging
    int pageSize = 0;  // 0: the query's own size (Mobile Next may raise it, see MobileNextSource)

    friend bool operator==(const PageCursor &, const PageCursor &) = default;
};

// What comes after a page.
struct NextPage
{
    bool end = true;
    PageCursor cursor;
    QString warning; // something the user should know, e.g. rows that could not be paged past
};
