#pragma once

#include <QtGlobal>

#include <limits>

// Instants are milliseconds since the Unix epoch, UTC; durations are whole seconds.
// A missing instant or duration is this sentinel rather than std::optional, so that rows
// stay small and trivially comparable when sorted.
inline constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
