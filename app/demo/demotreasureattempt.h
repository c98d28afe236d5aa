#pragma once

#include <QtGlobal>

// One attempt of a Treasure Workflow session as it stands at some instant.
struct DemoTreasureAttempt
{
    qint64 id = 0;
    int index = 1;            // 1-based, as /attempts reports it
    qint64 createdMs = 0;
    qint64 finishedMs = 0;    // meaningful when done
    const char *status = "queued";
    bool done = false;
    bool success = false;
    bool cancelRequested = false;
    bool retry = false;       // created by a retry: carries retryAttemptName
};
