#pragma once

#include "domain/query.h"
#include "sources/pagerequest.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

// How a CenturyQuery becomes an HTTP request (API-NOTES.md section 1). Pure functions, so
// that every filter combination is checked without a network.
namespace century {

// True when an id list is too long for the GET endpoints and POST /search is needed.
bool needsSearchEndpoint(const CenturyQuery &query);

// `base` is the API root, e.g. https://connect.century.tech/api/v1
PageRequest pageRequest(const QUrl &base, const CenturyQuery &query, const PageCursor &cursor);

} // namespace century
