#pragma once

#include "export/exportrequest.h"

#include <QElapsedTimer>

#include <cstdio>

// The export command's progress on stderr: one redrawn bar line when stderr is a terminal,
// otherwise a plain line now and then (a log file of a scheduled job must not fill up with
// carriage returns). Never anything on stdout, which may be carrying the CSV itself.
class ExportProgressPrinter final
{
public:
    explicit ExportProgressPrinter(FILE *stream);

    void show(const ExportProgress &progress);
    // Ends a bar line so the next message starts on a fresh line.
    void done();

    static QString bar(const ExportProgress &progress, int width);
    static QString summary(const ExportProgress &progress);

private:
    FILE *m_stream;
    bool m_terminal;
    bool m_barShown = false;
    qint64 m_lastLineMs = -1;
};
