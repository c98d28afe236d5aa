#pragma once

#include "backend.h"
#include "sessionstatus.h"

#include <QList>

#include <array>

// Counts per dashboard status, indexed by the SessionStatus value (SessionTableModel's
// StatusCounts is this type, so the window passes the model's counts on as they are).
inline constexpr std::size_t kSessionStatusCount = 5;
using SessionStatusCounts = std::array<qsizetype, kSessionStatusCount>;
static_assert(std::size_t(SessionStatus::Cancelled) + 1 == kSessionStatusCount);

// A mask of statuses: bit n stands for SessionStatus(n) (ViewOrderSpec::statusMask).
inline constexpr quint32 kEverySessionStatus = 0xffu;
constexpr quint32 sessionStatusBit(SessionStatus status) { return 1u << quint32(status); }

// The statuses a backend's sessions can have (API-NOTES.md, "One status vocabulary"), in
// the order the dashboard lists them. Unknown is there for backends whose raw values are
// open-ended (a Century or Treasure status added after this was written).
QList<SessionStatus> backendSessionStatuses(Backend backend);
