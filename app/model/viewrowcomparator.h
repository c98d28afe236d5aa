#pragma once

#include "vieworderspec.h"

#include "domain/columndescriptor.h"

#include <QVariant>

class SessionStore;

// The order ViewOrderJob produces, for single rows on the GUI thread: a live poll places a
// few hundred rows into a sorted million by binary search instead of sorting again.
// Equal to the job's key order for numbers, times, statuses and text (case-folded, then
// exact). Identifiers follow it closely (numbers by value, UUIDs by their hex text); a rare
// odd id may land a row away from where a full sort puts it, never lose or repeat one.
class ViewRowComparator final
{
public:
    ViewRowComparator(const SessionStore &store, const ViewOrderSpec &spec);

    // True when the spec sorts: less() orders rows; otherwise there is nothing to compare.
    bool sorts() const { return m_primary != nullptr; }
    // Strict total order: ties of the sort columns fall back to arrival (store row) order.
    bool less(qint32 rowA, qint32 rowB) const;

    // <0, 0, >0 for one column's raw values in ascending order, empty values first.
    static int compareValues(const QVariant &a, const QVariant &b, ColumnType type);

private:
    int compareColumn(const ColumnDescriptor &column, Qt::SortOrder order, qint32 a, qint32 b) const;

    const SessionStore &m_store;
    const ColumnDescriptor *m_primary = nullptr;
    const ColumnDescriptor *m_secondary = nullptr;
    Qt::SortOrder m_primaryOrder = Qt::AscendingOrder;
    Qt::SortOrder m_secondaryOrder = Qt::AscendingOrder;
};
