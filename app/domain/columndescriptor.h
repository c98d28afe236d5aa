#pragma once

#include "sessionrecord.h"

#include <QString>
#include <QVariant>

#include <functional>
#include <vector>

// The kind of value a column holds: decides its raw QVariant type, alignment and format.
enum class ColumnType : quint8 {
    Text,       // QString
    Identifier, // QString, shown as is, never treated as a number (UPNs keep leading zeros)
    DateTime,   // qint64 ms since epoch UTC
    Date,       // qint64 ms at midnight UTC
    Duration,   // qint64 seconds
    Status,     // int(SessionStatus)
    Boolean,    // bool
    Json,       // QString holding compact JSON
};

// One column of one backend: the single description shared by the table, the detail pane
// and the exporters, so that a header or a format is defined once.
struct ColumnDescriptor
{
    QString id;             // stable, used on the command line and in saved views
    const char *header;     // untranslated; see columnHeader()
    ColumnType type = ColumnType::Text;
    bool visibleByDefault = true;
    bool personal = false;  // personal data beyond the name: off by default in exports
    // A null QVariant means "no value" (a missing optional field or kNoTime).
    std::function<QVariant(const SessionRecord &)> rawValue;
};

using ColumnList = std::vector<ColumnDescriptor>;

QString columnHeader(const ColumnDescriptor &column);
const ColumnDescriptor *findColumn(const ColumnList &columns, QStringView id);
