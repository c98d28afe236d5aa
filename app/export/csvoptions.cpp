#include "csvoptions.h"

#include <QCoreApplication>

CsvOptions CsvOptions::preset(CsvPreset preset, const QLocale &locale)
{
    CsvOptions options;
    switch (preset) {
    case CsvPreset::ExcelOnThisComputer:
        options.byteOrderMark = true;
        // Excel splits a double-clicked CSV at the list separator of the system's regional
        // settings. QLocale has no list separator API in Qt 6.4, so derive it the way those
        // settings do: where the decimal point is a comma (de, fr, nl, ...), the list
        // separator is a semicolon, since "1,5" must stay one number.
        options.decimalPoint = locale.decimalPoint() == QLatin1String(",") ? ',' : '.';
        options.delimiter = options.decimalPoint == ',' ? ';' : ',';
        options.crlf = true;
        options.localTimes = true;
        options.durations = CsvDurations::Text;
        options.wordBooleans = true;
        break;
    case CsvPreset::PlainUtf8:
        break; // the defaults
    }
    return options;
}

QString csvPresetName(CsvPreset preset)
{
    switch (preset) {
    case CsvPreset::ExcelOnThisComputer: return QCoreApplication::translate("Export", "Excel on this computer");
    case CsvPreset::PlainUtf8: return QCoreApplication::translate("Export", "Plain UTF-8 for scripts");
    }
    return {};
}
