#include "centurysource.h"

#include "centurycolumns.h"
#include "centurypageparser.h"
#include "centuryrequests.h"

const ColumnList &CenturySource::columns() const
{
    return century::sessionColumns();
}

QPair<QByteArray, QByteArray> CenturySource::authHeader(const QByteArray &key) const
{
    return {QByteArrayLiteral("x-api-key"), key};
}

PageRequest CenturySource::pageRequest(const Query &query, const PageCursor &cursor) const
{
    return century::pageRequest(baseUrl(), std::get<CenturyQuery>(query), cursor);
}

SessionPage CenturySource::parsePage(QByteArrayView body) const
{
    return century::parsePage(body);
}

NextPage CenturySource::nextPage(const Query &query, const PageCursor &current, const SessionPage &page) const
{
    const auto &q = std::get<CenturyQuery>(query);
    NextPage next;
    if (q.paging == CenturyPaging::Cursor) {
        // `nextCursor: null` is the end (API-NOTES.md).
        next.end = page.nextToken.isEmpty();
        next.cursor.token = page.nextToken;
        return next;
    }
    const qint64 following = current.offset + q.pageSize;
    const bool shortPage = qint64(page.rows.size() + page.malformed.size()) < q.pageSize;
    next.end = shortPage || (page.total && following >= *page.total);
    next.cursor.offset = following;
    return next;
}

std::optional<PageCursor> CenturySource::predictedNext(const Query &query, const PageCursor &current) const
{
    const auto &q = std::get<CenturyQuery>(query);
    if (q.paging != CenturyPaging::Offset)
        return std::nullopt; // an opaque cursor is only known once the page is read
    PageCursor next = current;
    next.offset = current.offset + q.pageSize;
    return next;
}
