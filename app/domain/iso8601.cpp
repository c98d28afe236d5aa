#include "iso8601.h"

#include "timestamps.h"

#include <array>

namespace iso8601 {
namespace {

constexpr qint64 kMsPerSecond = 1000;
constexpr qint64 kSecondsPerDay = 86400;
constexpr qint64 kMsPerDay = kSecondsPerDay * kMsPerSecond;

// A cursor over the text: every read checks the remaining length, so no input can make
// us read past its end.
class Scanner final
{
public:
    explicit Scanner(std::string_view text) noexcept : m_text(text) {}

    bool atEnd() const noexcept { return m_pos == m_text.size(); }
    char peek() const noexcept { return atEnd() ? '\0' : m_text[m_pos]; }
    void skip() noexcept { ++m_pos; }

    bool accept(char c) noexcept
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // Exactly `count` decimal digits.
    bool fixedDigits(std::size_t count, int &out) noexcept
    {
        if (m_text.size() - m_pos < count)
            return false;
        int value = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const unsigned digit = static_cast<unsigned char>(m_text[m_pos + i]) - '0';
            if (digit > 9)
                return false;
            value = value * 10 + static_cast<int>(digit);
        }
        m_pos += count;
        out = value;
        return true;
    }

    // One or more digits, at most `maxDigits` of them (bounded so nothing can overflow).
    bool number(std::size_t maxDigits, qint64 &out, std::size_t *digitCount = nullptr) noexcept
    {
        qint64 value = 0;
        std::size_t count = 0;
        while (!atEnd()) {
            const unsigned digit = static_cast<unsigned char>(m_text[m_pos]) - '0';
            if (digit > 9)
                break;
            if (++count > maxDigits)
                return false;
            value = value * 10 + digit;
            ++m_pos;
        }
        if (count == 0)
            return false;
        out = value;
        if (digitCount)
            *digitCount = count;
        return true;
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

bool readDate(Scanner &s, qint64 &days) noexcept
{
    int year = 0, month = 0, day = 0;
    if (!s.fixedDigits(4, year) || !s.accept('-') || !s.fixedDigits(2, month) || !s.accept('-')
        || !s.fixedDigits(2, day))
        return false;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return false;
    days = daysFromCivil(year, month, day);
    return true;
}

// Milliseconds of a 1..9 digit fraction, truncated.
bool readFractionMs(Scanner &s, qint64 &ms) noexcept
{
    qint64 value = 0;
    std::size_t digits = 0;
    if (!s.number(9, value, &digits))
        return false;
    static constexpr std::array<qint64, 10> kScale{1, 10, 100, 1000, 10000, 100000, 1000000,
                                                   10000000, 100000000, 1000000000};
    // value has `digits` decimals; milliseconds are the first three of them.
    ms = digits <= 3 ? value * kScale[3 - digits] : value / kScale[digits - 3];
    return true;
}

// `Z`, `±HH:MM`, `±HHMM`, `±HH`, or nothing (read as UTC, see the header).
bool readOffsetMs(Scanner &s, qint64 &offsetMs) noexcept
{
    offsetMs = 0;
    if (s.atEnd())
        return true;
    if (s.accept('Z') || s.accept('z'))
        return true;
    const char sign = s.peek();
    if (sign != '+' && sign != '-')
        return false;
    s.skip();
    int hours = 0, minutes = 0;
    if (!s.fixedDigits(2, hours))
        return false;
    if (!s.atEnd()) {
        s.accept(':');
        if (!s.fixedDigits(2, minutes))
            return false;
    }
    if (hours > 23 || minutes > 59)
        return false;
    offsetMs = (hours * 3600 + minutes * 60) * kMsPerSecond;
    if (sign == '-')
        offsetMs = -offsetMs;
    return true;
}

// QStringView input: only ASCII can be valid, so narrow into a small stack buffer.
template <typename Result, std::size_t Capacity = 48>
std::optional<Result> viaLatin1(QStringView text, std::optional<Result> (*parse)(std::string_view) noexcept) noexcept
{
    if (text.size() > qsizetype(Capacity))
        return std::nullopt;
    std::array<char, Capacity> buffer{};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7f)
            return std::nullopt;
        buffer[std::size_t(i)] = char(c);
    }
    return parse(std::string_view(buffer.data(), std::size_t(text.size())));
}

void putDigits(char *out, int value, int count) noexcept
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

int daysInMonth(int year, int month) noexcept
{
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeapYear(year) ? 29 : kDays[std::size_t(month - 1)];
}

// Days since 1970-01-01 in the proleptic Gregorian calendar: count in 400-year eras that
// start on March 1st, so that the leap day is the last day of a (shifted) year.
qint64 daysFromCivil(int year, int month, int day) noexcept
{
    const qint64 y = qint64(year) - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yearOfEra = y - era * 400;                                  // [0, 399]
    const qint64 shiftedMonth = month > 2 ? month - 3 : month + 9;           // March = 0
    const qint64 dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1;         // [0, 365]
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

std::optional<qint64> parseDateTimeMs(std::string_view text) noexcept
{
    Scanner s(text);
    qint64 days = 0;
    if (!readDate(s, days))
        return std::nullopt;
    const char separator = s.peek();
    if (separator != 'T' && separator != 't' && separator != ' ')
        return std::nullopt;
    s.skip();
    int hour = 0, minute = 0, second = 0;
    if (!s.fixedDigits(2, hour) || !s.accept(':') || !s.fixedDigits(2, minute) || !s.accept(':')
        || !s.fixedDigits(2, second))
        return std::nullopt;
    if (hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    qint64 fractionMs = 0;
    if ((s.accept('.') || s.accept(',')) && !readFractionMs(s, fractionMs))
        return std::nullopt;
    qint64 offsetMs = 0;
    if (!readOffsetMs(s, offsetMs) || !s.atEnd())
        return std::nullopt;
    const qint64 seconds = days * kSecondsPerDay + hour * 3600 + minute * 60 + second;
    return seconds * kMsPerSecond + fractionMs - offsetMs;
}

std::optional<qint64> parseDateMs(std::string_view text) noexcept
{
    Scanner s(text);
    qint64 days = 0;
    if (!readDate(s, days) || !s.atEnd())
        return std::nullopt;
    return days * kMsPerDay;
}

std::optional<qint64> parseDurationSeconds(std::string_view text) noexcept
{
    Scanner s(text);
    if (!s.accept('P') && !s.accept('p'))
        return std::nullopt;
    // Each unit may appear once and in order; `rank` enforces both.
    enum Rank { None, Years, Months, Weeks, Days, Hours, Minutes, Seconds };
    int rank = None;
    bool inTime = false;
    bool anyComponent = false;
    qint64 total = 0;
    while (!s.atEnd()) {
        if (!inTime && (s.accept('T') || s.accept('t'))) {
            inTime = true;
            if (s.atEnd())
                return std::nullopt; // "PT" or "P1DT" without a time component
            continue;
        }
        qint64 value = 0;
        if (!s.number(12, value)) // 12 digits keep every product below 2^63
            return std::nullopt;
        bool fraction = false;
        if (s.accept('.') || s.accept(',')) {
            qint64 ignored = 0;
            if (!readFractionMs(s, ignored))
                return std::nullopt;
            fraction = true;
        }
        const char unit = char(s.peek() & ~0x20); // upper case
        s.skip();
        int unitRank = None;
        qint64 scale = 0;
        if (!inTime) {
            switch (unit) {
            case 'Y': unitRank = Years; break;
            case 'M': unitRank = Months; break;
            case 'W': unitRank = Weeks; scale = 7 * kSecondsPerDay; break;
            case 'D': unitRank = Days; scale = kSecondsPerDay; break;
            default: return std::nullopt;
            }
            // A year or a month has no fixed length in seconds: only zero is unambiguous.
            if ((unitRank == Years || unitRank == Months) && value != 0)
                return std::nullopt;
        } else {
            switch (unit) {
            case 'H': unitRank = Hours; scale = 3600; break;
            case 'M': unitRank = Minutes; scale = 60; break;
            case 'S': unitRank = Seconds; scale = 1; break;
            default: return std::nullopt;
            }
        }
        if (unitRank <= rank || (fraction && unitRank != Seconds))
            return std::nullopt;
        rank = unitRank;
        total += value * scale;
        anyComponent = true;
    }
    if (!anyComponent)
        return std::nullopt;
    return total;
}

std::optional<qint64> parseUnixSecondsMs(std::string_view text) noexcept
{
    Scanner s(text);
    const bool negative = s.accept('-');
    if (!negative)
        s.accept('+');
    qint64 seconds = 0;
    if (!s.number(12, seconds) || !s.atEnd())
        return std::nullopt;
    return (negative ? -seconds : seconds) * kMsPerSecond;
}

std::optional<qint64> parseDateTimeMs(QStringView text) noexcept
{
    return viaLatin1<qint64>(text, &parseDateTimeMs);
}

std::optional<qint64> parseDateMs(QStringView text) noexcept
{
    return viaLatin1<qint64>(text, &parseDateMs);
}

std::optional<qint64> parseDurationSeconds(QStringView text) noexcept
{
    return viaLatin1<qint64>(text, &parseDurationSeconds);
}

std::optional<qint64> parseUnixSecondsMs(QStringView text) noexcept
{
    return viaLatin1<qint64>(text, &parseUnixSecondsMs);
}

std::size_t formatRfc3339Ms(qint64 ms, char (&out)[kFormattedLength]) noexcept
{
    static const qint64 kMin = daysFromCivil(0, 1, 1) * kMsPerDay;
    static const qint64 kEnd = daysFromCivil(10000, 1, 1) * kMsPerDay;
    if (ms == kNoTime || ms < kMin || ms >= kEnd)
        return 0;
    // Floor division, so that instants before 1970 land on the right day.
    qint64 days = ms / kMsPerDay;
    qint64 msOfDay = ms % kMsPerDay;
    if (msOfDay < 0) {
        msOfDay += kMsPerDay;
        --days;
    }
    // Inverse of daysFromCivil, same March-based eras.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    const int month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));

    const int millis = int(msOfDay % 1000);
    const int secondsOfDay = int(msOfDay / 1000);
    putDigits(out, year, 4);
    out[4] = '-';
    putDigits(out + 5, month, 2);
    out[7] = '-';
    putDigits(out + 8, day, 2);
    out[10] = 'T';
    putDigits(out + 11, secondsOfDay / 3600, 2);
    out[13] = ':';
    putDigits(out + 14, secondsOfDay / 60 % 60, 2);
    out[16] = ':';
    putDigits(out + 17, secondsOfDay % 60, 2);
    out[19] = '.';
    putDigits(out + 20, millis, 3);
    out[23] = 'Z';
    return kFormattedLength;
}

QString formatRfc3339Ms(qint64 ms)
{
    char buffer[kFormattedLength];
    const std::size_t length = formatRfc3339Ms(ms, buffer);
    return QString::fromLatin1(buffer, qsizetype(length));
}

} // namespace iso8601
