#pragma once

#include "domain/sessionstatus.h"

#include <QStringView>

namespace treasure {

// An attempt's `status` onto the dashboard vocabulary (API-NOTES "One status vocabulary"):
// blocked, queued, running and canceling are still live; killed is a cancellation, error a
// failure. Anything else is Unknown; the caller keeps the raw value beside it.
inline SessionStatus mapStatus(QStringView backendStatus)
{
    if (backendStatus == QLatin1String("running") || backendStatus == QLatin1String("queued")
        || backendStatus == QLatin1String("blocked") || backendStatus == QLatin1String("canceling"))
        return SessionStatus::Live;
    if (backendStatus == QLatin1String("success"))
        return SessionStatus::Completed;
    if (backendStatus == QLatin1String("error"))
        return SessionStatus::Failed;
    if (backendStatus == QLatin1String("killed"))
        return SessionStatus::Cancelled;
    return SessionStatus::Unknown;
}

// Older digdag servers send no `status`, only the booleans it is made of: an attempt that
// is not done is live; a done one succeeded, was killed on request, or failed.
inline SessionStatus deriveStatus(bool done, bool success, bool cancelRequested)
{
    if (!done)
        return SessionStatus::Live;
    if (success)
        return SessionStatus::Completed;
    return cancelRequested ? SessionStatus::Cancelled : SessionStatus::Failed;
}

} // namespace treasure
