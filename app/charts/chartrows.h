#pragma once

#include <QtGlobal>

#include <vector>

// The store rows a ChartFactsJob counts: the table's visible rows (a copy), or, when the
// table shows every loaded row, simply [0, count) without copying a million indexes (the
// charts do not care about order).
class ChartRows final
{
public:
    static ChartRows all(qsizetype count) { return ChartRows(count, {}); }
    static ChartRows listed(std::vector<qint32> rows)
    {
        const auto count = qsizetype(rows.size());
        return ChartRows(count, std::move(rows), true);
    }

    qsizetype count() const { return m_count; }

    template<typename Visit>
    void forEach(Visit &&visit) const
    {
        if (!m_listed) {
            for (qsizetype row = 0; row < m_count; ++row)
                visit(std::size_t(row));
        } else {
            for (qint32 row : m_rows)
                visit(std::size_t(row));
        }
    }

private:
    ChartRows(qsizetype count, std::vector<qint32> rows, bool listed = false)
        : m_count(count)
        , m_rows(std::move(rows))
        , m_listed(listed)
    {}

    qsizetype m_count = 0;
    std::vector<qint32> m_rows;
    bool m_listed = false;
};
