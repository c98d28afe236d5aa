#pragma once

#include "domain/sessionpage.h"
#include "domain/timestamps.h"

#include <QString>

#include <vector>

namespace mobilenext {

// One entry of GET /api/v1/organizations: what the X-Organization-Id header can pick.
struct OrganizationRecord
{
    QString id;
    QString name;          // empty for the caller's personal organization
    bool personal = false; // `name` was null: Mobile Next's "Personal" organization
    QString type;
    QString role;
    qint64 createdAtMs = kNoTime;
};

struct OrganizationList
{
    bool ok = false;
    QString error;
    std::vector<OrganizationRecord> rows;
    std::vector<MalformedRow> malformed;
};

} // namespace mobilenext
