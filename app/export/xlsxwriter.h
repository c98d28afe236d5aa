#pragma once

#include "exportfile.h"
#include "exportlocaltime.h"
#include "exportwriter.h"
#include "xlsxoptions.h"

#include <QByteArray>
#include <QHash>

#include <memory>
#include <vector>

class QTemporaryFile;
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// An .xlsx through Debian's libxlsxwriter (the format is not hand-written here): typed cells
// (instants and dates as Excel dates with a number format, durations as numbers or text),
// a bold frozen header row with an autofilter over the used range, and column widths taken
// from the header and the first rows.
//
// libxlsxwriter writes to a path of its own choosing, so it writes a 0600 temporary file
// beside the target, which finish() copies into an ExportFile (QSaveFile) and commits: the
// target gets the same all-or-nothing, 0600-for-new-files treatment as a CSV. It runs in
// constant-memory mode (rows go to disk as they come), so rows must arrive in order, which
// the streaming interface guarantees anyway.
//
// No formula guard is needed: worksheet_write_string() always makes a string cell, never a
// formula, so "=HYPERLINK(...)" in a name stays inert text in every spreadsheet.
class XlsxWriter final : public ExportWriter
{
public:
    // Excel's sheet holds 1,048,576 rows; the header takes one.
    static constexpr qint64 kMaxRows = 1048575;
    // Excel's cell limit in characters; longer text is cut and marked.
    static constexpr qsizetype kMaxCellLength = 32767;
    static constexpr qsizetype kMaxColumns = 16384;

    explicit XlsxWriter(QString path, XlsxOptions options = XlsxOptions());
    ~XlsxWriter() override;

    [[nodiscard]] bool begin(const QStringList &headers) override;
    [[nodiscard]] bool writeRow(std::span<const ExportCell> cells) override;
    [[nodiscard]] bool finish() override;
    void cancel() override;

    QString errorString() const override { return m_error; }
    qint64 rowsWritten() const override { return m_rows; }

    // The text written for `text` in a cell: itself, or cut to kMaxCellLength with a marker.
    static QString cellText(const QString &text);

private:
    enum class State : quint8 { Idle, Writing, Finished, Failed };

    bool fail(QString sentence);
    bool failLibrary(int error, int systemError);
    bool createWorkbook(const QStringList &headers);
    bool writeCell(quint32 row, quint16 column, const ExportCell &cell);
    bool writeText(quint32 row, quint16 column, const QString &text);
    bool writeInstant(quint32 row, quint16 column, qint64 ms, lxw_format *format);
    bool writeDuration(quint32 row, quint16 column, qint64 seconds);
    void noteWidth(qsizetype column, qsizetype characters);
    bool copyIntoTarget();
    void discardWorkbook();

    XlsxOptions m_options;
    ExportFile m_file;
    ExportLocalTime m_localTime;
    std::unique_ptr<QTemporaryFile> m_temporary;
    QByteArray m_temporaryName; // libxlsxwriter keeps pointers to these two
    QByteArray m_workDirectory;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_headerFormat = nullptr;
    lxw_format *m_dateTimeFormat = nullptr;
    lxw_format *m_dateFormat = nullptr;
    lxw_format *m_hoursMinutesFormat = nullptr;
    std::vector<double> m_widths;
    QHash<qint64, QString> m_durationTexts;
    QString m_error;
    qint64 m_rows = 0;
    qsizetype m_columns = 0;
    State m_state = State::Idle;
};
