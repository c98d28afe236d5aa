#include "queryjson.h"

#include "jsonfieldreader.h"

#include "domain/queryedits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <array>
#include <utility>

namespace {

// A named context lets lupdate see these free functions' texts.
struct QueryJsonText
{
    Q_DECLARE_TR_FUNCTIONS(QueryJson)
};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

constexpr std::array<std::pair<CenturyScope, const char *>, 3> kScopes{{
    {CenturyScope::All, "all"}, {CenturyScope::Completed, "completed"}, {CenturyScope::InProgress, "in-progress"}}};
constexpr std::array<std::pair<CenturyStatusFilter, const char *>, 3> kStatuses{{
    {CenturyStatusFilter::Any, "any"}, {CenturyStatusFilter::InProgress, "IN_PROGRESS"},
    {CenturyStatusFilter::Completed, "COMPLETED"}}};
constexpr std::array<std::pair<CenturyDateField, const char *>, 2> kDateFields{{
    {CenturyDateField::StartDate, "startDate"}, {CenturyDateField::EndDate, "endDate"}}};
constexpr std::array<std::pair<CompareOp, const char *>, 4> kOps{{
    {CompareOp::Gt, "gt"}, {CompareOp::Gte, "gte"}, {CompareOp::Lt, "lt"}, {CompareOp::Lte, "lte"}}};
constexpr std::array<std::pair<SortDirection, const char *>, 2> kDirections{{
    {SortDirection::Ascending, "asc"}, {SortDirection::Descending, "desc"}}};
constexpr std::array<std::pair<CenturyPaging, const char *>, 2> kPagings{{
    {CenturyPaging::Cursor, "cursor"}, {CenturyPaging::Offset, "offset"}}};

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

std::optional<CenturyQuery> centuryFromJson(const QJsonObject &object, QString *error)
{
    CenturyQuery q;
    JsonFieldReader r(object, QueryJsonText::tr("the query"));
    r.rejectUnknown({QStringLiteral("scope"), QStringLiteral("status"), QStringLiteral("dates"),
                     QStringLiteral("subjects"), QStringLiteral("testIds"), QStringLiteral("userIds"),
                     QStringLiteral("sortField"), QStringLiteral("sortDirection"), QStringLiteral("pageSize"),
                     QStringLiteral("paging")});
    r.readEnum("scope", kScopes, &q.scope);
    r.readEnum("status", kStatuses, &q.status);
    r.readStrings("subjects", &q.subjects);
    r.readStrings("testIds", &q.testIds);
    r.readStrings("userIds", &q.userIds);
    r.readEnum("sortField", kDateFields, &q.sortField);
    r.readEnum("sortDirection", kDirections, &q.sortDirection);
    r.readInt("pageSize", 1, CenturyQuery::kMaxPageSize, &q.pageSize);
    r.readEnum("paging", kPagings, &q.paging);
    const QJsonValue dates = object.value(QLatin1String("dates"));
    if (!dates.isUndefined() && !dates.isArray())
        r.fail(QueryJsonText::tr("\"dates\" in the query must be a list"));
    for (const QJsonValue d : dates.toArray()) {
        JsonFieldReader dr(d.toObject(), QueryJsonText::tr("a date condition"));
        if (!d.isObject())
            r.fail(QueryJsonText::tr("a date condition must be an object"));
        dr.rejectUnknown({QStringLiteral("field"), QStringLiteral("op"), QStringLiteral("ms")});
        CenturyDateCondition c;
        dr.readEnum("field", kDateFields, &c.field);
        dr.readEnum("op", kOps, &c.op);
        // Within years 0..9999 (what the date filters can send), so never a lossy double.
        const auto ms = jsonWholeNumber(d.toObject().value(QLatin1String("ms")), -62167219200000.0, 253402300799999.0);
        if (ms)
            c.ms = *ms;
        else
            dr.fail(QueryJsonText::tr("a date condition needs \"ms\", a time in milliseconds"));
        if (!dr.error().isEmpty())
            r.fail(dr.error());
        q.dates.append(c);
    }
    if (!r.error().isEmpty()) {
        *error = r.error();
        return std::nullopt;
    }
    return q;
}

} // namespace

QJsonObject queryToJson(const Query &query)
{
    if (const auto *c = std::get_if<CenturyQuery>(&query)) {
        QJsonArray dates;
        for (const CenturyDateCondition &d : c->dates) {
            dates.append(QJsonObject{{QStringLiteral("field"), nameOf(kDateFields, d.field)},
                                     {QStringLiteral("op"), nameOf(kOps, d.op)},
                                     {QStringLiteral("ms"), double(d.ms)}});
        }
        return {{QStringLiteral("scope"), nameOf(kScopes, c->scope)},
                {QStringLiteral("status"), nameOf(kStatuses, c->status)},
                {QStringLiteral("dates"), dates},
                {QStringLiteral("subjects"), toArray(c->subjects)},
                {QStringLiteral("testIds"), toArray(c->testIds)},
                {QStringLiteral("userIds"), toArray(c->userIds)},
                {QStringLiteral("sortField"), nameOf(kDateFields, c->sortField)},
                {QStringLiteral("sortDirection"), nameOf(kDirections, c->sortDirection)},
                {QStringLiteral("pageSize"), c->pageSize},
                {QStringLiteral("paging"), nameOf(kPagings, c->paging)}};
    }
    if (const auto *t = std::get_if<TreasureQuery>(&query))
        return {{QStringLiteral("pageSize"), t->pageSize}};
    const auto &m = std::get<MobileNextQuery>(query);
    return {{QStringLiteral("pageSize"), m.pageSize}, {QStringLiteral("organizationId"), m.organizationId}};
}

std::optional<Query> queryFromJson(const QJsonObject &object, Backend backend, QString *error)
{
    std::optional<Query> out;
    QString problem;
    switch (backend) {
    case Backend::Century:
        if (std::optional<CenturyQuery> c = centuryFromJson(object, &problem))
            out = *c;
        break;
    case Backend::Treasure: {
        TreasureQuery t;
        JsonFieldReader r(object, QueryJsonText::tr("the query"));
        r.rejectUnknown({QStringLiteral("pageSize")});
        r.readInt("pageSize", 1, TreasureQuery::kMaxPageSize, &t.pageSize);
        problem = r.error();
        if (problem.isEmpty())
            out = t;
        break;
    }
    case Backend::MobileNext: {
        MobileNextQuery m;
        JsonFieldReader r(object, QueryJsonText::tr("the query"));
        r.rejectUnknown({QStringLiteral("pageSize"), QStringLiteral("organizationId")});
        r.readInt("pageSize", 1, MobileNextQuery::kMaxPageSize, &m.pageSize);
        r.readString("organizationId", &m.organizationId);
        problem = r.error();
        if (problem.isEmpty())
            out = m;
        break;
    }
    }
    if (out && problem.isEmpty()) {
        problem = queryValidationError(*out);
        if (!problem.isEmpty())
            out.reset();
    }
    if (!out && error)
        *error = problem;
    return out;
}
