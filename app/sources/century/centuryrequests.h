#pragma once

#include "domain/query.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

// How a CenturyQuery becomes an HTTP request (API-NOTES.md section 1). Pure functions, so
// that every filter combination is checked without a network.
namespace century {

// Where a page starts: the opaque cursor from the previous page, or an offset.
struct PagePosition
{
    QString cursor;  // empty: the first page (cursor paging)
    qint64 offset = 0;
};

struct HttpRequestParts
{
    QByteArray verb;     // "GET" or "POST"
    QUrl url;
    QByteArray jsonBody; // POST only
};

// True when an id list is too long for the GET endpoints and POST /search is needed.
bool needsSearchEndpoint(const CenturyQuery &query);

// `base` is the API root, e.g. https://connect.century.tech/api/v1
HttpRequestParts pageRequest(const QUrl &base, const CenturyQuery &query, const PagePosition &position);

} // namespace century
