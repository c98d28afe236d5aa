#pragma once

#include "net/apilimits.h"

#include <chrono>

// How often and how hard a live view asks. Century names excessive polling as the reason for
// its 429s, so the defaults are gentle: one poll every 30 s per view (a connection may set its
// own), spread by jitter so that several windows never poll in step, and much slower when
// nobody is looking.
struct LivePolicy
{
    std::chrono::milliseconds interval{30'000};
    double jitter = 0.2;                        // each wait is interval x [1 - jitter, 1 + jitter]
    int backgroundFactor = 4;                   // minimised or hidden window: this many times slower
    std::chrono::milliseconds maxBackoff{300'000};
    int maxPagesPerStep = 20;                   // pages of one list a poll may walk
    int maxSinglesPerPoll = 40;                 // one-session lookups per poll (round robin)
    int maxCompletionLookups = 3;               // polls that look for a vanished session before giving up

    // A poll gives up fast and lets the watcher's own schedule wait: one quick retry, and a
    // Retry-After beyond a few seconds ends the request at once with RateLimited.
    static ApiLimits requestLimits()
    {
        ApiLimits limits;
        limits.inactivityTimeout = std::chrono::milliseconds(15'000);
        limits.totalDeadline = std::chrono::milliseconds(30'000);
        limits.maxRetries = 1;
        limits.retryBudget = std::chrono::milliseconds(5'000);
        return limits;
    }
};
