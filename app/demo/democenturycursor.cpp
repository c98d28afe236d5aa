#include "democenturycursor.h"

#include "demojsonwriter.h"

#include <QJsonDocument>
#include <QJsonObject>

QByteArray DemoCenturyCursor::encode() const
{
    QByteArray json;
    DemoJsonWriter w(json);
    w.beginObject();
    w.field("v", qint64(1));
    w.field("dir", after ? "next" : "prev");
    w.field("sort", field == DemoCenturySortField::StartDate ? "startDate" : "endDate");
    w.field("order", descending ? "desc" : "asc");
    // As a string: JSON numbers lose precision past 2^53 and the null key is INT64_MAX.
    w.field("key", QByteArray::number(key));
    w.field("row", qint64(row));
    w.endObject();
    return json.toBase64();
}

std::optional<DemoCenturyCursor> DemoCenturyCursor::decode(QByteArrayView text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(decoded.decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("v")).toInt() != 1)
        return std::nullopt;
    DemoCenturyCursor c;
    const QString dir = o.value(QLatin1String("dir")).toString();
    const QString sort = o.value(QLatin1String("sort")).toString();
    const QString order = o.value(QLatin1String("order")).toString();
    if (dir != QLatin1String("next") && dir != QLatin1String("prev"))
        return std::nullopt;
    if (sort != QLatin1String("startDate") && sort != QLatin1String("endDate"))
        return std::nullopt;
    if (order != QLatin1String("asc") && order != QLatin1String("desc"))
        return std::nullopt;
    bool ok = false;
    c.key = o.value(QLatin1String("key")).toString().toLongLong(&ok);
    const double row = o.value(QLatin1String("row")).toDouble(-1);
    if (!ok || row < 0 || row > 4294967295.0)
        return std::nullopt;
    c.after = dir == QLatin1String("next");
    c.field = sort == QLatin1String("startDate") ? DemoCenturySortField::StartDate : DemoCenturySortField::EndDate;
    c.descending = order == QLatin1String("desc");
    c.row = quint32(row);
    return c;
}
