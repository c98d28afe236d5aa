#pragma once

#include <QtGlobal>

#include <functional>
#include <utility>
#include <vector>

class ViewRowComparator;

// Where the rows a live poll touched belong in the current view, worked out without a new
// sort: rows that stay in place are only refreshed, rows that no longer pass the filter
// leave, and new rows (and rows whose sort value changed) go where the order puts them, by
// binary search in the rows already shown. O(k log n) comparisons plus, only when rows
// leave or move, one O(n) copy.
class LivePlacement final
{
public:
    // `visible`: store rows in view order, sorted as `order` sorts; `positionOf`: where a
    // changed row was shown before it changed (-1: not shown); `changed`/`added`: store rows
    // the poll updated or added.
    static LivePlacement plan(const std::vector<qint32> &visible, const std::function<int(qint32)> &positionOf,
                              const std::vector<qint32> &changed, const std::vector<qint32> &added,
                              const std::function<bool(qint32)> &passesFilter, const ViewRowComparator &order);

    // View rows (before any change) whose data changed but which stay where they are.
    const std::vector<int> &refreshed() const { return m_refreshed; }
    // View rows (before any change) that go, ascending: filtered out now, or moving.
    const std::vector<int> &leaving() const { return m_leaving; }
    // (point, store row): inserted before the point-th row of the view once the leaving rows
    // are gone; ascending by point, rows sharing a point in their order.
    const std::vector<std::pair<int, qint32>> &entering() const { return m_entering; }
    // A row shown before is shown again elsewhere: only a layout change keeps its selection.
    bool hasMoves() const { return m_moves; }
    // Contiguous blocks of entering rows (each one beginInsertRows).
    int enteringBlocks() const;
    bool isEmpty() const { return m_leaving.empty() && m_entering.empty(); }

    // The whole new view order.
    std::vector<qint32> arranged(const std::vector<qint32> &visible) const;

private:
    std::vector<int> m_refreshed;
    std::vector<int> m_leaving;
    std::vector<std::pair<int, qint32>> m_entering;
    bool m_moves = false;
};
