#pragma once

#include "domain/sessionpage.h"

#include <QByteArrayView>

namespace century {

// One body of any Century Smart IA sessions endpoint (GET /smart-ia/sessions[/completed|
// /in-progress], POST /smart-ia/sessions/search) -> a page. A pure function of the bytes,
// safe on any thread, never throws.
// - Rows are `data`'s objects; the published `data: [[...]]` form is flattened.
// - Required per API-NOTES: sessionId, startDate, user{userId, username, fullName,
//   firstName, lastName}, test{testId, testVersionId}. A row missing one (or holding the
//   wrong type) goes to `malformed`; every other row is kept.
// - `status` absent: Completed when endDate is set, else Live (backendStatus stays empty).
// - nextToken/previousToken are `pagination.nextCursor`/`previousCursor` (empty for null:
//   the end); total is `pagination.total` when it is a number.
// - ok=false when the body is not JSON, not an object, has no `data` array, or breaks off.
SessionPage parsePage(QByteArrayView body);

} // namespace century
