#include "centuryrequests.h"

#include "sources/urlpath.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace century {
namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

const char *opName(CompareOp op)
{
    switch (op) {
    case CompareOp::Gt: return "gt";
    case CompareOp::Gte: return "gte";
    case CompareOp::Lt: return "lt";
    case CompareOp::Lte: return "lte";
    }
    return "gte";
}

const char *dateFieldName(CenturyDateField field)
{
    return field == CenturyDateField::StartDate ? "startDate" : "endDate";
}

const char *statusValue(CenturyStatusFilter status)
{
    return status == CenturyStatusFilter::Completed ? "COMPLETED" : "IN_PROGRESS";
}

// The status a POST /search must carry to mean the same as the scoped GET endpoint.
CenturyStatusFilter effectiveStatus(const CenturyQuery &q)
{
    switch (q.scope) {
    case CenturyScope::Completed: return CenturyStatusFilter::Completed;
    case CenturyScope::InProgress: return CenturyStatusFilter::InProgress;
    case CenturyScope::All: break;
    }
    return q.status;
}

// QUrlQuery leaves '+' and some sub-delimiters literal, and servers decode '+' as a space,
// so a subject such as "ICT+Digital" must be percent-encoded by hand.
class QueryString final
{
public:
    void add(const QByteArray &key, const QString &value)
    {
        if (!m_text.isEmpty())
            m_text += '&';
        // Brackets in keys stay literal ("startDate[gte]"): that is how the API documents
        // them, and some servers match keys before percent-decoding.
        m_text += QUrl::toPercentEncoding(QString::fromLatin1(key), "[]") + '='
            + QUrl::toPercentEncoding(value);
    }
    QByteArray text() const { return m_text; }

private:
    QByteArray m_text;
};

PageRequest getRequest(const QUrl &base, const CenturyQuery &q, const PageCursor &pos)
{
    QString suffix = QStringLiteral("/smart-ia/sessions");
    if (q.scope == CenturyScope::Completed)
        suffix += QStringLiteral("/completed");
    else if (q.scope == CenturyScope::InProgress)
        suffix += QStringLiteral("/in-progress");

    QueryString query;
    for (const CenturyDateCondition &c : q.dates) {
        query.add(QByteArray(dateFieldName(c.field)) + '[' + opName(c.op) + ']', isoTime(c.ms));
    }
    for (const QString &id : q.userIds)
        query.add("userId", id);
    for (const QString &id : q.testIds)
        query.add("testId", id);
    for (const QString &subject : q.subjects)
        query.add("subject", subject);
    if (q.scope == CenturyScope::All && q.status != CenturyStatusFilter::Any)
        query.add("status", QString::fromLatin1(statusValue(q.status)));
    query.add("limit", QString::number(q.pageSize));
    if (q.paging == CenturyPaging::Offset)
        query.add("offset", QString::number(pos.offset));
    else if (!pos.token.isEmpty())
        query.add("cursor", pos.token);
    query.add("sort[field]", QString::fromLatin1(dateFieldName(q.sortField)));
    query.add("sort[direction]", q.sortDirection == SortDirection::Ascending ? QStringLiteral("asc")
                                                                              : QStringLiteral("desc"));

    QUrl url = appendPath(base, suffix);
    url.setQuery(QString::fromLatin1(query.text()), QUrl::StrictMode);
    return {"GET", url, {}, {}};
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

PageRequest searchRequest(const QUrl &base, const CenturyQuery &q, const PageCursor &pos)
{
    QJsonObject search;
    if (const CenturyStatusFilter status = effectiveStatus(q); status != CenturyStatusFilter::Any)
        search.insert(QStringLiteral("status"), QString::fromLatin1(statusValue(status)));
    for (CenturyDateField field : {CenturyDateField::StartDate, CenturyDateField::EndDate}) {
        QJsonObject bounds;
        for (const CenturyDateCondition &c : q.dates) {
            if (c.field == field)
                bounds.insert(QLatin1String(opName(c.op)), isoTime(c.ms));
        }
        if (!bounds.isEmpty())
            search.insert(QLatin1String(dateFieldName(field)), bounds);
    }
    // The search body uses plural keys, unlike the GET parameters (API-NOTES.md).
    if (!q.userIds.isEmpty())
        search.insert(QStringLiteral("userIds"), toArray(q.userIds));
    if (!q.testIds.isEmpty())
        search.insert(QStringLiteral("testIds"), toArray(q.testIds));
    if (!q.subjects.isEmpty())
        search.insert(QStringLiteral("subjects"), toArray(q.subjects));

    QJsonObject body;
    body.insert(QStringLiteral("search"), search);
    body.insert(QStringLiteral("limit"), q.pageSize);
    if (q.paging == CenturyPaging::Offset) {
        body.insert(QStringLiteral("offset"), pos.offset);
        body.insert(QStringLiteral("cursor"), QJsonValue::Null);
    } else {
        body.insert(QStringLiteral("cursor"), pos.token.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(pos.token));
    }
    body.insert(QStringLiteral("sort"),
                QJsonObject{{QStringLiteral("field"), QLatin1String(dateFieldName(q.sortField))},
                            {QStringLiteral("direction"), q.sortDirection == SortDirection::Ascending
                                                              ? QStringLiteral("asc")
                                                              : QStringLiteral("desc")}});
    return {"POST", appendPath(base, QStringLiteral("/smart-ia/sessions/search")),
            QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

} // namespace

bool needsSearchEndpoint(const CenturyQuery &q)
{
    return q.userIds.size() > CenturyQuery::kMaxIdsPerGet || q.testIds.size() > CenturyQuery::kMaxIdsPerGet
        || q.subjects.size() > CenturyQuery::kMaxIdsPerGet;
}

PageRequest pageRequest(const QUrl &base, const CenturyQuery &query, const PageCursor &position)
{
    return needsSearchEndpoint(query) ? searchRequest(base, query, position)
                                      : getRequest(base, query, position);
}

} // namespace century
