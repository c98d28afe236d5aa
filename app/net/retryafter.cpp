#include "retryafter.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace {

constexpr std::int64_t kMaxDeltaSeconds = 2147483647;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// A forward-only reader over the value; every method consumes only on success.
class Cursor
{
public:
    explicit Cursor(std::string_view text) : m_text(text) {}

    bool atEnd() const { return m_pos == m_text.size(); }

    bool literal(std::string_view expected)
    {
        if (m_text.substr(m_pos, expected.size()) != expected)
            return false;
        m_pos += expected.size();
        return true;
    }

    // Exactly `count` digits.
    std::optional<int> digits(std::size_t count)
    {
        if (m_text.size() - m_pos < count)
            return std::nullopt;
        int value = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const char c = m_text[m_pos + i];
            if (!isDigit(c))
                return std::nullopt;
            value = value * 10 + (c - '0');
        }
        m_pos += count;
        return value;
    }

    // One of `names`, matched case-sensitively as RFC 9110 requires; returns its index.
    template<std::size_t N>
    std::optional<int> oneOf(const std::array<std::string_view, N> &names)
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (literal(names[i]))
                return int(i);
        }
        return std::nullopt;
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

constexpr std::array<std::string_view, 7> kShortDays{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<std::string_view, 7> kLongDays{"Monday", "Tuesday", "Wednesday", "Thursday",
                                                    "Friday", "Saturday", "Sunday"};
constexpr std::array<std::string_view, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool isLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month) // month 1..12
{
    constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[std::size_t(month - 1)];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return std::int64_t(era) * 146097 + dayOfEra - 719468;
}

struct Fields
{
    int year = 0;
    int month = 0; // 1..12
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

// "HH:MM:SS"
bool readTime(Cursor &in, Fields &f)
{
    const auto h = in.digits(2);
    if (!h || !in.literal(":"))
        return false;
    const auto m = in.digits(2);
    if (!m || !in.literal(":"))
        return false;
    const auto s = in.digits(2);
    if (!s)
        return false;
    f.hour = *h;
    f.minute = *m;
    f.second = *s;
    return true;
}

// "Sun, 06 Nov 1994 08:49:37 GMT"
bool readImfFixdate(std::string_view text, Fields &f)
{
    Cursor in(text);
    if (!in.oneOf(kShortDays) || !in.literal(", "))
        return false;
    const auto day = in.digits(2);
    if (!day || !in.literal(" "))
        return false;
    const auto month = in.oneOf(kMonths);
    if (!month || !in.literal(" "))
        return false;
    const auto year = in.digits(4);
    if (!year || !in.literal(" ") || !readTime(in, f) || !in.literal(" GMT") || !in.atEnd())
        return false;
    f.day = *day;
    f.month = *month + 1;
    f.year = *year;
    return true;
}

// "Sunday, 06-Nov-94 08:49:37 GMT"; the two-digit year is placed as RFC 9110 says: a year
// more than 50 years in the future is the one a century earlier.
bool readRfc850(std::string_view text, int currentYear, Fields &f)
{
    Cursor in(text);
    if (!in.oneOf(kLongDays) || !in.literal(", "))
        return false;
    const auto day = in.digits(2);
    if (!day || !in.literal("-"))
        return false;
    const auto month = in.oneOf(kMonths);
    if (!month || !in.literal("-"))
        return false;
    const auto shortYear = in.digits(2);
    if (!shortYear || !in.literal(" ") || !readTime(in, f) || !in.literal(" GMT") || !in.atEnd())
        return false;
    int year = (currentYear / 100) * 100 + *shortYear;
    if (year > currentYear + 50)
        year -= 100;
    else if (year < currentYear - 50)
        year += 100;
    f.day = *day;
    f.month = *month + 1;
    f.year = year;
    return true;
}

// "Sun Nov  6 08:49:37 1994" (the day is space-padded)
bool readAsctime(std::string_view text, Fields &f)
{
    Cursor in(text);
    if (!in.oneOf(kShortDays) || !in.literal(" "))
        return false;
    const auto month = in.oneOf(kMonths);
    if (!month || !in.literal(" "))
        return false;
    std::optional<int> day;
    if (in.literal(" "))
        day = in.digits(1);
    else
        day = in.digits(2);
    if (!day || !in.literal(" ") || !readTime(in, f) || !in.literal(" "))
        return false;
    const auto year = in.digits(4);
    if (!year || !in.atEnd())
        return false;
    f.day = *day;
    f.month = *month + 1;
    f.year = *year;
    return true;
}

bool inRange(const Fields &f)
{
    // Years before 1900 cannot be a server's idea of "later"; the range also keeps the
    // arithmetic below far from overflow.
    return f.year >= 1900 && f.year <= 9999 && f.month >= 1 && f.month <= 12 && f.day >= 1
           && f.day <= daysInMonth(f.year, f.month) && f.hour <= 23 && f.minute <= 59
           && f.second <= 60; // 60: a leap second, read as the first second of the next minute
}

std::optional<std::chrono::milliseconds> parseDelta(std::string_view text)
{
    if (text.empty() || text.size() > 10)
        return std::nullopt;
    std::int64_t seconds = 0;
    for (const char c : text) {
        if (!isDigit(c))
            return std::nullopt;
        seconds = seconds * 10 + (c - '0');
    }
    if (seconds > kMaxDeltaSeconds)
        return std::nullopt;
    return std::chrono::seconds(seconds);
}

} // namespace

namespace {

std::string_view trimmed(QByteArrayView value)
{
    std::string_view text(value.data(), std::size_t(value.size()));
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

std::optional<qint64> readHttpDate(std::string_view text, int currentYear)
{
    Fields f;
    if (!readImfFixdate(text, f) && !readRfc850(text, currentYear, f) && !readAsctime(text, f))
        return std::nullopt;
    if (!inRange(f))
        return std::nullopt;
    return (daysFromCivil(f.year, f.month, f.day) * 86400 + std::int64_t(f.hour) * 3600
            + std::int64_t(f.minute) * 60 + f.second)
        * 1000;
}

} // namespace

std::optional<qint64> parseHttpDate(QByteArrayView value, int currentYear)
{
    const std::string_view text = trimmed(value);
    if (text.empty() || isDigit(text.front()))
        return std::nullopt;
    return readHttpDate(text, currentYear);
}

std::optional<std::chrono::milliseconds> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const std::string_view text = trimmed(value);
    if (text.empty())
        return std::nullopt;
    if (isDigit(text.front()))
        return parseDelta(text);
    if (!now.isValid())
        return std::nullopt;

    const QDateTime nowUtc = now.toUTC();
    const std::optional<qint64> atMs = readHttpDate(text, nowUtc.date().year());
    if (!atMs)
        return std::nullopt;
    // QDateTime reaches far beyond any date read here; clamping `now` keeps the subtraction
    // from overflowing without changing any answer that matters.
    constexpr qint64 kFar = qint64(1) << 52;
    const qint64 nowMs = std::clamp<qint64>(nowUtc.toMSecsSinceEpoch(), -kFar, kFar);
    const std::int64_t delta = *atMs - nowMs;
    return std::chrono::milliseconds(delta > 0 ? delta : 0);
}
