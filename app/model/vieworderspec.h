#pragma once

#include "domain/backendstatuses.h"

#include <QList>
#include <QString>
#include <QtGlobal>

// A slice or bar the user clicked in a chart: the rows whose column (an index into the
// store's columns) holds `text` ("" for no value; for the status column its id, "live"...),
// or with `range`, whose number lies in [from, to) (a time, date or duration column).
struct ChartFilterTerm
{
    int column = -1;
    QString text;
    bool range = false;
    qint64 from = 0;
    qint64 to = 0;

    friend bool operator==(const ChartFilterTerm &, const ChartFilterTerm &) = default;
};

// What the user asked of the loaded rows: the quick search, the status chips and the sort.
// Client side only; server-side filters live in Query (DESIGN.md section 2).
struct ViewOrderSpec
{
    static constexpr quint32 kAllStatuses = kEverySessionStatus;

    QString searchText;                 // empty: every row
    quint32 statusMask = kAllStatuses;  // bit n set: SessionStatus(n) is shown
    int sortColumn = -1;                // index into the store's columns; -1: arrival order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    // Ties of the sort column are ordered by the column sorted before it (a spreadsheet's
    // "sort by pupil, then by subject" with two clicks), then by arrival order.
    int secondaryColumn = -1;
    Qt::SortOrder secondaryOrder = Qt::AscendingOrder;

    // Every term holds for a shown row (a platform and its OS version); empty: no chart filter.
    QList<ChartFilterTerm> chartFilter;

    static quint32 statusBit(SessionStatus status) { return sessionStatusBit(status); }
    bool showsStatus(SessionStatus status) const { return statusMask & statusBit(status); }
    bool filters() const
    {
        return !searchText.isEmpty() || (statusMask & kAllStatuses) != kAllStatuses || !chartFilter.isEmpty();
    }
    bool sorts() const { return sortColumn >= 0; }
    // Arrival order with every row shown: the view is the store itself, no permutation.
    bool isIdentity() const { return !filters() && !sorts(); }

    friend bool operator==(const ViewOrderSpec &, const ViewOrderSpec &) = default;
};
