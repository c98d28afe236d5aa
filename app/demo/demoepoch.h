#pragma once

#include <QtGlobal>

// Fixed instants the demo world is built around. The simulated clock starts at kWorldStartMs
// (a Tuesday morning in term time) whatever the real date, so that equal seeds give equal
// worlds; history reaches back to the start of the academic year.
namespace demoepoch {
inline constexpr qint64 kMsPerDay = 86400000;
// 2025-09-01T00:00:00Z, a Monday: days 20332 since 1970-01-01.
inline constexpr qint64 kAcademicYearStartMs = 20332 * kMsPerDay;
// 2026-03-10T10:30:00Z, 190 days later (27 weeks + 1 day).
inline constexpr qint64 kWorldStartMs = (20332 + 190) * kMsPerDay + (10 * 60 + 30) * 60000ll;
// History ends before this instant (07:30 the morning the clock starts); after it come the
// "live" sessions, half of them before the clock's start and half after, so that a demo or a
// test with a fast clock sees sessions start and finish.
inline constexpr qint64 kHistoryEndMs = (20332 + 190) * kMsPerDay + (7 * 60 + 30) * 60000ll;
inline constexpr quint32 kMaxLiveSessions = 960;

// How many of `total` sessions are live ones, and when the first of them starts.
constexpr quint32 liveCount(quint32 total)
{
    return total / 5 < kMaxLiveSessions ? total / 5 : kMaxLiveSessions;
}
constexpr qint64 liveStartMs(quint32 live, qint64 spacingMs)
{
    return kWorldStartMs - qint64(live / 2) * spacingMs;
}
static_assert(liveStartMs(kMaxLiveSessions, 20000) >= kHistoryEndMs);
} // namespace demoepoch
