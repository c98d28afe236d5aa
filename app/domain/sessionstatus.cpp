#include "sessionstatus.h"

#include <QCoreApplication>

QString sessionStatusId(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Unknown: return QStringLiteral("unknown");
    case SessionStatus::Live: return QStringLiteral("live");
    case SessionStatus::Completed: return QStringLiteral("completed");
    case SessionStatus::Failed: return QStringLiteral("failed");
    case SessionStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString sessionStatusDisplayName(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Unknown: return QCoreApplication::translate("SessionStatus", "Unknown");
    case SessionStatus::Live: return QCoreApplication::translate("SessionStatus", "Live");
    case SessionStatus::Completed: return QCoreApplication::translate("SessionStatus", "Completed");
    case SessionStatus::Failed: return QCoreApplication::translate("SessionStatus", "Failed");
    case SessionStatus::Cancelled: return QCoreApplication::translate("SessionStatus", "Cancelled");
    }
    return {};
}
