#pragma once

#include "domain/sessionstatus.h"

#include <QString>

namespace mobilenext {

// Mobile Next has no status field: a session whose device is not released yet
// (`releasedAt` null or absent) is live (API-NOTES "One status vocabulary").
inline SessionStatus mapReleased(bool released)
{
    return released ? SessionStatus::Completed : SessionStatus::Live;
}

// The backend value shown beside the dashboard status: what the API's own wording implies.
inline QString backendStatusFor(bool released)
{
    return released ? QStringLiteral("released") : QStringLiteral("held");
}

} // namespace mobilenext
