#include "demomobilenextroutes.h"

#include "demojsonwriter.h"
#include "demomobilenextworld.h"

#include "domain/iso8601.h"

#include <QStringList>

#include <vector>

namespace {

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 500;

} // namespace

DemoMobileNextRoutes::DemoMobileNextRoutes(const DemoMobileNextWorld &world)
    : m_world(world)
{
}

DemoResponse DemoMobileNextRoutes::error(int status, const char *code, const QString &message)
{
    QByteArray body;
    DemoJsonWriter json(body);
    json.beginObject();
    json.key("error");
    json.beginObject();
    json.field("code", code);
    json.field("message", message.toUtf8());
    json.endObject();
    json.endObject();
    return DemoResponse::json(status, body);
}

DemoResponse DemoMobileNextRoutes::handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                      const QByteArray &organizationHeader, DemoMobileNextShape shape,
                                      const DemoPageFaults &faults, qint64 nowMs) const
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (method != "GET" || parts.size() < 3 || parts.size() > 4 || parts[0] != QLatin1String("api")
        || parts[1] != QLatin1String("v1"))
        return error(404, "not_found", QStringLiteral("No route for %1").arg(path));

    int organization = 0; // the key's own organization
    if (!organizationHeader.isEmpty()) {
        const auto chosen = m_world.organizationFromHeader(organizationHeader);
        if (!chosen)
            return error(403, "forbidden", QStringLiteral("No access to this organization"));
        organization = *chosen;
    }

    if (parts.size() == 3 && parts[2] == QLatin1String("organizations")) {
        DemoResponse response;
        DemoJsonWriter json(response.body);
        m_world.writeOrganizations(json);
        return response;
    }
    if (parts[2] != QLatin1String("sessions"))
        return error(404, "not_found", QStringLiteral("No route for %1").arg(path));
    if (parts.size() == 3)
        return sessions(query, organization, shape, faults, nowMs);

    const auto index = m_world.indexOfId(parts[3].toLatin1());
    if (!index || m_world.createdMs(*index) > nowMs || m_world.organizationOf(*index) != organization)
        return error(404, "not_found", QStringLiteral("Session %1 not found").arg(parts[3]));
    DemoResponse response;
    DemoJsonWriter json(response.body);
    m_world.writeSession(json, *index, nowMs, shape);
    return response;
}

DemoResponse DemoMobileNextRoutes::sessions(const QUrlQuery &query, int organization, DemoMobileNextShape shape,
                                        const DemoPageFaults &faults, qint64 nowMs) const
{
    int limit = kDefaultLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit)
            return error(400, "bad_request", QStringLiteral("limit must be an integer from 1 to %1").arg(kMaxLimit));
    }
    quint32 top = m_world.visibleCount(nowMs); // exclusive
    QString beforeText;
    if (query.hasQueryItem(QStringLiteral("before"))) {
        beforeText = query.queryItemValue(QStringLiteral("before"), QUrl::FullyDecoded);
        const auto before = iso8601::parseDateTimeMs(QStringView(beforeText));
        if (!before)
            return error(400, "bad_request", QStringLiteral("before must be an RFC 3339 date-time"));
        if (!faults.cursorLoop)
            top = std::min(top, m_world.countCreatedBefore(*before));
    }

    std::vector<quint32> rows;
    rows.reserve(std::size_t(limit));
    if (faults.duplicate && !beforeText.isEmpty()) {
        // The oldest row of the previous page, i.e. the first of ours at or after `before`.
        const quint32 visible = m_world.visibleCount(nowMs);
        for (quint32 i = top; i < visible; ++i) {
            if (m_world.organizationOf(i) == organization) {
                rows.push_back(i);
                break;
            }
        }
    }
    quint32 i = top;
    bool more = false;
    while (i > 0) {
        --i;
        if (m_world.organizationOf(i) != organization)
            continue;
        if (int(rows.size()) == limit) {
            more = true;
            break;
        }
        rows.push_back(i);
    }

    const bool a = shape == DemoMobileNextShape::A;
    DemoResponse response;
    response.isPage = true;
    DemoJsonWriter json(response.body);
    json.beginObject();
    if (a)
        json.field("object", "list");
    json.key(a ? "data" : "sessions");
    json.beginArray();
    for (const quint32 row : rows)
        m_world.writeSession(json, row, nowMs, shape);
    json.endArray();
    if (faults.cursorLoop && !beforeText.isEmpty()) {
        json.field("nextCursor", beforeText.toUtf8());
    } else if (more && !rows.empty()) {
        json.field("nextCursor", iso8601::formatRfc3339Ms(m_world.createdMs(rows.back())).toUtf8());
    } else if (!a) {
        // Shape B spells the end as null; shape A leaves the member out.
        json.fieldNull("nextCursor");
    }
    json.endObject();
    return response;
}
