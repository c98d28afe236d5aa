#pragma once

#include "apilimits.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <optional>

// One HTTP request as the sources see it: a pure value. The key is not part of it; the
// ApiClient adds its ApiAuth header.
struct ApiRequest
{
    QByteArray verb = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType; // e.g. "application/json"; only sent with a body
    QList<QPair<QByteArray, QByteArray>> headers; // besides the key, e.g. X-Organization-Id
    // A read may be retried. GET always is one; set this for a POST that only reads
    // (Century's POST /search). Any other POST is sent once, whatever happens.
    bool isRead = false;
    std::optional<ApiLimits> limits; // this request only; otherwise the client's

    bool isRetryable() const { return isRead || verb == "GET" || verb == "HEAD"; }
};
