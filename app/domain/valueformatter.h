#pragma once

#include "columndescriptor.h"

#include <QLocale>
#include <QString>
#include <QVariant>

// Turns a column's raw value into the text a person reads. Pure and cheap: it is called
// for every painted cell.
struct DisplayOptions
{
    bool utc = false;          // false: local time
    QLocale locale;
};

QString formatDuration(qint64 seconds);                     // "1 h 30 min", "45 s"
QString formatDateTime(qint64 ms, const DisplayOptions &options); // "2024-03-05 09:07"
// "just now", "5 min ago", "in 2 h", "3 d ago": for the table's relative-time mode.
QString formatRelativeTime(qint64 ms, qint64 nowMs);
QString formatValue(ColumnType type, const QVariant &raw, const DisplayOptions &options);
