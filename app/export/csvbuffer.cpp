#include "csvbuffer.h"

#include <algorithm>
#include <cstring>

CsvBuffer::CsvBuffer(char delimiter, qsizetype flushSize) : m_flushSize(flushSize)
{
    // Slack beyond the flush size: a row is appended whole before the writer checks isFull().
    m_capacity = flushSize + flushSize / 4 + 4096;
    m_data = std::make_unique_for_overwrite<char[]>(std::size_t(m_capacity));
    for (char c : {delimiter, '"', '\r', '\n'})
        m_needsQuotes[std::size_t(static_cast<unsigned char>(c) & 0x7f)] = true;
}

void CsvBuffer::grow(qsizetype count)
{
    const qsizetype capacity = std::max(m_capacity * 2, m_size + count);
    auto data = std::make_unique_for_overwrite<char[]>(std::size_t(capacity));
    std::memcpy(data.get(), m_data.get(), std::size_t(m_size));
    m_data = std::move(data);
    m_capacity = capacity;
}

void CsvBuffer::appendBytes(const char *bytes, qsizetype count)
{
    std::memcpy(reserve(count), bytes, std::size_t(count));
    m_size += count;
}

void CsvBuffer::appendInteger(qint64 value)
{
    char digits[20];
    int n = 0;
    // Unsigned, so that the most negative qint64 has a magnitude too.
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        digits[n++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    char *out = reserve(21);
    char *const start = out;
    if (value < 0)
        *out++ = '-';
    while (n)
        *out++ = digits[--n];
    m_size += out - start;
}

void CsvBuffer::appendText(QStringView text, char prefix)
{
    const char16_t *const units = text.utf16();
    const qsizetype length = text.size();
    bool quoted = false;
    for (qsizetype i = 0; i < length; ++i) {
        const char16_t c = units[i];
        if (c < 0x80 && m_needsQuotes[c]) {
            quoted = true;
            break;
        }
    }
    // Worst case per UTF-16 unit is 3 bytes (a doubled quote is 2, a surrogate pair 4 for
    // two units), plus two quotes and the prefix.
    char *out = reserve(length * 3 + 3);
    char *const start = out;
    if (quoted)
        *out++ = '"';
    if (prefix)
        *out++ = prefix;
    for (qsizetype i = 0; i < length; ++i) {
        const char32_t c = units[i];
        if (c < 0x80) {
            *out++ = char(c);
            if (c == '"') // only ever seen when quoted
                *out++ = '"';
        } else if (c < 0x800) {
            *out++ = char(0xc0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (c >= 0xd800 && c <= 0xdfff) {
            const char32_t low = i + 1 < length ? units[i + 1] : 0;
            if (c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
                const char32_t point = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
                *out++ = char(0xf0 | (point >> 18));
                *out++ = char(0x80 | ((point >> 12) & 0x3f));
                *out++ = char(0x80 | ((point >> 6) & 0x3f));
                *out++ = char(0x80 | (point & 0x3f));
                ++i;
            } else {
                *out++ = char(0xef); // U+FFFD
                *out++ = char(0xbf);
                *out++ = char(0xbd);
            }
        } else {
            *out++ = char(0xe0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        }
    }
    if (quoted)
        *out++ = '"';
    m_size += out - start;
}
