#pragma once

#include "sessionrecord.h"

#include <QString>

#include <optional>
#include <vector>

// A row the parser could not accept (a required field missing or of the wrong type).
// It is reported, never dropped silently.
struct MalformedRow
{
    int index = -1;   // position in the page's data array
    QString id;       // when one could be read
    QString reason;   // technical, for the log view
};

// What a page body becomes: a pure function of bytes (SessionSource::parsePage).
struct SessionPage
{
    bool ok = false;            // false: the body as a whole was unusable (not JSON, no data array)
    QString error;              // technical reason when !ok
    std::vector<SessionRecord> rows;
    std::vector<MalformedRow> malformed;
    QString nextToken;          // empty: this was the last page
    QString previousToken;      // Century only
    std::optional<qint64> total; // when the API says it
};
