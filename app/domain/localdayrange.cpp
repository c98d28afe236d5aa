#include "localdayrange.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace {

bool isLowerLimit(CompareOp op) { return op == CompareOp::Gt || op == CompareOp::Gte; }

QDate dayOf(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date();
}

const CenturyDateCondition *firstLimit(const CenturyQuery &query, CenturyDateField field, bool lower)
{
    for (const CenturyDateCondition &c : query.dates) {
        if (c.field == field && isLowerLimit(c.op) == lower && c.ms != kNoTime)
            return &c;
    }
    return nullptr;
}

// Replaces the first limit of this side in place (so the list keeps its order and an
// undo gives back an equal query), drops any further ones, appends when there was none.
void setLimit(QList<CenturyDateCondition> &dates, CenturyDateField field, bool lower,
              const std::optional<CenturyDateCondition> &limit)
{
    bool placed = false;
    for (qsizetype i = 0; i < dates.size();) {
        if (dates[i].field != field || isLowerLimit(dates[i].op) != lower) {
            ++i;
            continue;
        }
        if (limit && !placed) {
            dates[i] = *limit;
            placed = true;
            ++i;
        } else {
            dates.removeAt(i);
        }
    }
    if (limit && !placed)
        dates.append(*limit);
}

} // namespace

qint64 localDayStartMs(QDate day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toMSecsSinceEpoch();
}

LocalDayRange centuryDayRange(const CenturyQuery &query, CenturyDateField field, const QTimeZone &zone)
{
    LocalDayRange range;
    if (const CenturyDateCondition *c = firstLimit(query, field, true))
        range.first = dayOf(c->op == CompareOp::Gt ? c->ms + 1 : c->ms, zone);
    if (const CenturyDateCondition *c = firstLimit(query, field, false))
        range.last = dayOf(c->op == CompareOp::Lt ? c->ms - 1 : c->ms, zone);
    return range;
}

CenturyQuery withCenturyDayRange(CenturyQuery query, CenturyDateField field, LocalDayRange range,
                                 const QTimeZone &zone)
{
    const LocalDayRange now = centuryDayRange(query, field, zone);
    if (range.first.isValid() && range.last.isValid() && range.first > range.last) {
        if (range.first != now.first)
            range.last = range.first;
        else
            range.first = range.last;
    }
    if (range.first != now.first) {
        setLimit(query.dates, field, true,
                 range.first.isValid()
                     ? std::optional(CenturyDateCondition{field, CompareOp::Gte, localDayStartMs(range.first, zone)})
                     : std::nullopt);
    }
    if (range.last != now.last) {
        setLimit(query.dates, field, false,
                 range.last.isValid()
                     ? std::optional(CenturyDateCondition{field, CompareOp::Lt,
                                                          localDayStartMs(range.last.addDays(1), zone)})
                     : std::nullopt);
    }
    return query;
}
