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
// Live sessions begin the morning the clock starts, at 08:30.
inline constexpr qint64 kLiveStartMs = (20332 + 190) * kMsPerDay + (8 * 60 + 30) * 60000ll;
} // namespace demoepoch
