// CsvWriter round trip: the input chooses the options (a preset or each switch: delimiter,
// BOM, line end, formula guard, local times and zone, durations, decimal point, word
// booleans), the headers and rows of typed cells; the bytes written are read back by a strict
// RFC 4180 reader (strictcsvreader.h) and must give back exactly the cells: text with the
// guard's apostrophe where the guard applies and unpaired surrogates as U+FFFD, numbers as
// numbers, instants that read back as the same millisecond, local times as Qt spells them.
#include "fuzzcheck.h"
#include "strictcsvreader.h"

#include "domain/iso8601.h"
#include "domain/timestamps.h"
#include "domain/valueformatter.h"
#include "export/csvwriter.h"
#include "export/exportcell.h"

#include <QBuffer>
#include <QDateTime>
#include <QLocale>

#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstdint>
#include <vector>

namespace {

constexpr qint64 kMaxDurationSeconds = 400'000'000'000; // beyond years 0..9999 apart

const QTimeZone &pickZone(FuzzedDataProvider &in)
{
    // Made once: reading a zone's rules from tzdata costs more than a whole run.
    static const QTimeZone zones[] = {
        QTimeZone::utc(),
        QTimeZone("Europe/London"),
        QTimeZone("Pacific/Chatham"),     // +12:45/+13:45
        QTimeZone("America/St_Johns"),    // -03:30/-02:30
        QTimeZone("Australia/Lord_Howe"), // a half-hour DST shift
    };
    return zones[in.ConsumeIntegralInRange(0, 4)];
}

CsvOptions pickOptions(FuzzedDataProvider &in)
{
    CsvOptions options;
    switch (in.ConsumeIntegralInRange(0, 2)) {
    case 0:
        static const QLocale german(QLocale::German);
        static const QLocale english(QLocale::English);
        options = CsvOptions::preset(CsvPreset::ExcelOnThisComputer, in.ConsumeBool() ? german : english);
        break;
    case 1: options = CsvOptions::preset(CsvPreset::PlainUtf8); break;
    default: {
        constexpr char delimiters[] = {',', ';', '\t'};
        options.delimiter = delimiters[in.ConsumeIntegralInRange(0, 2)];
        options.byteOrderMark = in.ConsumeBool();
        options.crlf = in.ConsumeBool();
        options.localTimes = in.ConsumeBool();
        options.durations = CsvDurations(in.ConsumeIntegralInRange(0, 2));
        options.decimalPoint = in.ConsumeBool() ? ',' : '.';
        options.wordBooleans = in.ConsumeBool();
        break;
    }
    }
    options.formulaGuard = in.ConsumeBool();
    options.timeZone = pickZone(in);
    return options;
}

// Mostly ASCII (the characters that matter to CSV are ASCII), some BMP, some surrogates,
// paired or not.
QString pickText(FuzzedDataProvider &in)
{
    QString text;
    const int length = in.ConsumeIntegralInRange(0, 24);
    for (int i = 0; i < length && in.remaining_bytes(); ++i) {
        const std::uint8_t b = in.ConsumeIntegral<std::uint8_t>();
        if (b < 0x80)
            text += QChar(char16_t(b));
        else if (b < 0xf0)
            text += QChar(char16_t(0x80 + in.ConsumeIntegral<std::uint16_t>() % (0xd800 - 0x80)));
        else
            text += QChar(char16_t(0xd800 + in.ConsumeIntegral<std::uint16_t>() % 0x800));
    }
    return text;
}

// What a UTF-8 encoder must turn the text into: unpaired surrogates become U+FFFD.
QString withReplacements(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
        } else if (c.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += c;
        }
    }
    return out;
}

QString guarded(const QString &text, const CsvOptions &options)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    const bool guard = options.formulaGuard && !text.isEmpty() && triggers.contains(text.front());
    return (guard ? QStringLiteral("'") : QString()) + withReplacements(text);
}

qint64 pickInstant(FuzzedDataProvider &in)
{
    if (in.ConsumeBool())
        return in.ConsumeIntegral<qint64>();
    return in.ConsumeIntegralInRange<qint64>(-62167219200000, 253402300799999); // years 0..9999
}

// The cell and how its field must read back; an empty `expected` with `check` set to a
// function checks fields whose spelling is not ours to fix exactly.
struct Cell
{
    ExportCell cell;
    QString expected;
    bool exact = true;
    qint64 number = 0;
};

Cell pickCell(FuzzedDataProvider &in, const CsvOptions &options)
{
    Cell c;
    switch (in.ConsumeIntegralInRange(0, 7)) {
    case 0: break; // empty
    case 1: {
        const QString text = pickText(in);
        c.cell = ExportCell::fromText(text);
        c.expected = guarded(text, options);
        break;
    }
    case 2: {
        const QString text = pickText(in);
        c.cell = ExportCell::fromIdentifier(text);
        c.expected = guarded(text, options);
        break;
    }
    case 3: {
        const qint64 value = in.ConsumeIntegral<qint64>();
        c.cell = ExportCell::fromInteger(value);
        c.expected = QString::number(value);
        break;
    }
    case 4: {
        const qint64 ms = pickInstant(in);
        c.cell = ExportCell::fromDateTime(ms);
        c.number = ms;
        c.exact = false; // checkDateTime
        break;
    }
    case 5: {
        const qint64 day = pickInstant(in) / 86400000;
        const qint64 ms = day * 86400000;
        c.cell = ExportCell::fromDate(ms);
        if (ms != kNoTime)
            c.expected = iso8601::formatRfc3339Ms(ms).left(10);
        break;
    }
    case 6: {
        const qint64 seconds = in.ConsumeIntegralInRange(-kMaxDurationSeconds, kMaxDurationSeconds);
        c.cell = ExportCell::fromDuration(seconds);
        c.number = seconds;
        switch (options.durations) {
        case CsvDurations::Seconds: c.expected = QString::number(seconds); break;
        case CsvDurations::Text: c.expected = guarded(formatDuration(seconds), options); break;
        case CsvDurations::Minutes: c.exact = false; break; // checkMinutes
        }
        break;
    }
    default: {
        const bool value = in.ConsumeBool();
        c.cell = ExportCell::fromBoolean(value);
        c.expected = options.wordBooleans ? (value ? QStringLiteral("Yes") : QStringLiteral("No"))
                                          : (value ? QStringLiteral("true") : QStringLiteral("false"));
        break;
    }
    }
    return c;
}

void checkDateTime(const QString &field, qint64 ms, const CsvOptions &options)
{
    if (!options.localTimes) {
        FUZZ_CHECK(field == iso8601::formatRfc3339Ms(ms));
        if (!field.isEmpty())
            FUZZ_CHECK(iso8601::parseDateTimeMs(QStringView(field)) == ms);
        return;
    }
    if (field.isEmpty())
        return; // outside years 0..9999 once shifted: left empty on purpose
    FUZZ_CHECK(field.size() == 19 && field[10] == u' ');
    // Against Qt's own conversion where Qt's zone data is dependable (1900..2100).
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    if (utc.date().year() >= 1900 && utc.date().year() <= 2100) {
        const QDateTime local = utc.toTimeZone(options.timeZone);
        FUZZ_CHECK(field == local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
}

void checkMinutes(const QString &field, qint64 seconds, const CsvOptions &options)
{
    QString number = field;
    number.replace(QLatin1Char(options.decimalPoint), QLatin1Char('.'));
    bool ok = false;
    const long double minutes = number.toDouble(&ok);
    FUZZ_CHECK(ok);
    // Two decimals of a minute: within 0.3 s of the truth (plus the double's own rounding).
    FUZZ_CHECK(std::fabs(double(minutes * 60 - (long double)seconds)) <= 0.3 + 1e-9 * std::fabs(double(seconds)));
    const qsizetype point = field.indexOf(QLatin1Char(options.decimalPoint));
    FUZZ_CHECK(point < 0 || field.size() - point - 1 <= 2);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    const CsvOptions options = pickOptions(in);
    const int columns = in.ConsumeIntegralInRange(1, 6);
    QStringList headers;
    QStringList expectedHeaders;
    for (int i = 0; i < columns; ++i) {
        headers << pickText(in);
        expectedHeaders << guarded(headers.back(), options);
    }
    std::vector<std::vector<Cell>> rows;
    while (in.remaining_bytes() && rows.size() < 64) {
        std::vector<Cell> row;
        for (int i = 0; i < columns; ++i)
            row.push_back(pickCell(in, options));
        rows.push_back(std::move(row));
    }

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, options);
        FUZZ_CHECK(writer.begin(headers));
        std::vector<ExportCell> cells;
        for (const auto &row : rows) {
            cells.clear();
            for (const Cell &c : row)
                cells.push_back(c.cell);
            FUZZ_CHECK(writer.writeRow(cells));
        }
        FUZZ_CHECK(writer.finish());
        FUZZ_CHECK(writer.rowsWritten() == qint64(rows.size()));
    }

    QByteArrayView bytes(buffer.data());
    if (qEnvironmentVariableIsSet("FUZZ_DEBUG")) // replaying a finding: show what was written
        std::fprintf(stderr, "delimiter %d crlf %d bom %d guard %d local %d\n---\n%s\n---\n", options.delimiter,
                     options.crlf, options.byteOrderMark, options.formulaGuard, options.localTimes,
                     buffer.data().toPercentEncoding(" ,;\"'=+-@:.").constData());
    if (options.byteOrderMark) {
        FUZZ_CHECK(bytes.startsWith("\xef\xbb\xbf"));
        bytes = bytes.sliced(3);
    }
    const auto table = readStrictCsv(bytes, options.delimiter, options.crlf);
    FUZZ_CHECK(table.has_value());
    FUZZ_CHECK(table->size() == qsizetype(rows.size()) + 1);
    FUZZ_CHECK(table->front() == expectedHeaders);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const QStringList &fields = table->at(qsizetype(r) + 1);
        FUZZ_CHECK(fields.size() == columns);
        for (int i = 0; i < columns; ++i) {
            const Cell &c = rows[r][std::size_t(i)];
            if (c.exact)
                FUZZ_CHECK(fields[i] == c.expected);
            else if (c.cell.kind() == ExportCell::Kind::DateTime)
                checkDateTime(fields[i], c.number, options);
            else if (c.cell.kind() == ExportCell::Kind::Duration)
                checkMinutes(fields[i], c.number, options);
            else
                FUZZ_CHECK(fields[i].isEmpty()); // kNoTime made an empty cell
        }
    }
    return 0;
}
