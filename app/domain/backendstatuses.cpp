#include "backendstatuses.h"

QList<SessionStatus> backendSessionStatuses(Backend backend)
{
    switch (backend) {
    case Backend::Century:
        return {SessionStatus::Live, SessionStatus::Completed, SessionStatus::Unknown};
    case Backend::Treasure:
        return {SessionStatus::Live, SessionStatus::Completed, SessionStatus::Failed, SessionStatus::Cancelled,
                SessionStatus::Unknown};
    case Backend::MobileNext:
        // Live or released: releasedAt is either null or set, nothing else.
        return {SessionStatus::Live, SessionStatus::Completed};
    }
    return {};
}
