#include "mobilenextsource.h"

#include "mobilenextcolumns.h"
#include "mobilenextpageparser.h"

#include "domain/iso8601.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <algorithm>

const ColumnList &MobileNextSource::columns() const
{
    return mobilenext::sessionColumns();
}

QPair<QByteArray, QByteArray> MobileNextSource::authHeader(const QByteArray &key) const
{
    return {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key};
}

PageRequest MobileNextSource::pageRequest(const Query &query, const PageCursor &cursor) const
{
    const auto &q = std::get<MobileNextQuery>(query);
    QUrl url = endpoint(QStringLiteral("/api/v1/sessions"));
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("limit"), QString::number(cursor.pageSize > 0 ? cursor.pageSize : q.pageSize));
    if (!cursor.token.isEmpty()) {
        // The instant carries ':' only, which QUrlQuery leaves alone; '+' never appears (UTC 'Z').
        params.addQueryItem(QStringLiteral("before"), cursor.token);
    }
    url.setQuery(params);
    PageRequest request{"GET", url, {}, {}};
    if (const auto header = organizationHeader(q); !header.first.isEmpty())
        request.headers.append(header);
    return request;
}

SessionPage MobileNextSource::parsePage(QByteArrayView body) const
{
    return mobilenext::parsePage(body);
}

NextPage MobileNextSource::nextPage(const Query &query, const PageCursor &current, const SessionPage &page) const
{
    const auto &q = std::get<MobileNextQuery>(query);
    NextPage next;
    if (page.nextToken.isEmpty() || page.rows.empty())
        return next; // end

    qint64 oldest = page.rows.front().startedMs;
    for (const SessionRecord &r : page.rows)
        oldest = std::min(oldest, r.startedMs);
    if (oldest == kNoTime) {
        // Without a readable instant we can only trust the server's own cursor.
        next.end = false;
        next.cursor.token = page.nextToken;
        return next;
    }

    next.end = false;
    next.cursor.pageSize = current.pageSize;
    next.cursor.token = iso8601::formatRfc3339Ms(oldest + 1);
    if (next.cursor.token != current.token)
        return next;

    // The whole page shares one instant: ask for more rows at once...
    const int size = current.pageSize > 0 ? current.pageSize : q.pageSize;
    if (size < MobileNextQuery::kMaxPageSize) {
        next.cursor.pageSize = std::min(MobileNextQuery::kMaxPageSize, size * 2);
        return next;
    }
    // ...and past the API's maximum, step over the instant and say so.
    next.cursor.token = iso8601::formatRfc3339Ms(oldest);
    next.warning = QCoreApplication::translate(
                       "MobileNextSource",
                       "More than %1 sessions were created at the same instant (%2); some of them may be missing.")
                       .arg(MobileNextQuery::kMaxPageSize)
                       .arg(next.cursor.token);
    return next;
}

PageRequest MobileNextSource::sessionRequest(const QString &sessionId) const
{
    return {"GET", endpoint(QStringLiteral("/api/v1/sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(sessionId))), {}, {}};
}

PageRequest MobileNextSource::organizationsRequest() const
{
    return {"GET", endpoint(QStringLiteral("/api/v1/organizations")), {}, {}};
}

QPair<QByteArray, QByteArray> MobileNextSource::organizationHeader(const MobileNextQuery &query)
{
    if (query.organizationId.isEmpty())
        return {};
    return {QByteArrayLiteral("X-Organization-Id"), query.organizationId.toUtf8()};
}
