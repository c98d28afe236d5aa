#pragma once

#include "net/apiclient.h"
#include "net/apilimits.h"
#include "net/apireply.h"
#include "net/apirequest.h"

#include <QSignalSpy>
#include <QTest>

// Small helpers for tests that drive an ApiClient against a loopback server.
namespace apitestkit {

// Tiny limits so every timeout, retry and cool-down resolves within a test's budget.
inline ApiLimits fastLimits()
{
    using std::chrono::milliseconds;
    ApiLimits limits;
    limits.inactivityTimeout = milliseconds(300);
    limits.totalDeadline = milliseconds(1500);
    limits.maxBodyBytes = 64 * 1024;
    limits.maxRetries = 3;
    limits.backoffBase = milliseconds(20);
    limits.backoffMax = milliseconds(100);
    limits.maxRetryAfter = milliseconds(3000);
    limits.maxInFlightPerHost = 4;
    limits.maxRedirects = 3;
    return limits;
}

inline ApiRequest get(const QUrl &url)
{
    ApiRequest request;
    request.url = url;
    return request;
}

inline ApiRequest post(const QUrl &url, const QByteArray &json, bool isRead)
{
    ApiRequest request;
    request.verb = "POST";
    request.url = url;
    request.body = json;
    request.contentType = "application/json";
    request.isRead = isRead;
    return request;
}

// Waits for the reply's finished(), then a little longer to catch a second emission.
// Returns how many times it was emitted (1 is the only right answer).
inline int finishedCount(ApiReply *reply, int timeoutMs = 10'000)
{
    QSignalSpy spy(reply, &ApiReply::finished);
    if (spy.isEmpty())
        spy.wait(timeoutMs);
    QTest::qWait(60);
    return int(spy.size());
}

} // namespace apitestkit
