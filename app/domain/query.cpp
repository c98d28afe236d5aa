#include "query.h"

#include <QCoreApplication>
#include <QUuid>

namespace {

// A named context lets lupdate see these free functions' texts.
struct QueryText
{
    Q_DECLARE_TR_FUNCTIONS(Query)
};

bool isLower(CompareOp op) { return op == CompareOp::Gt || op == CompareOp::Gte; }

QString fieldName(CenturyDateField field)
{
    return field == CenturyDateField::StartDate ? QueryText::tr("start date") : QueryText::tr("end date");
}

QString checkDates(const CenturyQuery &q)
{
    for (CenturyDateField field : {CenturyDateField::StartDate, CenturyDateField::EndDate}) {
        const CenturyDateCondition *lower = nullptr;
        const CenturyDateCondition *upper = nullptr;
        for (const CenturyDateCondition &c : q.dates) {
            if (c.field != field)
                continue;
            if (c.ms == kNoTime)
                return QueryText::tr("A %1 filter has no date.").arg(fieldName(field));
            const CenturyDateCondition *&slot = isLower(c.op) ? lower : upper;
            // The API rejects gt with gte and lt with lte; two of the same bound are
            // just as contradictory.
            if (slot)
                return isLower(c.op) ? QueryText::tr("The %1 can have only one \"after\" limit.").arg(fieldName(field))
                                     : QueryText::tr("The %1 can have only one \"before\" limit.").arg(fieldName(field));
            slot = &c;
        }
        if (lower && upper) {
            const bool touching = lower->op == CompareOp::Gte && upper->op == CompareOp::Lte;
            if (lower->ms > upper->ms || (lower->ms == upper->ms && !touching))
                return QueryText::tr("The %1 range is empty: its start is after its end.").arg(fieldName(field));
        }
        if (field == CenturyDateField::EndDate && (lower || upper) && q.scope == CenturyScope::InProgress)
            return QueryText::tr("Sessions in progress have no end date; remove the end date filter.");
    }
    return {};
}

QString checkIds(const QStringList &ids, const QString &what)
{
    for (const QString &id : ids) {
        if (QUuid::fromString(id).isNull())
            return QueryText::tr("\"%1\" is not a valid %2 id.").arg(id.left(40), what);
    }
    return {};
}

QString validateCentury(const CenturyQuery &q)
{
    if (q.pageSize < 1 || q.pageSize > CenturyQuery::kMaxPageSize)
        return QueryText::tr("The page size must be between 1 and %1.").arg(CenturyQuery::kMaxPageSize);
    if (q.status != CenturyStatusFilter::Any && q.scope != CenturyScope::All)
        return QueryText::tr("A status filter only applies to the \"All\" scope.");
    if (q.scope == CenturyScope::InProgress && q.sortField == CenturyDateField::EndDate)
        return QueryText::tr("Sessions in progress have no end date to sort by.");
    if (QString e = checkDates(q); !e.isEmpty())
        return e;
    if (QString e = checkIds(q.userIds, QueryText::tr("pupil")); !e.isEmpty())
        return e;
    if (QString e = checkIds(q.testIds, QueryText::tr("test")); !e.isEmpty())
        return e;
    for (const QString &s : q.subjects) {
        if (s.trimmed().isEmpty())
            return QueryText::tr("A subject filter is empty.");
    }
    return {};
}

QString validatePageSize(int size, int max)
{
    if (size < 1 || size > max)
        return QueryText::tr("The page size must be between 1 and %1.").arg(max);
    return {};
}

} // namespace

QString queryValidationError(const Query &query)
{
    if (const auto *c = std::get_if<CenturyQuery>(&query))
        return validateCentury(*c);
    if (const auto *t = std::get_if<TreasureQuery>(&query))
        return validatePageSize(t->pageSize, TreasureQuery::kMaxPageSize);
    const auto &m = std::get<MobileNextQuery>(query);
    return validatePageSize(m.pageSize, MobileNextQuery::kMaxPageSize);
}
