#pragma once

#include "domain/backendstatuses.h"

#include <QString>
#include <QtGlobal>

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

    static quint32 statusBit(SessionStatus status) { return sessionStatusBit(status); }
    bool showsStatus(SessionStatus status) const { return statusMask & statusBit(status); }
    bool filters() const { return !searchText.isEmpty() || (statusMask & kAllStatuses) != kAllStatuses; }
    bool sorts() const { return sortColumn >= 0; }
    // Arrival order with every row shown: the view is the store itself, no permutation.
    bool isIdentity() const { return !filters() && !sorts(); }

    friend bool operator==(const ViewOrderSpec &, const ViewOrderSpec &) = default;
};
