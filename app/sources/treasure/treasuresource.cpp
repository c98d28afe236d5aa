#include "treasuresource.h"

#include "treasurecolumns.h"
#include "treasurepageparser.h"

#include <QUrlQuery>

namespace {

QUrl withKeyset(QUrl url, const PageCursor &cursor, int pageSize)
{
    QUrlQuery query;
    if (!cursor.token.isEmpty())
        query.addQueryItem(QStringLiteral("last_id"), cursor.token);
    query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    url.setQuery(query);
    return url;
}

} // namespace

const ColumnList &TreasureSource::columns() const
{
    return treasure::sessionColumns();
}

QPair<QByteArray, QByteArray> TreasureSource::authHeader(const QByteArray &key) const
{
    return {QByteArrayLiteral("Authorization"), QByteArrayLiteral("TD1 ") + key};
}

PageRequest TreasureSource::pageRequest(const Query &query, const PageCursor &cursor) const
{
    const auto &q = std::get<TreasureQuery>(query);
    return {"GET", withKeyset(endpoint(QStringLiteral("/api/sessions")), cursor, q.pageSize), {}, {}};
}

SessionPage TreasureSource::parsePage(QByteArrayView body) const
{
    return treasure::parsePage(body);
}

NextPage TreasureSource::nextPage(const Query &query, const PageCursor &, const SessionPage &page) const
{
    const auto &q = std::get<TreasureQuery>(query);
    NextPage next;
    // No total and no cursor in this API: a short or empty page is the end, otherwise the
    // next page holds the ids below the smallest one of this page.
    const qint64 received = qint64(page.rows.size() + page.malformed.size());
    next.end = received < q.pageSize || page.nextToken.isEmpty();
    next.cursor.token = page.nextToken;
    return next;
}

PageRequest TreasureSource::sessionRequest(const QString &sessionId) const
{
    return {"GET", endpoint(QStringLiteral("/api/sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(sessionId))), {}, {}};
}

PageRequest TreasureSource::attemptsRequest(const QString &sessionId, const PageCursor &cursor, int pageSize) const
{
    const QString path = QStringLiteral("/api/sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(sessionId))
        + QStringLiteral("/attempts");
    return {"GET", withKeyset(endpoint(path), cursor, pageSize), {}, {}};
}
