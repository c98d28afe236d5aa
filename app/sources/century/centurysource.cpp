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

namespace {

// The pagination object follows the rows in Century's envelope, so the last "nextCursor"
// key of the body is normally the page's own. A quote inside a JSON string is always
// escaped, so the key cannot be faked by a value; a nested key could, but then the guess
// simply differs from the parsed page and is dropped.
std::optional<QString> peekNextCursor(QByteArrayView body)
{
    const std::string_view text(body.data(), size_t(body.size()));
    const std::string_view key = "\"nextCursor\"";
    size_t at = text.rfind(key);
    if (at == std::string_view::npos)
        return std::nullopt;
    at += key.size();
    const auto skipSpace = [&] {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\n' || text[at] == '\r' || text[at] == '\t'))
            ++at;
    };
    skipSpace();
    if (at >= text.size() || text[at] != ':')
        return std::nullopt;
    ++at;
    skipSpace();
    if (at >= text.size() || text[at] != '"')
        return std::nullopt; // null (the end) or something odd: nothing to ask for
    const size_t start = ++at;
    const size_t end = text.find('"', start);
    if (end == std::string_view::npos || end == start || text.substr(start, end - start).find('\\') != std::string_view::npos)
        return std::nullopt;
    return QString::fromLatin1(text.data() + start, qsizetype(end - start));
}

} // namespace

std::optional<PageCursor> CenturySource::predictedNext(const Query &query, const PageCursor &current,
                                                       QByteArrayView body) const
{
    const auto &q = std::get<CenturyQuery>(query);
    PageCursor next = current;
    if (q.paging == CenturyPaging::Offset) {
        next.offset = current.offset + q.pageSize;
        return next;
    }
    const std::optional<QString> cursor = peekNextCursor(body);
    if (!cursor)
        return std::nullopt;
    next.token = *cursor;
    return next;
}
