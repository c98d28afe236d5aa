#pragma once

#include "csvbuffer.h"
#include "csvoptions.h"
#include "exportfile.h"
#include "exportlocaltime.h"
#include "exportwriter.h"

#include <QHash>

class QIODevice;

// RFC 4180 CSV, UTF-8, streamed: rows are encoded into a CsvBuffer and handed to the file
// in blocks of about a megabyte, so memory stays flat whatever the row count.
//
// Formula-injection guard (DESIGN.md §6, on by default): a text or identifier cell whose
// first character is = + - @ tab or CR is written with a leading apostrophe. That is the
// OWASP advice, and the one neutraliser every spreadsheet treats as "this is text": Excel
// and LibreOffice show the apostrophe rather than evaluating "=HYPERLINK(...)" from a
// pupil's name or an id the API sent. Identifiers are guarded too (they come from the same
// untrusted APIs) but never lose leading zeros: they are written exactly as received.
// Numbers, dates and durations written as numbers are never prefixed, so "-5" stays a
// number. Scripts that want the raw text turn the guard off (CsvOptions::formulaGuard).
class CsvWriter final : public ExportWriter
{
public:
    explicit CsvWriter(QString path, CsvOptions options = CsvOptions());
    // To a device the caller opened and owns (standard output): no atomic publish there.
    explicit CsvWriter(QIODevice *device, CsvOptions options = CsvOptions());
    ~CsvWriter() override;

    [[nodiscard]] bool begin(const QStringList &headers) override;
    [[nodiscard]] bool writeRow(std::span<const ExportCell> cells) override;
    [[nodiscard]] bool finish() override;
    void cancel() override;

    QString errorString() const override { return m_error; }
    qint64 rowsWritten() const override { return m_rows; }
    const CsvOptions &options() const { return m_options; }

private:
    enum class State : quint8 { Idle, Writing, Finished, Failed };

    void appendCell(const ExportCell &cell);
    void appendText(QStringView text);
    void appendDateTime(qint64 utcMs);
    void appendDate(qint64 midnightUtcMs);
    void appendDuration(qint64 seconds);
    void appendLineEnd();
    bool flush();
    bool fail(QString sentence);

    CsvOptions m_options;
    ExportFile m_file;
    CsvBuffer m_buffer;
    ExportLocalTime m_localTime;
    QHash<qint64, QString> m_durationTexts; // formatDuration() is slow and durations repeat
    QString m_yes;
    QString m_no;
    QString m_error;
    qint64 m_rows = 0;
    qsizetype m_columns = 0;
    State m_state = State::Idle;
};
