#pragma once

#include "query.h"

#include <QDate>

class QTimeZone;

// Whole calendar days in the user's time zone, the way a date picker shows them, over a
// Century date field, which the API filters by instant. A range [first, last] is sent as
// `gte` the midnight that starts `first` and `lt` the midnight that starts the day after
// `last`, so "to 15 March" covers the whole of 15 March, however long a clock change
// makes that day.
struct LocalDayRange
{
    QDate first; // null: no lower limit
    QDate last;  // null: no upper limit

    bool isOpen() const { return first.isNull() && last.isNull(); }
    friend bool operator==(const LocalDayRange &, const LocalDayRange &) = default;
};

// UTC milliseconds of the first instant of `day` in `zone` (midnight, or the first time
// after a clock change that skips midnight).
qint64 localDayStartMs(QDate day, const QTimeZone &zone);

// The days `query` filters `field` on, as a picker shows them. Limits that are not whole
// days (a query from elsewhere) show as the day holding their first or last instant.
LocalDayRange centuryDayRange(const CenturyQuery &query, CenturyDateField field, const QTimeZone &zone);

// `query` with `field` limited to `range`. Only a limit whose day differs from what
// centuryDayRange() reads is rewritten, in place, so an untouched limit keeps its exact
// instant and setting a day back to what it was gives the original query back. A range
// whose first day is after its last is put right by moving the limit that did not change.
CenturyQuery withCenturyDayRange(CenturyQuery query, CenturyDateField field, LocalDayRange range,
                                 const QTimeZone &zone);
