#pragma once

#include "domain/sessionpage.h"
#include "organizationrecord.h"

#include <QByteArrayView>

namespace mobilenext {

// Mobile Next bodies -> rows. Pure functions of the bytes, safe on any thread, never throw.
// - Both published envelopes are read: A {"object": "list", "data": [...], "nextCursor"}
//   and B {"sessions": [...], "nextCursor"}. Row members of either shape are accepted in
//   either envelope: id | sessionId, organization | organizationId, user | userId,
//   device.id | device.deviceId; organization and user may be an id (string or number) or
//   an object carrying `id`.
// - Required: the session id and createdAt (the paging key). releasedAt null or absent:
//   Live ("held"); set: Completed ("released").
// - startedMs = createdAt, endedMs = releasedAt, detail.createdAtRaw = createdAt as sent.
// - nextToken = nextCursor when it is a non-empty string; pass it on as `before`.
//   Rows that share the boundary instant may appear on both pages: dedupe by id.
// - An error body {"error": {"code", "message"}} gives ok=false with that text.

// GET /api/v1/sessions
SessionPage parsePage(QByteArrayView body);
// GET /api/v1/sessions/{sessionId}: the session object, bare or as {"data": {...}}; a page
// of one row (or one malformed row). A body without a session id is ok=false.
SessionPage parseSession(QByteArrayView body);
// GET /api/v1/organizations: {"data": [...]}, {"organizations": [...]} or a bare array.
OrganizationList parseOrganizations(QByteArrayView body);

} // namespace mobilenext
