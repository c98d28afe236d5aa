#include "democenturyquery.h"

#include "democenturyworld.h"

#include "domain/iso8601.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

constexpr int kMaxIdsOnGet = 30;
constexpr int kMaxIdsInBody = 1000;

std::optional<qint64> parseInstant(const QString &text)
{
    if (auto ms = iso8601::parseUnixSecondsMs(QStringView(text)))
        return ms;
    if (auto ms = iso8601::parseDateTimeMs(QStringView(text)))
        return ms;
    return iso8601::parseDateMs(QStringView(text));
}

// Applies one `op` bound to `range`; false with `error` set when it clashes or does not parse.
bool applyBound(DemoCenturyQuery::Range &range, const QString &field, const QString &op, const QString &value,
                QString *error)
{
    const auto ms = parseInstant(value);
    if (!ms) {
        *error = QStringLiteral("%1[%2] must be an ISO 8601 date-time or a Unix timestamp").arg(field, op);
        return false;
    }
    const bool isLow = op == QLatin1String("gt") || op == QLatin1String("gte");
    const bool isHigh = op == QLatin1String("lt") || op == QLatin1String("lte");
    if (!isLow && !isHigh) {
        *error = QStringLiteral("%1 supports gt, gte, lt and lte, not '%2'").arg(field, op);
        return false;
    }
    if (isLow) {
        if (range.low != std::numeric_limits<qint64>::min()) {
            *error = QStringLiteral("%1: gt and gte cannot be combined").arg(field);
            return false;
        }
        range.low = *ms;
        range.lowInclusive = op == QLatin1String("gte");
    } else {
        if (range.high != std::numeric_limits<qint64>::max()) {
            *error = QStringLiteral("%1: lt and lte cannot be combined").arg(field);
            return false;
        }
        range.high = *ms;
        range.highInclusive = op == QLatin1String("lte");
    }
    range.active = true;
    return true;
}

bool readStatus(const QString &value, DemoCenturyQuery::Status *out, QString *error)
{
    if (value == QLatin1String("IN_PROGRESS"))
        *out = DemoCenturyQuery::Status::InProgress;
    else if (value == QLatin1String("COMPLETED"))
        *out = DemoCenturyQuery::Status::Completed;
    else {
        *error = QStringLiteral("status must be IN_PROGRESS or COMPLETED");
        return false;
    }
    return true;
}

bool readSort(const QString &field, const QString &direction, DemoCenturyQuery &q, QString *error)
{
    if (field.isEmpty() || field == QLatin1String("startDate"))
        q.sortField = DemoCenturySortField::StartDate;
    else if (field == QLatin1String("endDate"))
        q.sortField = DemoCenturySortField::EndDate;
    else {
        *error = QStringLiteral("sort[field] must be startDate or endDate");
        return false;
    }
    if (direction.isEmpty() || direction == QLatin1String("asc"))
        q.descending = false;
    else if (direction == QLatin1String("desc"))
        q.descending = true;
    else {
        *error = QStringLiteral("sort[direction] must be asc or desc");
        return false;
    }
    return true;
}

// Collected id lists, resolved against the world once all parameters are read.
struct IdLists
{
    QStringList userIds;
    QStringList testIds;
    QStringList subjects;
};

bool resolve(const IdLists &ids, const DemoCenturyWorld &world, int maxEach, DemoCenturyQuery &q, QString *error)
{
    const auto tooMany = [&](const QStringList &list, const char *name) {
        if (list.size() <= maxEach)
            return false;
        *error = QStringLiteral("%1 accepts at most %2 values").arg(QLatin1String(name)).arg(maxEach);
        return true;
    };
    if (tooMany(ids.userIds, "userId") || tooMany(ids.testIds, "testId") || tooMany(ids.subjects, "subject"))
        return false;
    if (!ids.userIds.isEmpty()) {
        q.byPupil = true;
        for (const QString &id : ids.userIds) {
            if (const auto pupil = world.pupils().indexOfUserId(id.toLatin1()))
                q.pupils.push_back(*pupil);
        }
        std::sort(q.pupils.begin(), q.pupils.end());
    }
    quint64 mask = ~quint64(0);
    if (!ids.testIds.isEmpty()) {
        q.byTest = true;
        quint64 m = 0;
        for (const QString &id : ids.testIds) {
            if (const auto test = world.testIndexOf(id.toLatin1()))
                m |= quint64(1) << *test;
        }
        mask &= m;
    }
    if (!ids.subjects.isEmpty()) {
        q.byTest = true;
        quint64 m = 0;
        for (int t = 0; t < DemoCenturyWorld::testCount(); ++t) {
            if (ids.subjects.contains(QString::fromUtf8(DemoCenturyWorld::testSubject(t))))
                m |= quint64(1) << t;
        }
        mask &= m;
    }
    q.testMask = mask;
    return true;
}

bool readLimitOffset(const QString *limit, const QString *offset, DemoCenturyQuery &q, QString *error)
{
    if (limit) {
        bool ok = false;
        q.limit = limit->toInt(&ok);
        if (!ok || q.limit < 1 || q.limit > 100) {
            *error = QStringLiteral("limit must be an integer from 1 to 100");
            return false;
        }
    }
    if (offset) {
        bool ok = false;
        q.offset = offset->toInt(&ok);
        if (!ok || q.offset < 0) {
            *error = QStringLiteral("offset must be a non-negative integer");
            return false;
        }
    }
    return true;
}

bool readCursor(const QString &text, bool offsetGiven, DemoCenturyQuery &q, QString *error)
{
    if (offsetGiven) {
        *error = QStringLiteral("offset cannot be combined with cursor");
        return false;
    }
    q.cursor = DemoCenturyCursor::decode(text.toLatin1());
    if (!q.cursor) {
        *error = QStringLiteral("cursor is malformed");
        return false;
    }
    q.cursorText = text.toLatin1();
    // The cursor carries the order it was made for; it wins over the request's sort.
    q.sortField = q.cursor->field;
    q.descending = q.cursor->descending;
    return true;
}

} // namespace

std::optional<DemoCenturyQuery> DemoCenturyQuery::fromGet(const QUrlQuery &query, const DemoCenturyWorld &world,
                                                  bool allowStatus, QString *error)
{
    DemoCenturyQuery q;
    IdLists ids;
    QString limit, offset, cursor, sortField, sortDirection;
    bool hasLimit = false, hasOffset = false, hasCursor = false;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key.startsWith(QLatin1String("startDate[")) && key.endsWith(QLatin1Char(']'))) {
            if (!applyBound(q.start, QStringLiteral("startDate"), key.mid(10, key.size() - 11), value, error))
                return std::nullopt;
        } else if (key.startsWith(QLatin1String("endDate[")) && key.endsWith(QLatin1Char(']'))) {
            if (!applyBound(q.end, QStringLiteral("endDate"), key.mid(8, key.size() - 9), value, error))
                return std::nullopt;
        } else if (key == QLatin1String("userId")) {
            ids.userIds << value;
        } else if (key == QLatin1String("testId")) {
            ids.testIds << value;
        } else if (key == QLatin1String("subject")) {
            ids.subjects << value;
        } else if (key == QLatin1String("status") && allowStatus) {
            if (!readStatus(value, &q.status, error))
                return std::nullopt;
        } else if (key == QLatin1String("limit")) {
            limit = value;
            hasLimit = true;
        } else if (key == QLatin1String("offset")) {
            offset = value;
            hasOffset = true;
        } else if (key == QLatin1String("cursor")) {
            cursor = value;
            hasCursor = true;
        } else if (key == QLatin1String("sort[field]")) {
            sortField = value;
        } else if (key == QLatin1String("sort[direction]")) {
            sortDirection = value;
        }
    }
    if (!resolve(ids, world, kMaxIdsOnGet, q, error)
        || !readLimitOffset(hasLimit ? &limit : nullptr, hasOffset ? &offset : nullptr, q, error)
        || !readSort(sortField, sortDirection, q, error)
        || (hasCursor && !readCursor(cursor, hasOffset, q, error)))
        return std::nullopt;
    return q;
}

std::optional<DemoCenturyQuery> DemoCenturyQuery::fromSearchBody(const QByteArray &body, const DemoCenturyWorld &world,
                                                         QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("body must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonObject search = root.value(QLatin1String("search")).toObject();
    DemoCenturyQuery q;
    if (search.contains(QLatin1String("status"))
        && !readStatus(search.value(QLatin1String("status")).toString(), &q.status, error))
        return std::nullopt;
    for (const char *field : {"startDate", "endDate"}) {
        const QJsonValue bounds = search.value(QLatin1String(field));
        if (bounds.isUndefined() || bounds.isNull())
            continue;
        if (!bounds.isObject()) {
            *error = QStringLiteral("search.%1 must be an object").arg(QLatin1String(field));
            return std::nullopt;
        }
        Range &range = qstrcmp(field, "startDate") == 0 ? q.start : q.end;
        const QJsonObject o = bounds.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString value = it->isDouble() ? QString::number(qint64(it->toDouble())) : it->toString();
            if (!applyBound(range, QLatin1String(field), it.key(), value, error))
                return std::nullopt;
        }
    }
    IdLists ids;
    const auto readList = [&](const char *name, QStringList &out) {
        const QJsonValue v = search.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isArray()) {
            *error = QStringLiteral("search.%1 must be an array of strings").arg(QLatin1String(name));
            return false;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                *error = QStringLiteral("search.%1 must be an array of strings").arg(QLatin1String(name));
                return false;
            }
            out << item.toString();
        }
        return true;
    };
    if (!readList("userIds", ids.userIds) || !readList("testIds", ids.testIds)
        || !readList("subjects", ids.subjects) || !resolve(ids, world, kMaxIdsInBody, q, error))
        return std::nullopt;

    const auto numberText = [&](const char *name, QString *out) {
        const QJsonValue v = root.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return false;
        *out = v.isDouble() ? QString::number(v.toDouble()) : QStringLiteral("invalid");
        return true;
    };
    QString limit, offset;
    const bool hasLimit = numberText("limit", &limit);
    const bool hasOffset = numberText("offset", &offset);
    if (!readLimitOffset(hasLimit ? &limit : nullptr, hasOffset ? &offset : nullptr, q, error))
        return std::nullopt;
    const QJsonObject sort = root.value(QLatin1String("sort")).toObject();
    if (!readSort(sort.value(QLatin1String("field")).toString(), sort.value(QLatin1String("direction")).toString(),
                  q, error))
        return std::nullopt;
    const QJsonValue cursor = root.value(QLatin1String("cursor"));
    if (!cursor.isUndefined() && !cursor.isNull()) {
        // An explicit "offset": 0 next to a cursor is what a client serialising defaults sends.
        const bool realOffset = hasOffset && q.offset != 0;
        if (!cursor.isString() || !readCursor(cursor.toString(), realOffset, q, error)) {
            if (error->isEmpty())
                *error = QStringLiteral("cursor is malformed");
            return std::nullopt;
        }
    }
    return q;
}
