#include "xlsxwriter.h"

#include "domain/iso8601.h"
#include "domain/valueformatter.h"

// libxlsxwriter's header shares our header's name: angle brackets never find ours (app/export
// is not an include directory), and ours is included above with quotes, relative to this file.
#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>

namespace {

constexpr qint64 kMsPerDay = 86400000;
// Excel's day 0 is 1899-12-30 (day 1 is 1900-01-01, plus its fictitious 1900-02-29).
constexpr double kExcelEpochOffsetDays = 25569.0;
// Doubles hold integers exactly up to 2^53; Excel shows 15 significant digits. Larger
// integers are written as text so that no digit is silently changed.
constexpr qint64 kMaxExactInteger = 999'999'999'999'999;
constexpr double kMaxWidth = 60.0;
constexpr double kMinWidth = 8.43; // Excel's default
constexpr qsizetype kDurationCacheLimit = 4096;
constexpr qint64 kCopyBlock = qint64(1) << 20;

// Excel's calendar starts in 1900, and its serial numbers before 1900-03-01 are off by one
// (the 1900 leap year bug); earlier instants are written as ISO text instead.
const qint64 kFirstExcelMs = iso8601::daysFromCivil(1900, 3, 1) * kMsPerDay;
const qint64 kEndExcelMs = iso8601::daysFromCivil(10000, 1, 1) * kMsPerDay;

// Excel refuses sheet names with []:*?/\ , over 31 characters, or quoted at either end.
QByteArray sheetName(const QString &wanted)
{
    QString name = wanted.isEmpty() ? QCoreApplication::translate("Export", "Sessions") : wanted;
    name.remove(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")));
    name = name.left(31).trimmed();
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    return name.isEmpty() ? QByteArrayLiteral("Sheet1") : name.toUtf8();
}

} // namespace

XlsxWriter::XlsxWriter(QString path, XlsxOptions options)
    : m_options(std::move(options)), m_file(std::move(path)), m_localTime(m_options.timeZone)
{
}

XlsxWriter::~XlsxWriter()
{
    discardWorkbook();
}

QString XlsxWriter::cellText(const QString &text)
{
    if (text.size() <= kMaxCellLength)
        return text;
    const QString marker = QCoreApplication::translate("Export", "… [cut at Excel's limit of 32,767 characters]");
    qsizetype keep = kMaxCellLength - marker.size();
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep; // never split a surrogate pair
    return text.left(std::max<qsizetype>(keep, 0)) + marker;
}

bool XlsxWriter::fail(QString sentence)
{
    m_error = std::move(sentence);
    m_state = State::Failed;
    discardWorkbook();
    m_file.cancel();
    return false;
}

bool XlsxWriter::failLibrary(int error, int systemError)
{
    // lxw_strerror() speaks English; for file errors the system's own reason ("No space left
    // on device") is the one a user can act on.
    const QString reason = systemError != 0 ? qt_error_string(systemError)
                                            : QString::fromUtf8(lxw_strerror(lxw_error(error)));
    return fail(QCoreApplication::translate("Export", "Cannot write %1: %2").arg(m_file.displayName(), reason));
}

void XlsxWriter::discardWorkbook()
{
    if (m_workbook) {
        // lxw_workbook_free() forgets the constant-memory row file without closing it: the
        // descriptor (and the disk space of the unlinked file) would last as long as the app.
        if (m_sheet && m_sheet->optimize_tmpfile) {
            std::fclose(m_sheet->optimize_tmpfile);
            m_sheet->optimize_tmpfile = nullptr;
        }
        lxw_workbook_free(m_workbook);
    }
    m_workbook = nullptr;
    m_sheet = nullptr;
    m_temporary.reset(); // removes the file
}

bool XlsxWriter::begin(const QStringList &headers)
{
    if (m_state != State::Idle)
        return fail(QCoreApplication::translate("Export", "The export was already started."));
    if (headers.size() > kMaxColumns)
        return fail(QCoreApplication::translate("Export", "An Excel sheet holds at most %1 columns; this export has %2.")
                        .arg(kMaxColumns)
                        .arg(headers.size()));
    if (!m_file.open())
        return fail(m_file.errorString());
    if (!createWorkbook(headers))
        return false;
    m_state = State::Writing;
    return true;
}

bool XlsxWriter::createWorkbook(const QStringList &headers)
{
    const QString directory = QFileInfo(m_file.path()).absolutePath();
    // Beside the target, so that the copy in finish() stays on one disk. QTemporaryFile
    // creates it 0600, and libxlsxwriter's fopen(..., "wb") of an existing file keeps that.
    m_temporary = std::make_unique<QTemporaryFile>(directory + QStringLiteral("/.sessionscope-export-XXXXXX.xlsx.part"));
    if (!m_temporary->open())
        return fail(QCoreApplication::translate("Export", "Cannot create a temporary file in %1: %2")
                        .arg(QDir::toNativeSeparators(directory), m_temporary->errorString()));
    m_temporaryName = QFile::encodeName(m_temporary->fileName());
    m_temporary->close();
    // libxlsxwriter's own row file goes there too, not to /tmp, which may be memory.
    m_workDirectory = QFile::encodeName(directory);

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_workDirectory.data();
    options.use_zip64 = LXW_FALSE;
    m_workbook = workbook_new_opt(m_temporaryName.constData(), &options);
    if (!m_workbook)
        return failLibrary(LXW_ERROR_MEMORY_MALLOC_FAILED, 0);
    m_sheet = workbook_add_worksheet(m_workbook, sheetName(m_options.sheetName).constData());
    if (!m_sheet)
        m_sheet = workbook_add_worksheet(m_workbook, nullptr); // a translated name Excel refused
    if (!m_sheet)
        return failLibrary(LXW_ERROR_MEMORY_MALLOC_FAILED, 0);

    m_headerFormat = workbook_add_format(m_workbook);
    format_set_bold(m_headerFormat);
    // ISO order reads the same in every locale, as the table shows instants.
    m_dateTimeFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTimeFormat, "yyyy-mm-dd hh:mm");
    m_dateFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_dateFormat, "yyyy-mm-dd");
    m_hoursMinutesFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_hoursMinutesFormat, "[h]:mm");

    m_columns = headers.size();
    m_widths.assign(std::size_t(m_columns), 0.0);
    for (qsizetype c = 0; c < m_columns; ++c) {
        const QByteArray text = cellText(headers[c]).toUtf8();
        if (const lxw_error error = worksheet_write_string(m_sheet, 0, lxw_col_t(c), text.constData(), m_headerFormat))
            return failLibrary(error, 0);
        // Bold text is wider, and the autofilter button takes about two characters.
        noteWidth(c, qsizetype(std::ceil(headers[c].size() * 1.1)) + 2);
    }
    return true;
}

bool XlsxWriter::writeRow(std::span<const ExportCell> cells)
{
    if (m_state != State::Writing)
        return false;
    if (qsizetype(cells.size()) != m_columns)
        return fail(QCoreApplication::translate("Export", "Row %1 has %2 values where the header has %3.")
                        .arg(m_rows + 1)
                        .arg(cells.size())
                        .arg(m_columns));
    if (m_rows >= kMaxRows)
        return fail(QCoreApplication::translate(
                        "Export", "An Excel sheet holds at most 1,048,575 rows below its header, and this export has "
                                  "more. Export to CSV instead, or narrow the filters."));
    const auto row = quint32(m_rows + 1);
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if (!writeCell(row, quint16(c), cells[c]))
            return false;
    }
    ++m_rows;
    return true;
}

bool XlsxWriter::writeCell(quint32 row, quint16 column, const ExportCell &cell)
{
    const bool sampled = m_rows < m_options.widthSampleRows;
    lxw_error error = LXW_NO_ERROR;
    switch (cell.kind()) {
    case ExportCell::Kind::Empty: return true;
    case ExportCell::Kind::Text:
    case ExportCell::Kind::Identifier: return writeText(row, column, cell.text());
    case ExportCell::Kind::Integer: {
        const qint64 value = cell.number();
        if (value > kMaxExactInteger || value < -kMaxExactInteger)
            return writeText(row, column, QString::number(value));
        error = worksheet_write_number(m_sheet, row, column, double(value), nullptr);
        if (sampled)
            noteWidth(column, QString::number(value).size());
        break;
    }
    case ExportCell::Kind::DateTime:
        return writeInstant(row, column, m_options.localTimes ? m_localTime.toLocalMs(cell.number()) : cell.number(),
                            m_dateTimeFormat);
    case ExportCell::Kind::Date:
        // A calendar date (a date of birth) has no zone: never shifted into local time.
        return writeInstant(row, column, cell.number(), m_dateFormat);
    case ExportCell::Kind::Duration: return writeDuration(row, column, cell.number());
    case ExportCell::Kind::Boolean:
        error = worksheet_write_boolean(m_sheet, row, column, cell.number() ? 1 : 0, nullptr);
        if (sampled)
            noteWidth(column, 5);
        break;
    }
    return error == LXW_NO_ERROR || failLibrary(error, 0);
}

bool XlsxWriter::writeText(quint32 row, quint16 column, const QString &text)
{
    if (text.isEmpty())
        return true;
    const QString written = cellText(text);
    if (m_rows < m_options.widthSampleRows)
        noteWidth(column, written.size());
    const QByteArray utf8 = written.toUtf8();
    const lxw_error error = worksheet_write_string(m_sheet, row, column, utf8.constData(), nullptr);
    return error == LXW_NO_ERROR || failLibrary(error, 0);
}

bool XlsxWriter::writeInstant(quint32 row, quint16 column, qint64 ms, lxw_format *format)
{
    if (ms < kFirstExcelMs || ms >= kEndExcelMs) {
        // Before 1900-03-01 Excel has no honest serial number: ISO text keeps the value.
        char text[iso8601::kFormattedLength];
        const std::size_t length = iso8601::formatRfc3339Ms(ms, text);
        const qsizetype shown = format == m_dateFormat ? qMin<qsizetype>(10, qsizetype(length)) : qsizetype(length);
        return writeText(row, column, QString::fromLatin1(text, shown));
    }
    const double serial = double(ms) / double(kMsPerDay) + kExcelEpochOffsetDays;
    if (m_rows < m_options.widthSampleRows)
        noteWidth(column, format == m_dateFormat ? 10 : 16);
    const lxw_error error = worksheet_write_number(m_sheet, row, column, serial, format);
    return error == LXW_NO_ERROR || failLibrary(error, 0);
}

bool XlsxWriter::writeDuration(quint32 row, quint16 column, qint64 seconds)
{
    lxw_error error = LXW_NO_ERROR;
    const bool sampled = m_rows < m_options.widthSampleRows;
    // [h]:mm cannot show a negative time (Excel fills the cell with #): text then.
    if (m_options.durations == XlsxDurations::Text || (m_options.durations == XlsxDurations::HoursMinutes && seconds < 0)) {
        auto it = m_durationTexts.constFind(seconds);
        if (it == m_durationTexts.cend()) {
            const QString text = formatDuration(seconds);
            if (m_durationTexts.size() >= kDurationCacheLimit)
                return writeText(row, column, text);
            it = m_durationTexts.insert(seconds, text);
        }
        return writeText(row, column, *it);
    }
    if (m_options.durations == XlsxDurations::HoursMinutes) {
        error = worksheet_write_number(m_sheet, row, column, double(seconds) / 86400.0, m_hoursMinutesFormat);
        if (sampled)
            noteWidth(column, 6);
    } else {
        error = worksheet_write_number(m_sheet, row, column, double(seconds) / 60.0, nullptr);
        if (sampled)
            noteWidth(column, seconds % 60 ? 9 : QString::number(seconds / 60).size());
    }
    return error == LXW_NO_ERROR || failLibrary(error, 0);
}

void XlsxWriter::noteWidth(qsizetype column, qsizetype characters)
{
    double &width = m_widths[std::size_t(column)];
    width = std::max(width, std::min(double(characters) + 1.0, kMaxWidth));
}

bool XlsxWriter::finish()
{
    if (m_state != State::Writing)
        return false;
    if (m_columns > 0) {
        for (qsizetype c = 0; c < m_columns; ++c) {
            const double width = std::clamp(m_widths[std::size_t(c)], kMinWidth, kMaxWidth);
            if (const lxw_error error = worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr))
                return failLibrary(error, 0);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        if (const lxw_error error = worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_rows), lxw_col_t(m_columns - 1)))
            return failLibrary(error, 0);
    }
    errno = 0;
    // workbook_close() frees the workbook whatever it returns.
    const lxw_error error = workbook_close(m_workbook);
    const int systemError = errno;
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (error != LXW_NO_ERROR)
        return failLibrary(error, systemError);
    if (!copyIntoTarget())
        return false;
    if (!m_file.commit())
        return fail(m_file.errorString());
    m_temporary.reset();
    m_state = State::Finished;
    return true;
}

bool XlsxWriter::copyIntoTarget()
{
    QFile source(m_temporary->fileName());
    if (!source.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Export", "Cannot read the temporary file %1: %2")
                        .arg(QDir::toNativeSeparators(source.fileName()), source.errorString()));
    QByteArray block;
    while (!source.atEnd()) {
        block = source.read(kCopyBlock);
        if (block.isEmpty()) // atEnd() said there was more
            return fail(QCoreApplication::translate("Export", "Cannot read the temporary file %1: %2")
                            .arg(QDir::toNativeSeparators(source.fileName()), source.errorString()));
        if (!m_file.write(block.constData(), block.size()))
            return fail(m_file.errorString());
    }
    return true;
}

void XlsxWriter::cancel()
{
    if (m_state == State::Writing || m_state == State::Idle)
        fail(QCoreApplication::translate("Export", "The export was cancelled."));
}
