#pragma once

#include <QString>
#include <QTimeZone>

// How durations land in a sheet.
enum class XlsxDurations : quint8 {
    Minutes,      // a number of minutes (90.5): sums and averages work
    HoursMinutes, // a day fraction shown as [h]:mm (1:30): sums work, reads like a clock
    Text,         // "1 h 30 min", as the table shows them
};

struct XlsxOptions
{
    // Excel dates have no zone: a reader expects the clock on the wall, so by default
    // instants are shifted into timeZone; false writes UTC wall-clock times.
    bool localTimes = true;
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    XlsxDurations durations = XlsxDurations::Minutes;
    QString sheetName; // empty: the translated "Sessions"
    // Column widths follow the header and the first rows' contents.
    int widthSampleRows = 200;
};
