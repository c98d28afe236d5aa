#pragma once

#include "exportcell.h"

#include <QString>
#include <QStringList>

#include <span>

// The one streaming interface of the file writers (CsvWriter, XlsxWriter): rows go in one at
// a time, so an export of a million rows never holds the file in memory, and ExportJob can
// feed rows from a worker thread (one thread at a time; a writer is not a QObject and
// needs no event loop).
//
// Nothing appears at the target path before finish() succeeds: cancel(), an error, or
// destroying the writer unfinished leaves no partial file and an existing file untouched.
// Every call returns false on failure and errorString() says why in one sentence; after a
// failure the writer is dead (further calls return false) and the output is discarded.
class ExportWriter
{
public:
    virtual ~ExportWriter() = default;

    // Opens the output and writes the header row (its size sets the row width).
    [[nodiscard]] virtual bool begin(const QStringList &headers) = 0;
    // One row of exactly as many cells as headers.
    [[nodiscard]] virtual bool writeRow(std::span<const ExportCell> cells) = 0;
    // Writes out what is buffered and publishes the file atomically.
    [[nodiscard]] virtual bool finish() = 0;
    // Discards everything written so far; the target is left as it was.
    virtual void cancel() = 0;

    virtual QString errorString() const = 0;
    virtual qint64 rowsWritten() const = 0; // data rows, the header not counted

protected:
    ExportWriter() = default;
    ExportWriter(const ExportWriter &) = delete;
    ExportWriter &operator=(const ExportWriter &) = delete;
};
