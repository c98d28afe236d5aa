#pragma once

#include <QLocale>
#include <QString>
#include <QTimeZone>

// How durations are spelled in a CSV.
enum class CsvDurations : quint8 {
    Text,    // "1 h 30 min", as the table shows them (valueformatter.h)
    Seconds, // 5400
    Minutes, // 90, or 90.5 with the options' decimal point
};

enum class CsvPreset : quint8 {
    ExcelOnThisComputer, // what a spreadsheet on this computer opens with a double click
    PlainUtf8,           // what a script reads without guessing
};

// Everything a CsvWriter can vary. Defaults are the plain preset with the formula guard on.
struct CsvOptions
{
    char delimiter = ',';            // ',', ';' or '\t'
    bool byteOrderMark = false;      // UTF-8 BOM: Excel needs it to read UTF-8 at all
    bool crlf = false;               // RFC 4180 line ends; LF otherwise
    // Text cells starting with = + - @ tab or CR get a leading apostrophe (see CsvWriter).
    bool formulaGuard = true;
    bool localTimes = false;         // "2024-03-05 09:07:03" in timeZone; else "2024-03-05T09:07:03.120Z"
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    CsvDurations durations = CsvDurations::Seconds;
    char decimalPoint = '.';         // only fractional minutes need one
    bool wordBooleans = false;       // translated "Yes"/"No"; else "true"/"false"

    static CsvOptions preset(CsvPreset preset, const QLocale &locale = QLocale());
};

QString csvPresetName(CsvPreset preset); // translated, for the dialog and --help
