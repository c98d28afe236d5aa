#pragma once

#include "net/apierror.h"

#include <QCoreApplication>
#include <QString>

// What a live view is doing, for the status bar: "Live · updated 3 s ago", "Live paused —
// rate limited, retrying in 40 s", "Live stopped — the API key was rejected".
struct LiveStatus
{
    Q_DECLARE_TR_FUNCTIONS(LiveStatus)

public:
    enum class Phase {
        Off,         // not watching
        Starting,    // first poll under way
        Watching,    // polls succeed
        RateLimited, // the server asked us to wait
        Stale,       // the last poll failed (network, timeout, server); retrying by itself
        Offline,     // the system says there is no network: paused until it returns
        Stopped,     // the key was rejected or lacks permission: no more polls
    };

    Phase phase = Phase::Off;
    qint64 updatedAtMs = 0;   // local time of the last successful poll (0: none yet)
    qint64 nextPollAtMs = 0;  // local time of the next poll (0: none planned)
    ApiError error;           // why, for RateLimited, Stale and Stopped

    bool isOn() const { return phase != Phase::Off; }
    // The status bar's sentence at local time `nowMs`.
    QString describe(qint64 nowMs) const;
    // True when the rows on screen may be out of date (the last poll did not succeed).
    bool isStale() const { return phase == Phase::Stale || phase == Phase::Offline || phase == Phase::Stopped; }
};
