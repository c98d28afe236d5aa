#include "liveplacement.h"

#include "viewrowcomparator.h"

#include <algorithm>

namespace {

// A changed row may stay only between two rows that did not change and that still bracket
// it; next to another changed row nothing can be trusted, so both are placed again.
bool staysInPlace(const std::vector<qint32> &visible, int position, const std::vector<quint8> &changedAt,
                  const ViewRowComparator &order)
{
    const std::size_t at = std::size_t(position);
    const qint32 row = visible[at];
    if (at > 0 && (changedAt[at - 1] || !order.less(visible[at - 1], row)))
        return false;
    return at + 1 >= visible.size() || (!changedAt[at + 1] && order.less(row, visible[at + 1]));
}

} // namespace

LivePlacement LivePlacement::plan(const std::vector<qint32> &visible, const std::vector<qint32> &positions,
                                  const std::vector<qint32> &changed, const std::vector<qint32> &added,
                                  const std::function<bool(qint32)> &passesFilter, const ViewRowComparator &order)
{
    LivePlacement plan;
    std::vector<qint32> placing;
    std::vector<quint8> changedAt; // by view row; only built when a shown row changed
    for (const qint32 row : changed) {
        const int position = std::size_t(row) < positions.size() ? positions[std::size_t(row)] : -1;
        if (position >= 0) {
            changedAt.resize(visible.size(), 0);
            changedAt[std::size_t(position)] = 1;
        }
    }
    for (const qint32 row : changed) {
        const int position = std::size_t(row) < positions.size() ? positions[std::size_t(row)] : -1;
        const bool passes = passesFilter(row);
        if (position < 0) {
            if (passes)
                placing.push_back(row);
        } else if (!passes) {
            plan.m_leaving.push_back(position);
        } else if (staysInPlace(visible, position, changedAt, order)) {
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
