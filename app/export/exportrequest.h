#pragma once

#include "csvoptions.h"
#include "xlsxoptions.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class ExportWriter;
class QIODevice;

enum class ExportFormat : quint8 { Csv, Xlsx };

// What one export writes and where: the same value for the dialog and `sessionscope export`.
struct ExportRequest
{
    ExportFormat format = ExportFormat::Csv;
    CsvOptions csv;
    XlsxOptions xlsx;
    QString path;                // the target file
    QIODevice *device = nullptr; // instead of path: a device the caller owns (CSV only: stdout)
    QStringList columnIds;       // in this order; empty: exportDefaultColumns()
    qint64 maxRows = 0;          // 0: no limit
    // Rows the server sent that could not be read fail the export (nothing is written)
    // instead of being left out with a notice: a scheduled job must not pass on a short list.
    bool failOnIncompleteRows = false;
};

// The writer for a request: a CsvWriter or an XlsxWriter on the path (or the device).
// Null with `error` set when the request cannot be written (XLSX to a device).
std::unique_ptr<ExportWriter> makeExportWriter(const ExportRequest &request, QString *error);

// Where an export stands, for a progress bar or a line on stderr.
struct ExportProgress
{
    qint64 rows = 0;           // rows handed to the writer so far
    std::optional<qint64> expectedRows; // the loaded rows, or the server's total when it says
    int pages = 0;             // pages fetched (all matching sessions only)
    qint64 elapsedMs = 0;
    std::optional<qint64> remainingMs; // estimated, once there is a rate and an expected count
};

struct ExportResult
{
    enum class Status : quint8 {
        Written,     // the file is complete and in place
        Cancelled,   // by the user; nothing written, an existing file untouched
        BadRequest,  // unknown column, nothing to export from ...: said before anything is fetched
        ApiFailed,   // the server could not give a complete answer
        WriteFailed, // the local file could not be written
    };

    Status status = Status::Written;
    QString message;    // one sentence for the user (never holds the key)
    QString detail;     // technical side, for a log (never holds the key either)
    qint64 rows = 0;    // rows in the file (Written only)
    int pages = 0;
    qint64 elapsedMs = 0;
    QStringList notices; // things the user should know that did not stop the export
    QString path;       // the file written (empty for a device)

    bool ok() const { return status == Status::Written; }
};
