#pragma once

#include "domain/sessionstatus.h"

#include <QStringView>

namespace century {

// Century's `status` onto the dashboard vocabulary (API-NOTES "One status vocabulary").
// Anything else is Unknown; the caller keeps the raw value beside it.
inline SessionStatus mapStatus(QStringView backendStatus)
{
    if (backendStatus == QLatin1String("IN_PROGRESS"))
        return SessionStatus::Live;
    if (backendStatus == QLatin1String("COMPLETED"))
        return SessionStatus::Completed;
    return SessionStatus::Unknown;
}

} // namespace century
