#include "demotreasureroutes.h"

#include "demojsonwriter.h"
#include "demotreasureworld.h"

#include <QStringList>

#include <algorithm>

namespace {

constexpr int kDefaultPageSize = 100;
constexpr int kMaxPageSize = 1000;

struct Keyset
{
    bool hasLastId = false;
    qint64 lastId = 0;
    int pageSize = kDefaultPageSize;
};

bool readKeyset(const QUrlQuery &query, Keyset *out, QString *error)
{
    if (query.hasQueryItem(QStringLiteral("last_id"))) {
        bool ok = false;
        out->lastId = query.queryItemValue(QStringLiteral("last_id")).toLongLong(&ok);
        if (!ok) {
            *error = QStringLiteral("last_id must be an integer");
            return false;
        }
        out->hasLastId = true;
    }
    if (query.hasQueryItem(QStringLiteral("page_size"))) {
        bool ok = false;
        out->pageSize = query.queryItemValue(QStringLiteral("page_size")).toInt(&ok);
        if (!ok || out->pageSize < 1 || out->pageSize > kMaxPageSize) {
            *error = QStringLiteral("page_size must be an integer from 1 to %1").arg(kMaxPageSize);
            return false;
        }
    }
    return true;
}

} // namespace

DemoTreasureRoutes::DemoTreasureRoutes(const DemoTreasureWorld &world)
    : m_world(world)
{
}

DemoResponse DemoTreasureRoutes::error(int status, const QString &message)
{
    QByteArray body;
    DemoJsonWriter json(body);
    json.beginObject();
    json.field("message", message.toUtf8());
    json.field("status", qint64(status));
    json.endObject();
    return DemoResponse::json(status, body);
}

DemoResponse DemoTreasureRoutes::handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                    const DemoPageFaults &faults, qint64 nowMs) const
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (method != "GET" || parts.size() < 2 || parts.size() > 4 || parts[0] != QLatin1String("api")
        || parts[1] != QLatin1String("sessions"))
        return error(404, QStringLiteral("Resource not found: %1").arg(path));
    if (parts.size() == 2)
        return sessions(query, faults, nowMs);
    bool ok = false;
    const qint64 id = parts[2].toLongLong(&ok);
    if (!ok)
        return error(400, QStringLiteral("session id must be an integer"));
    const auto index = m_world.indexOfId(id, nowMs);
    if (!index)
        return error(404, QStringLiteral("Resource does not exist: session id = %1").arg(id));
    if (parts.size() == 4) {
        if (parts[3] != QLatin1String("attempts"))
            return error(404, QStringLiteral("Resource not found: %1").arg(path));
        return attempts(*index, query, faults, nowMs);
    }
    DemoResponse response;
    DemoJsonWriter json(response.body);
    m_world.writeSession(json, *index, nowMs);
    return response;
}

DemoResponse DemoTreasureRoutes::sessions(const QUrlQuery &query, const DemoPageFaults &faults, qint64 nowMs) const
{
    Keyset keyset;
    QString message;
    if (!readKeyset(query, &keyset, &message))
        return error(400, message);
    const qint64 visible = m_world.visibleCount(nowMs);
    // Rows are index-ordered by id; the page walks down from just under last_id.
    qint64 top = visible; // exclusive
    if (keyset.hasLastId && !faults.cursorLoop)
        top = std::clamp<qint64>(keyset.lastId - DemoTreasureWorld::kFirstSessionId, 0, visible);
    if (faults.duplicate && keyset.hasLastId && top < visible)
        ++top; // the row the client paged past comes again
    const qint64 bottom = std::max<qint64>(0, top - keyset.pageSize);

    DemoResponse response;
    response.isPage = true;
    DemoJsonWriter json(response.body);
    json.beginObject();
    json.key("sessions");
    json.beginArray();
    for (qint64 i = top - 1; i >= bottom; --i)
        m_world.writeSession(json, quint32(i), nowMs);
    json.endArray();
    json.endObject();
    return response;
}

DemoResponse DemoTreasureRoutes::attempts(quint32 session, const QUrlQuery &query, const DemoPageFaults &faults,
                                      qint64 nowMs) const
{
    Keyset keyset;
    QString message;
    if (!readKeyset(query, &keyset, &message))
        return error(400, message);
    DemoTreasureAttempt all[DemoTreasureWorld::kMaxAttempts];
    const int count = m_world.attemptsAt(session, nowMs, all);
    DemoResponse response;
    response.isPage = true;
    DemoJsonWriter json(response.body);
    json.beginObject();
    json.key("attempts");
    json.beginArray();
    int written = 0;
    for (int k = count - 1; k >= 0 && written < keyset.pageSize; --k) {
        const bool below = !keyset.hasLastId || faults.cursorLoop || all[k].id < keyset.lastId
                           || (faults.duplicate && all[k].id == keyset.lastId);
        if (!below)
            continue;
        m_world.writeAttempt(json, session, all[k]);
        ++written;
    }
    json.endArray();
    json.endObject();
    return response;
}
