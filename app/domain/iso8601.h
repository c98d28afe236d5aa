#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>
#include <string_view>

// A hand-written ISO 8601 / RFC 3339 reader and writer for the hot path of page parsing:
// QDateTime::fromString costs ~0.9 µs per call here and allocates; these functions do
// neither. Instants are milliseconds since the Unix epoch, UTC (timestamps.h); durations are
// whole seconds. Every parser returns std::nullopt when the text is not accepted as a whole
// (no trailing characters, no surrounding spaces).
namespace iso8601 {

// `YYYY-MM-DDTHH:MM:SS[.fraction][Z|±HH:MM|±HHMM|±HH]`, years 0000..9999.
// Tolerated because servers send them: lowercase `t`/`z`, a space instead of `T`.
// A fraction has 1..9 digits and is truncated to milliseconds (truncating keeps the order of
// two instants that differ below a millisecond from flipping across a second boundary).
// Ranges are checked (month, days in month incl. leap years, 00..23, 00..59, 00..60 where a
// leap second 60 reads as the first second of the next minute, as POSIX time does).
// No offset at all is read as UTC: none of our APIs sends local times, and rejecting such a
// row would lose it for no gain.
std::optional<qint64> parseDateTimeMs(std::string_view text) noexcept;
std::optional<qint64> parseDateTimeMs(QStringView text) noexcept;

// `YYYY-MM-DD` -> milliseconds at midnight UTC of that date.
std::optional<qint64> parseDateMs(std::string_view text) noexcept;
std::optional<qint64> parseDateMs(QStringView text) noexcept;

// The subset of ISO 8601 durations APIs send: `P[nW][nD][T[nH][nM][n[.f]S]]` -> whole
// seconds (a fraction of a second is truncated). Years and months have no fixed length, so
// `P1Y`/`P1M` are rejected as ambiguous; zero years or months (`P0Y0M1D`) are accepted.
// Weeks are 7 days, days 86400 s (no calendar, no DST). Negative durations are rejected.
std::optional<qint64> parseDurationSeconds(std::string_view text) noexcept;
std::optional<qint64> parseDurationSeconds(QStringView text) noexcept;

// Unix time in whole seconds as Century's date filters allow it (`1688200245`), optionally
// signed -> milliseconds. At most 12 digits, so that the result stays within years 0..9999.
std::optional<qint64> parseUnixSecondsMs(std::string_view text) noexcept;
std::optional<qint64> parseUnixSecondsMs(QStringView text) noexcept;

// RFC 3339 with milliseconds and `Z`: `2024-03-05T09:07:03.120Z` (24 characters), as Mobile
// Next's `before` cursor expects it. Writes into `out` and returns the length, or 0 when
// `ms` is kNoTime or outside years 0000..9999.
inline constexpr std::size_t kFormattedLength = 24;
std::size_t formatRfc3339Ms(qint64 ms, char (&out)[kFormattedLength]) noexcept;
QString formatRfc3339Ms(qint64 ms); // empty when not representable

// Proleptic Gregorian calendar helpers, exposed for tests and the demo clock.
constexpr bool isLeapYear(int year) noexcept
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}
int daysInMonth(int year, int month) noexcept; // 0 for a month outside 1..12
qint64 daysFromCivil(int year, int month, int day) noexcept; // days since 1970-01-01

} // namespace iso8601
