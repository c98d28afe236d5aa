#include "csvwriter.h"

#include "domain/iso8601.h"
#include "domain/valueformatter.h"

#include <QCoreApplication>

namespace {

// Bounds the duration cache: real exports repeat a few hundred values; a column of
// second-exact durations must not grow it without end.
constexpr qsizetype kDurationCacheLimit = 4096;

bool startsFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r': return true;
    default: return false;
    }
}

} // namespace

CsvWriter::CsvWriter(QString path, CsvOptions options)
    : m_options(std::move(options)), m_file(std::move(path)), m_buffer(m_options.delimiter),
      m_localTime(m_options.timeZone)
{
}

CsvWriter::CsvWriter(QIODevice *device, CsvOptions options)
    : m_options(std::move(options)), m_file(device), m_buffer(m_options.delimiter), m_localTime(m_options.timeZone)
{
}

CsvWriter::~CsvWriter() = default; // an unfinished file is discarded by ExportFile

bool CsvWriter::fail(QString sentence)
{
    m_error = std::move(sentence);
    m_state = State::Failed;
    m_file.cancel();
    m_buffer.clear();
    return false;
}

bool CsvWriter::begin(const QStringList &headers)
{
    if (m_state != State::Idle)
        return fail(QCoreApplication::translate("Export", "The export was already started."));
    const char delimiter = m_options.delimiter;
    if (delimiter != ',' && delimiter != ';' && delimiter != '\t')
        return fail(QCoreApplication::translate("Export", "The CSV delimiter must be a comma, a semicolon or a tab."));
    if (!m_file.open())
        return fail(m_file.errorString());
    m_state = State::Writing;
    m_columns = headers.size();
    m_yes = QCoreApplication::translate("Value", "Yes");
    m_no = QCoreApplication::translate("Value", "No");
    if (m_options.byteOrderMark)
        m_buffer.appendBytes("\xef\xbb\xbf", 3);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (i)
            m_buffer.appendByte(delimiter);
        appendText(headers[i]);
    }
    appendLineEnd();
    return true;
}

bool CsvWriter::writeRow(std::span<const ExportCell> cells)
{
    if (m_state != State::Writing)
        return false;
    if (qsizetype(cells.size()) != m_columns)
        return fail(QCoreApplication::translate("Export", "Row %1 has %2 values where the header has %3.")
                        .arg(m_rows + 1)
                        .arg(cells.size())
                        .arg(m_columns));
    bool first = true;
    for (const ExportCell &cell : cells) {
        if (!first)
            m_buffer.appendByte(m_options.delimiter);
        first = false;
        appendCell(cell);
    }
    appendLineEnd();
    ++m_rows;
    return !m_buffer.isFull() || flush();
}

bool CsvWriter::finish()
{
    if (m_state != State::Writing)
        return false;
    if (!flush() || !m_file.commit())
        return fail(m_file.errorString());
    m_state = State::Finished;
    return true;
}

void CsvWriter::cancel()
{
    if (m_state == State::Writing || m_state == State::Idle)
        fail(QCoreApplication::translate("Export", "The export was cancelled."));
}

bool CsvWriter::flush()
{
    const bool ok = m_file.write(m_buffer.data(), m_buffer.size());
    m_buffer.clear();
    return ok || fail(m_file.errorString());
}

void CsvWriter::appendLineEnd()
{
    if (m_options.crlf)
        m_buffer.appendBytes("\r\n", 2);
    else
        m_buffer.appendByte('\n');
}

void CsvWriter::appendText(QStringView text)
{
    m_buffer.appendText(text, m_options.formulaGuard && startsFormula(text) ? '\'' : '\0');
}

void CsvWriter::appendCell(const ExportCell &cell)
{
    switch (cell.kind()) {
    case ExportCell::Kind::Empty: return;
    case ExportCell::Kind::Text:
    case ExportCell::Kind::Identifier: appendText(cell.text()); return;
    case ExportCell::Kind::Integer: m_buffer.appendInteger(cell.number()); return;
    case ExportCell::Kind::DateTime: appendDateTime(cell.number()); return;
    case ExportCell::Kind::Date: appendDate(cell.number()); return;
    case ExportCell::Kind::Duration: appendDuration(cell.number()); return;
    case ExportCell::Kind::Boolean:
        if (m_options.wordBooleans)
            appendText(cell.number() ? m_yes : m_no);
        else if (cell.number())
            m_buffer.appendBytes("true", 4);
        else
            m_buffer.appendBytes("false", 5);
        return;
    }
}

void CsvWriter::appendDateTime(qint64 utcMs)
{
    char text[iso8601::kFormattedLength];
    if (!m_options.localTimes) {
        // 2024-03-05T09:07:03.120Z
        m_buffer.appendBytes(text, qsizetype(iso8601::formatRfc3339Ms(utcMs, text)));
        return;
    }
    // The wall clock as "2024-03-05 09:07:03": the one date-time spelling every Excel locale
    // reads as a date; the zone is the reader's own, so no suffix.
    if (iso8601::formatRfc3339Ms(m_localTime.toLocalMs(utcMs), text) == 0)
        return; // outside years 0..9999: no honest spelling, leave the cell empty
    text[10] = ' ';
    m_buffer.appendBytes(text, 19);
}

void CsvWriter::appendDate(qint64 midnightUtcMs)
{
    // A calendar date (a date of birth) has no zone: never shifted into local time.
    char text[iso8601::kFormattedLength];
    if (iso8601::formatRfc3339Ms(midnightUtcMs, text) != 0)
        m_buffer.appendBytes(text, 10);
}

void CsvWriter::appendDuration(qint64 seconds)
{
    switch (m_options.durations) {
    case CsvDurations::Seconds: m_buffer.appendInteger(seconds); return;
    case CsvDurations::Minutes: {
        // Whole minutes as an integer; otherwise two decimals, trailing zeros dropped.
        const bool negative = seconds < 0;
        const quint64 magnitude = negative ? 0 - quint64(seconds) : quint64(seconds);
        const quint64 hundredths = (magnitude * 100 + 30) / 60; // rounded
        const int fraction = int(hundredths % 100);
        // A decimal comma under a comma delimiter (the Excel preset on a German system with
        // --delimiter ,) would split the number into two cells: quote it then.
        const bool quoted = fraction && m_options.decimalPoint == m_options.delimiter;
        if (quoted)
            m_buffer.appendByte('"');
        if (negative && hundredths)
            m_buffer.appendByte('-');
        m_buffer.appendInteger(qint64(hundredths / 100));
        if (fraction) {
            m_buffer.appendByte(m_options.decimalPoint);
            m_buffer.appendByte(char('0' + fraction / 10));
            if (fraction % 10)
                m_buffer.appendByte(char('0' + fraction % 10));
        }
        if (quoted)
            m_buffer.appendByte('"');
        return;
    }
    case CsvDurations::Text: {
        auto it = m_durationTexts.constFind(seconds);
        if (it != m_durationTexts.cend()) {
            appendText(*it);
            return;
        }
        const QString text = formatDuration(seconds);
        if (m_durationTexts.size() < kDurationCacheLimit)
            m_durationTexts.insert(seconds, text);
        appendText(text);
        return;
    }
    }
}
