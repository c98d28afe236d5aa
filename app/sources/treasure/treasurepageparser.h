#pragma once

#include "attemptrecord.h"
#include "domain/sessionpage.h"

#include <QByteArrayView>

namespace treasure {

// Treasure Workflow (digdag) bodies -> rows. Pure functions of the bytes, safe on any
// thread, never throw.
// - Required per the published OpenAPI: id, project{id, name}, workflow{name}, sessionTime.
//   `lastAttempt` is optional (a session may have none yet: status Unknown). Ids may be
//   strings (as documented) or integer numbers.
// - startedMs is lastAttempt.createdAt, else sessionTime; endedMs is lastAttempt.finishedAt.
// - status from lastAttempt.status; when absent, derived from done/success/cancelRequested
//   (backendStatus then stays empty).
// - lastAttempt.params is kept as compact JSON text; above kMaxParamsBytes it is replaced by
//   kParamsTooLarge (a valid JSON object saying so) rather than by a cut, invalid text.
// - nextToken is the smallest id of the page (rows and malformed rows alike, so a broken
//   row is never fetched twice), empty for an empty page. The API has no cursor and no
//   total: a page shorter than the page_size asked for is the end, and only the caller
//   knows that size (compare rows.size() + malformed.size() with it).

inline constexpr qsizetype kMaxParamsBytes = 64 * 1024;
inline constexpr char kParamsTooLarge[] = R"({"sessionscope":"params larger than 64 KiB, not kept"})";

// GET /api/sessions: {"sessions": [...]}.
SessionPage parsePage(QByteArrayView body);
// GET /api/sessions/{id}: one session object; a page of one row (or one malformed row).
// A body without a readable id is not a session (an error body): ok=false.
SessionPage parseSession(QByteArrayView body);
// GET /api/sessions/{id}/attempts: {"attempts": [...]}.
AttemptPage parseAttempts(QByteArrayView body);

} // namespace treasure
