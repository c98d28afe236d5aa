#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

enum class DemoCenturySortField { StartDate, EndDate };

// Century's opaque page cursor: base64 of a small JSON object naming the sort and the row
// a page starts after (next) or ends before (previous). Keyed on (sort key, row) rather than
// a position, so that rows appearing live do not shift a client that pages by cursor.
struct DemoCenturyCursor
{
    bool after = true;   // true: rows after (key, row); false: rows before it
    DemoCenturySortField field = DemoCenturySortField::StartDate;
    bool descending = false;
    qint64 key = 0;
    quint32 row = 0;

    QByteArray encode() const;
    static std::optional<DemoCenturyCursor> decode(QByteArrayView text);
};
