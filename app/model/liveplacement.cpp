#include "liveplacement.h"

#include "viewrowcomparator.h"

#include <algorithm>

namespace {

// Changed rows that still sit in order stay where they are. Rows next to each other may all
// have changed (a class finishing together), so each run of adjacent changed rows is checked
// as a whole against the unchanged rows around it; a run out of order is placed again.
// `changedPositions` ascending; returns the positions that stay, ascending.
std::vector<int> positionsInOrder(const std::vector<qint32> &visible, const std::vector<int> &changedPositions,
                                  const ViewRowComparator &order)
{
    std::vector<int> stays;
    std::size_t first = 0;
    while (first < changedPositions.size()) {
        std::size_t last = first;
        while (last + 1 < changedPositions.size() && changedPositions[last + 1] == changedPositions[last] + 1)
            ++last;
        const std::size_t from = std::size_t(std::max(changedPositions[first] - 1, 0));
        const std::size_t to = std::min(std::size_t(changedPositions[last]) + 1, visible.size() - 1);
        bool sorted = true;
        for (std::size_t i = from; sorted && i < to; ++i)
            sorted = order.less(visible[i], visible[i + 1]);
        if (sorted)
            stays.insert(stays.end(), changedPositions.begin() + qsizetype(first), changedPositions.begin() + qsizetype(last) + 1);
        first = last + 1;
    }
    return stays;
}

} // namespace

LivePlacement LivePlacement::plan(const std::vector<qint32> &visible, const std::function<int(qint32)> &positionOf,
                                  const std::vector<qint32> &changed, const std::vector<qint32> &added,
                                  const std::function<bool(qint32)> &passesFilter, const ViewRowComparator &order)
{
    LivePlacement plan;
    std::vector<qint32> placing;
    std::vector<int> changedPositions;
    for (const qint32 row : changed) {
        const int position = positionOf(row);
        if (position >= 0)
            changedPositions.push_back(position);
    }
    std::sort(changedPositions.begin(), changedPositions.end());
    changedPositions.erase(std::unique(changedPositions.begin(), changedPositions.end()), changedPositions.end());
    const std::vector<int> stays = positionsInOrder(visible, changedPositions, order);
    for (const qint32 row : changed) {
        const int position = positionOf(row);
        const bool passes = passesFilter(row);
        if (position < 0) {
            if (passes)
                placing.push_back(row);
        } else if (!passes) {
            plan.m_leaving.push_back(position);
        } else if (std::binary_search(stays.begin(), stays.end(), position)) {
            plan.m_refreshed.push_back(position);
        } else {
            plan.m_leaving.push_back(position);
            placing.push_back(row);
            plan.m_moves = true;
        }
    }
    for (const qint32 row : added) {
        if (passesFilter(row))
            placing.push_back(row);
    }
    std::sort(plan.m_leaving.begin(), plan.m_leaving.end());
    plan.m_leaving.erase(std::unique(plan.m_leaving.begin(), plan.m_leaving.end()), plan.m_leaving.end());
    if (placing.empty())
        return plan;

    // Search the rows that stay. Without leavers that is `visible` itself (no copy).
    std::vector<qint32> remaining;
    if (!plan.m_leaving.empty()) {
        remaining.reserve(visible.size() - plan.m_leaving.size());
        std::size_t next = 0;
        for (std::size_t i = 0; i < visible.size(); ++i) {
            if (next < plan.m_leaving.size() && std::size_t(plan.m_leaving[next]) == i)
                ++next;
            else
                remaining.push_back(visible[i]);
        }
    }
    const std::vector<qint32> &staying = plan.m_leaving.empty() ? visible : remaining;
    const auto less = [&order](qint32 a, qint32 b) { return order.less(a, b); };
    std::sort(placing.begin(), placing.end(), less);
    placing.erase(std::unique(placing.begin(), placing.end()), placing.end());
    plan.m_entering.reserve(placing.size());
    for (const qint32 row : placing) {
        const auto at = std::upper_bound(staying.begin(), staying.end(), row, less);
        plan.m_entering.emplace_back(int(at - staying.begin()), row);
    }
    return plan;
}

int LivePlacement::enteringBlocks() const
{
    int blocks = 0;
    for (std::size_t i = 0; i < m_entering.size(); ++i) {
        if (i == 0 || m_entering[i].first != m_entering[i - 1].first)
            ++blocks;
    }
    return blocks;
}

std::vector<qint32> LivePlacement::arranged(const std::vector<qint32> &visible) const
{
    std::vector<qint32> rows;
    rows.reserve(visible.size() - m_leaving.size() + m_entering.size());
    std::size_t next = 0;    // into m_leaving
    std::size_t entered = 0; // into m_entering
    int kept = 0;            // rows of the remaining view written so far
    for (std::size_t i = 0; i <= visible.size(); ++i) {
        while (entered < m_entering.size() && m_entering[entered].first == kept)
            rows.push_back(m_entering[entered++].second);
        if (i == visible.size())
            break;
        if (next < m_leaving.size() && std::size_t(m_leaving[next]) == i) {
            ++next;
            continue;
        }
        rows.push_back(visible[i]);
        ++kept;
    }
    return rows;
}
