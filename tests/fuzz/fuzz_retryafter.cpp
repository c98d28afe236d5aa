// The Retry-After reader (app/net/retryafter.h): delta-seconds and the three HTTP-date forms.
// Beyond "no crash": a delay is never negative; digits read as exactly their value; a date
// read back from its own IMF-fixdate spelling is the same instant; and parseRetryAfter agrees
// with parseHttpDate for dates.
#include "fuzzcheck.h"

#include "net/retryafter.h"

#include <QLocale>
#include <QTimeZone>

#include <cstdint>
#include <string_view>

namespace {

// A fixed "now" (2026-03-14 15:09:26 UTC) so that findings replay identically.
const QDateTime &now()
{
    static const QDateTime instant = QDateTime::fromMSecsSinceEpoch(1773500966000, QTimeZone::utc());
    return instant;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

bool allDigits(std::string_view text)
{
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return !text.empty();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView value(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::string_view text = trimmed(std::string_view(value.data(), size));

    const auto delay = parseRetryAfter(value, now());
    if (delay)
        FUZZ_CHECK(delay->count() >= 0);

    if (allDigits(text)) {
        std::int64_t seconds = 0;
        for (const char c : text.substr(0, 11))
            seconds = seconds * 10 + (c - '0');
        const bool acceptable = text.size() <= 10 && seconds <= 2147483647;
        FUZZ_CHECK(bool(delay) == acceptable);
        if (acceptable)
            FUZZ_CHECK(delay->count() == seconds * 1000);
        FUZZ_CHECK(!parseHttpDate(value, 2026));
        return 0;
    }

    const auto date = parseHttpDate(value, now().date().year());
    FUZZ_CHECK(bool(date) == bool(delay));
    if (!date)
        return 0;
    const qint64 nowMs = now().toMSecsSinceEpoch();
    FUZZ_CHECK(delay->count() == std::max<qint64>(0, *date - nowMs));
    FUZZ_CHECK(*date % 1000 == 0);

    // Its IMF-fixdate spelling reads back as the same instant (the leap second 60 has
    // already become the next minute's first second).
    const QDateTime instant = QDateTime::fromMSecsSinceEpoch(*date, QTimeZone::utc());
    const QByteArray fixdate =
        QLocale::c().toString(instant, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    const auto again = parseHttpDate(fixdate, 2026);
    FUZZ_CHECK(again && *again == *date);
    return 0;
}
