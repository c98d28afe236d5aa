#pragma once

#include <QtGlobal>

#include <chrono>

// Bounds on every request: Qt 6.4 has no total deadline (its transfer timeout only measures
// inactivity) and no response size limit, so ApiClient enforces these itself.
// Timeouts and the byte cap apply to each attempt; the retry settings bound how many there are
// and retryBudget how long they may go on.
struct ApiLimits
{
    std::chrono::milliseconds inactivityTimeout{30'000}; // no byte in either direction this long
    std::chrono::milliseconds totalDeadline{120'000};    // one attempt, connect to last byte
    qint64 maxBodyBytes = qint64(32) * 1024 * 1024;      // decoded body bytes of one response
    int maxRetries = 4;                                  // reads only; attempts = 1 + retries
    std::chrono::milliseconds backoffBase{500};          // first retry waits up to this (full jitter)
    std::chrono::milliseconds backoffMax{30'000};        // the exponential ceiling stops here
    std::chrono::milliseconds maxRetryAfter{600'000};    // a server's Retry-After is clamped to this
    int maxInFlightPerHost = 4;                          // more requests to one host wait in a queue
    // No retry is scheduled to start later than this after send(): the whole request stays
    // bounded even when every attempt fails slowly, and a long Retry-After ends at once with
    // RateLimited ("Try again in N s") instead of a silent wait.
    std::chrono::milliseconds retryBudget{300'000};
    int maxRedirects = 5;                                // same-origin hops followed per attempt
};
