#include "democenturyroutes.h"

#include "democenturyquery.h"
#include "democenturyworld.h"
#include "demojsonwriter.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <limits>

namespace {

constexpr qint64 kNullKey = std::numeric_limits<qint64>::max();

const char *reasonFor(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    default: return "Error";
    }
}

} // namespace

DemoCenturyRoutes::DemoCenturyRoutes(const DemoCenturyWorld &world)
    : m_world(world)
{
}

DemoResponse DemoCenturyRoutes::error(int status, const QString &message)
{
    QByteArray body;
    DemoJsonWriter json(body);
    json.beginObject();
    json.field("statusCode", qint64(status));
    json.field("message", message.toUtf8());
    json.field("error", reasonFor(status));
    json.endObject();
    return DemoResponse::json(status, body);
}

DemoResponse DemoCenturyRoutes::handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                   const QByteArray &body, const DemoPageFaults &faults, qint64 nowMs) const
{
    QString message;
    std::optional<DemoCenturyQuery> q;
    const bool get = method == "GET";
    if (get && path == QLatin1String("/smart-ia/sessions")) {
        q = DemoCenturyQuery::fromGet(query, m_world, true, &message);
    } else if (get && path == QLatin1String("/smart-ia/sessions/completed")) {
        q = DemoCenturyQuery::fromGet(query, m_world, false, &message);
        if (q)
            q->status = DemoCenturyQuery::Status::Completed;
    } else if (get && path == QLatin1String("/smart-ia/sessions/in-progress")) {
        q = DemoCenturyQuery::fromGet(query, m_world, false, &message);
        if (q)
            q->status = DemoCenturyQuery::Status::InProgress;
    } else if (method == "POST" && path == QLatin1String("/smart-ia/sessions/search")) {
        q = DemoCenturyQuery::fromSearchBody(body, m_world, &message);
    } else {
        return error(404, QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(method), path));
    }
    if (!q)
        return error(400, message);
    return page(*q, faults, nowMs);
}

std::vector<quint32> DemoCenturyRoutes::matching(const DemoCenturyQuery &q, qint64 nowMs) const
{
    const auto keep = [&](quint32 i) {
        const qint64 end = m_world.endMs(i);
        const bool completed = end <= nowMs;
        if (q.status == DemoCenturyQuery::Status::Completed && !completed)
            return false;
        if (q.status == DemoCenturyQuery::Status::InProgress && completed)
            return false;
        if (q.start.active && !q.start.contains(m_world.startMs(i)))
            return false;
        // An open session has no endDate: any endDate bound excludes it.
        if (q.end.active && (!completed || !q.end.contains(end)))
            return false;
        if (q.byTest && !(q.testMask & (quint64(1) << m_world.testOf(i))))
            return false;
        if (q.byPupil && !std::binary_search(q.pupils.begin(), q.pupils.end(), m_world.pupilOf(i)))
            return false;
        return true;
    };

    std::vector<quint32> rows;
    const quint32 started = m_world.startedCount(nowMs);
    if (q.sortField == DemoCenturySortField::StartDate) {
        const quint32 from = q.status == DemoCenturyQuery::Status::InProgress ? m_world.firstPossiblyLive(nowMs) : 0;
        for (quint32 i = from; i < started; ++i) {
            if (keep(i))
                rows.push_back(i);
        }
    } else {
        // Completed rows in end order, then the open ones (no endDate: the largest key, as
        // SQL's NULLS LAST for ascending order), in row order.
        if (q.status != DemoCenturyQuery::Status::InProgress) {
            for (const quint32 i : m_world.endOrder()) {
                if (m_world.endMs(i) > nowMs)
                    break;
                if (keep(i))
                    rows.push_back(i);
            }
        }
        if (q.status != DemoCenturyQuery::Status::Completed) {
            for (quint32 i = m_world.firstPossiblyLive(nowMs); i < started; ++i) {
                if (m_world.endMs(i) > nowMs && keep(i))
                    rows.push_back(i);
            }
        }
    }
    if (q.descending)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

namespace {

// Everything matching() reads, and nothing it does not (paging is applied afterwards).
QByteArray matchKey(const DemoCenturyQuery &q, qint64 nowMs)
{
    QByteArray key;
    QDataStream out(&key, QIODevice::WriteOnly);
    for (const DemoCenturyQuery::Range &r : {q.start, q.end})
        out << r.low << r.high << r.lowInclusive << r.highInclusive << r.active;
    out << int(q.status) << q.byPupil << q.byTest << q.testMask << int(q.sortField) << q.descending << nowMs;
    out << quint64(q.pupils.size());
    for (const quint32 pupil : q.pupils)
        out << pupil;
    return key;
}

} // namespace

const std::vector<quint32> &DemoCenturyRoutes::cachedMatching(const DemoCenturyQuery &q, qint64 nowMs) const
{
    QByteArray key = matchKey(q, nowMs);
    if (key != m_cachedKey) {
        m_cachedRows = matching(q, nowMs);
        m_cachedKey = std::move(key);
    }
    return m_cachedRows;
}

DemoResponse DemoCenturyRoutes::page(const DemoCenturyQuery &q, const DemoPageFaults &faults, qint64 nowMs) const
{
    const std::vector<quint32> &rows = cachedMatching(q, nowMs);
    const auto keyOf = [&](quint32 i) {
        if (q.sortField == DemoCenturySortField::StartDate)
            return m_world.startMs(i);
        const qint64 end = m_world.endMs(i);
        return end <= nowMs ? end : kNullKey;
    };
    // Strict "a comes before b" in this page order.
    const auto before = [&](qint64 ka, quint32 a, qint64 kb, quint32 b) {
        if (ka != kb)
            return q.descending ? ka > kb : ka < kb;
        return q.descending ? a > b : a < b;
    };

    const qsizetype total = qsizetype(rows.size());
    qsizetype first = 0;
    if (q.cursor) {
        const DemoCenturyCursor &c = *q.cursor;
        if (c.after) {
            first = std::partition_point(rows.begin(), rows.end(), [&](quint32 e) {
                        return !before(c.key, c.row, keyOf(e), e);
                    }) - rows.begin();
        } else {
            const qsizetype end = std::partition_point(rows.begin(), rows.end(), [&](quint32 e) {
                                      return before(keyOf(e), e, c.key, c.row);
                                  }) - rows.begin();
            first = std::max<qsizetype>(0, end - q.limit);
        }
    } else {
        first = std::min<qsizetype>(q.offset, total);
    }
    // The repeated row comes on top of the page's own rows: with offset paging a shorter
    // page would make the client skip the row just past it.
    const qsizetype last = std::min<qsizetype>(first + q.limit, total);
    if (faults.duplicate && first > 0)
        --first;

    const auto cursorAt = [&](qsizetype index, bool after) {
        DemoCenturyCursor c;
        c.after = after;
        c.field = q.sortField;
        c.descending = q.descending;
        c.row = rows[std::size_t(index)];
        c.key = keyOf(c.row);
        return c.encode();
    };

    DemoResponse response;
    response.isPage = true;
    response.body.reserve(1024 + (last - first) * 900);
    DemoJsonWriter json(response.body);
    json.beginObject();
    json.key("data");
    json.beginArray();
    for (qsizetype k = first; k < last; ++k)
        m_world.writeSession(json, rows[std::size_t(k)], nowMs);
    json.endArray();
    json.key("pagination");
    json.beginObject();
    json.field("total", qint64(total));
    json.field("limit", qint64(q.limit));
    json.field("offset", qint64(q.cursor ? 0 : q.offset));
    if (first > 0 && last > first)
        json.field("previousCursor", cursorAt(first, false));
    else
        json.fieldNull("previousCursor");
    if (faults.cursorLoop && q.cursor)
        json.field("nextCursor", q.cursorText);
    else if (last < total && last > first)
        json.field("nextCursor", cursorAt(last - 1, true));
    else
        json.fieldNull("nextCursor");
    json.endObject();
    json.endObject();
    return response;
}
