#pragma once

#include "demo/democenturyworld.h"
#include "demo/demojsonwriter.h"

#include <QByteArray>

// A Century page of the demo world's sessions [first, first + count) at `nowMs`, written as
// the demo server writes it (offset pagination, no cursors): for benchmarks that feed the
// real parser and model a million rows without the cost of a server in between.
inline QByteArray benchCenturyPage(const DemoCenturyWorld &world, quint32 first, quint32 count, qint64 nowMs)
{
    QByteArray body;
    body.reserve(qsizetype(count) * 1100 + 256);
    DemoJsonWriter json(body);
    json.beginObject();
    json.key("data");
    json.beginArray();
    for (quint32 i = first; i < first + count; ++i)
        world.writeSession(json, i, nowMs);
    json.endArray();
    json.key("pagination");
    json.beginObject();
    json.field("total", qint64(world.sessionCount()));
    json.field("limit", qint64(count));
    json.field("offset", qint64(first));
    json.fieldNull("previousCursor");
    json.fieldNull("nextCursor");
    json.endObject();
    json.endObject();
    return body;
}
