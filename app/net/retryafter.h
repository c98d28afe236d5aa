#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <chrono>
#include <optional>

// Reads an HTTP Retry-After value (RFC 9110 section 10.2.3) as a delay from `now`:
// - delta-seconds: 1 to 10 ASCII digits, at most 2147483647 (larger values are rejected
//   rather than wrapped);
// - an HTTP-date: IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), and the obsolete forms
//   RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT") and asctime ("Sun Nov  6 08:49:37 1994"),
//   which RFC 9110 says recipients must still accept. A date in the past means no delay.
// Surrounding spaces and tabs are ignored; anything else (signs, fractions, unknown names,
// out-of-range fields, trailing text) gives std::nullopt. Pure and allocation-free, so it
// can be fuzzed on its own. Clamping to a sane maximum is the caller's business.
std::optional<std::chrono::milliseconds> parseRetryAfter(QByteArrayView value, const QDateTime &now);

// An HTTP-date alone (a response's Date header), in any of the three forms above, as ms since
// the epoch (UTC); `currentYear` places RFC 850's two-digit years. std::nullopt otherwise.
std::optional<qint64> parseHttpDate(QByteArrayView value, int currentYear);
