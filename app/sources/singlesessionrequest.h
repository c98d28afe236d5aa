#pragma once

#include "pagerequest.h"

#include "domain/sessionrecord.h"

#include <optional>

class SessionSource;

// The request that fetches one session again, for "Copy as curl" in the detail pane.
struct SingleSessionRequest
{
    PageRequest request;
    // False for Century, which has no endpoint for one session: the request is then a list
    // filtered down to this session's pupil and test around its start time (see .cpp).
    bool exact = true;
};

// std::nullopt when the record is not of the source's backend or has no id.
std::optional<SingleSessionRequest> singleSessionRequest(const SessionSource &source,
                                                         const SessionRecord &record);
