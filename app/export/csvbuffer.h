#pragma once

#include <QStringView>
#include <QtGlobal>

#include <array>
#include <memory>

// The bytes of a CSV file on their way out, and the one-pass encoders that fill them: a
// text cell goes from UTF-16 to UTF-8, RFC 4180 quoting included, straight into the buffer,
// with no QByteArray or QString made per cell. This is the hot loop of a million-row export
// (issue 8 asks for >= 1,000,000 rows/s), so it writes through raw pointers into one block
// that the writer hands to the file in large pieces.
class CsvBuffer final
{
public:
    explicit CsvBuffer(char delimiter, qsizetype flushSize = qsizetype(1) << 20);
    Q_DISABLE_COPY_MOVE(CsvBuffer)

    const char *data() const noexcept { return m_data.get(); }
    qsizetype size() const noexcept { return m_size; }
    bool isFull() const noexcept { return m_size >= m_flushSize; }
    void clear() noexcept { m_size = 0; }

    void appendByte(char c)
    {
        *reserve(1) = c;
        ++m_size;
    }
    void appendBytes(const char *bytes, qsizetype count);
    void appendInteger(qint64 value);
    // One text cell. Quoted when it holds the delimiter, a double quote, CR or LF, with its
    // quotes doubled; `prefix` (the formula guard's apostrophe) or '\0' goes first, inside the
    // quotes. Unpaired surrogates become U+FFFD, as any UTF-8 encoder must.
    void appendText(QStringView text, char prefix);

private:
    // Room for `count` more bytes; returns where they go.
    char *reserve(qsizetype count)
    {
        if (m_capacity - m_size < count)
            grow(count);
        return m_data.get() + m_size;
    }
    void grow(qsizetype count);

    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
    qsizetype m_flushSize;
    std::array<bool, 128> m_needsQuotes{}; // per ASCII character
};
