#pragma once

#include "domain/sessionpage.h"
#include "domain/sessionrecord.h"

#include <QString>

#include <vector>

namespace treasure {

// One attempt (run or retry) of a workflow session, from GET /api/sessions/{id}/attempts.
struct AttemptRecord
{
    QString id;                 // the attempt's id (also in detail.attemptId)
    int index = 0;              // 1 for the first attempt, 2 for the first retry, ...
    QString sessionId;
    SessionStatus status = SessionStatus::Unknown;
    QString backendStatus;      // as sent; empty when the server sent only the booleans
    qint64 startedMs = kNoTime; // createdAt
    qint64 endedMs = kNoTime;   // finishedAt
    TreasureDetail detail;      // project, workflow, session uuid and time, attempt fields
};

struct AttemptPage
{
    bool ok = false;
    QString error;
    std::vector<AttemptRecord> rows;
    std::vector<MalformedRow> malformed;
    QString nextToken; // the smallest attempt id of the page (keyset `last_id`), see parsePage
};

} // namespace treasure
