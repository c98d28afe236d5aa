#include "vieworderjob.h"

#include "sessionstore.h"

#include <algorithm>

ViewOrder ViewOrder::identity(qsizetype rowCount)
{
    ViewOrder order;
    order.rows.resize(std::size_t(rowCount));
    for (std::size_t row = 0; row < order.rows.size(); ++row)
        order.rows[row] = qint32(row);
    order.positions = order.rows;
    return order;
}

void ViewOrder::index(qsizetype rowCount)
{
    positions.assign(std::size_t(rowCount), -1);
    for (std::size_t i = 0; i < rows.size(); ++i)
        positions[std::size_t(rows[i])] = qint32(i);
}

ViewOrderJob::ViewOrderJob(const SessionStore &store, const ViewOrderSpec &spec)
    : m_spec(spec)
    , m_rowCount(store.size())
{
    const ColumnList &columns = store.columns();
    const auto columnAt = [&](int index) -> const ColumnDescriptor * {
        return index >= 0 && std::size_t(index) < columns.size() ? &columns[std::size_t(index)] : nullptr;
    };
    if ((spec.statusMask & ViewOrderSpec::kAllStatuses) != ViewOrderSpec::kAllStatuses) {
        m_statuses.resize(std::size_t(m_rowCount));
        for (qsizetype row = 0; row < m_rowCount; ++row)
            m_statuses[std::size_t(row)] = quint8(store.status(row));
    }
    if (!spec.searchText.isEmpty())
        m_match = store.textSearch(spec.searchText);
    for (const ChartFilterTerm &term : spec.chartFilter) {
        const ColumnDescriptor *column = columnAt(term.column);
        m_chartValues.push_back(column ? store.columnValues(*column) : nullptr);
    }
    if (const ColumnDescriptor *primary = columnAt(spec.sortColumn)) {
        m_primary = store.sortKeys(*primary);
        const ColumnDescriptor *secondary = columnAt(spec.secondaryColumn);
        if (secondary && secondary != primary)
            m_secondary = store.sortKeys(*secondary);
    }
}

ViewOrderJob::~ViewOrderJob() = default;

std::vector<qint32> ViewOrderJob::filteredRows() const
{
    std::vector<quint8> matches;
    if (m_match)
        matches = m_match->run();
    const std::vector<quint8> charted = chartFilterMatches();
    std::vector<qint32> rows;
    rows.reserve(std::size_t(m_rowCount));
    for (qsizetype row = 0; row < m_rowCount; ++row) {
        const auto r = std::size_t(row);
        if (!m_statuses.empty() && !(m_spec.statusMask & (1u << m_statuses[r])))
            continue;
        // A job made before a page arrived covers fewer rows: treat the rest as not matching
        // rather than reading past its answer (the caller places later rows itself).
        if (m_match && (r >= matches.size() || !matches[r]))
            continue;
        if (!charted.empty() && !charted[r])
            continue;
        rows.push_back(qint32(row));
    }
    return rows;
}

// 1 for each row every chart filter term holds for; empty when there is no chart filter.
std::vector<quint8> ViewOrderJob::chartFilterMatches() const
{
    if (m_chartValues.empty())
        return {};
    std::vector<quint8> matches(std::size_t(m_rowCount), 1);
    for (std::size_t t = 0; t < m_chartValues.size(); ++t) {
        const ChartFilterTerm &term = m_spec.chartFilter[qsizetype(t)];
        if (!m_chartValues[t]) {
            matches.assign(matches.size(), 0); // a column this store does not have: no row
            break;
        }
        const RowColumnValues values = m_chartValues[t]->run();
        if (term.range) {
            for (std::size_t r = 0; r < matches.size(); ++r) {
                const qint64 v = r < values.numbers.size() ? values.numbers[r] : kNoTime;
                if (v == kNoTime || v < term.from || v >= term.to)
                    matches[r] = 0;
            }
            continue;
        }
        const qsizetype code = values.labels.indexOf(term.text);
        for (std::size_t r = 0; r < matches.size(); ++r) {
            if (code < 0 || r >= values.codes.size() || values.codes[r] != quint32(code))
                matches[r] = 0;
        }
    }
    return matches;
}

namespace {

// Descending order flips the key, so one comparison serves both directions and ties still
// fall back to arrival order (a stable sort without std::stable_sort's extra buffer).
quint64 directed(quint64 key, Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? key : ~key;
}

} // namespace

ViewOrder ViewOrderJob::run() const
{
    ViewOrder order;
    order.rows = sorted(filteredRows());
    // The inverse is built here too: at a million rows it is milliseconds the GUI thread
    // would otherwise spend before it can apply the order.
    order.index(m_rowCount);
    return order;
}

std::vector<qint32> ViewOrderJob::sorted(std::vector<qint32> rows) const
{
    if (!m_primary)
        return rows;

    const std::vector<quint64> primary = m_primary->run();
    const auto keyOf = [](const std::vector<quint64> &keys, qint32 row) {
        return std::size_t(row) < keys.size() ? keys[std::size_t(row)] : 0;
    };
    if (!m_secondary) {
        struct Entry
        {
            quint64 key;
            qint32 row;
            bool operator<(const Entry &o) const { return key != o.key ? key < o.key : row < o.row; }
        };
        std::vector<Entry> entries;
        entries.reserve(rows.size());
        for (qint32 row : rows)
            entries.push_back({directed(keyOf(primary, row), m_spec.sortOrder), row});
        std::sort(entries.begin(), entries.end());
        for (std::size_t i = 0; i < entries.size(); ++i)
            rows[i] = entries[i].row;
        return rows;
    }

    const std::vector<quint64> secondary = m_secondary->run();
    struct Entry
    {
        quint64 key;
        quint64 tie;
        qint32 row;
        bool operator<(const Entry &o) const
        {
            if (key != o.key)
                return key < o.key;
            return tie != o.tie ? tie < o.tie : row < o.row;
        }
    };
    std::vector<Entry> entries;
    entries.reserve(rows.size());
    for (qint32 row : rows)
        entries.push_back({directed(keyOf(primary, row), m_spec.sortOrder),
                           directed(keyOf(secondary, row), m_spec.secondaryOrder), row});
    std::sort(entries.begin(), entries.end());
    for (std::size_t i = 0; i < entries.size(); ++i)
        rows[i] = entries[i].row;
    return rows;
}
