// The ISO 8601 / RFC 3339 readers and writer of app/domain/iso8601.h, which every page's
// times go through. Beyond "no crash": the std::string_view and QStringView overloads agree;
// an accepted instant written back with formatRfc3339Ms and read again is the same
// millisecond; dates are midnights; durations are never negative; and any 64-bit value the
// writer accepts reads back unchanged.
#include "fuzzcheck.h"

#include "domain/iso8601.h"
#include "domain/timestamps.h"

#include <QString>

#include <cstdint>
#include <cstring>
#include <string_view>

namespace {

constexpr qint64 kMsPerDay = 86400000;

void checkInstant(qint64 ms)
{
    char text[iso8601::kFormattedLength];
    const std::size_t length = iso8601::formatRfc3339Ms(ms, text);
    FUZZ_CHECK(length == 0 || length == iso8601::kFormattedLength);
    if (length == 0) {
        FUZZ_CHECK(iso8601::formatRfc3339Ms(ms).isEmpty());
        return;
    }
    const auto again = iso8601::parseDateTimeMs(std::string_view(text, length));
    FUZZ_CHECK(again && *again == ms);
    FUZZ_CHECK(iso8601::formatRfc3339Ms(ms) == QLatin1String(text, qsizetype(length)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    // The QStringView overloads see the same characters (Latin-1: one unit per byte).
    const QString wide = QString::fromLatin1(text.data(), qsizetype(size));

    const auto instant = iso8601::parseDateTimeMs(text);
    FUZZ_CHECK(instant == iso8601::parseDateTimeMs(QStringView(wide)));
    if (instant) {
        FUZZ_CHECK(*instant != kNoTime);
        checkInstant(*instant);
    }

    const auto date = iso8601::parseDateMs(text);
    FUZZ_CHECK(date == iso8601::parseDateMs(QStringView(wide)));
    if (date) {
        FUZZ_CHECK(((*date % kMsPerDay) + kMsPerDay) % kMsPerDay == 0);
        checkInstant(*date);
    }

    const auto duration = iso8601::parseDurationSeconds(text);
    FUZZ_CHECK(duration == iso8601::parseDurationSeconds(QStringView(wide)));
    if (duration)
        FUZZ_CHECK(*duration >= 0);

    const auto unixMs = iso8601::parseUnixSecondsMs(text);
    FUZZ_CHECK(unixMs == iso8601::parseUnixSecondsMs(QStringView(wide)));
    if (unixMs) {
        FUZZ_CHECK(*unixMs % 1000 == 0);
        checkInstant(*unixMs);
    }

    // The writer on raw 64-bit values (the first eight bytes as one).
    if (size >= sizeof(qint64)) {
        qint64 raw = 0;
        std::memcpy(&raw, data, sizeof raw);
        checkInstant(raw);
    }
    return 0;
}
