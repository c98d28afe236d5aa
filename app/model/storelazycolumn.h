#pragma once

#include "storecolumn.h"

#include <cstddef>

// A per-row field that is nearly always `absent` (a value the row can derive from its other
// fields, such as Mobile Next's createdAt text, which is almost always the RFC 3339 form of
// the start time). It costs nothing until the first row holds something else; from then on
// it is a plain StoreColumn. GUI thread only, and never read by a job.
template<typename T>
class StoreLazyColumn final
{
public:
    explicit StoreLazyColumn(T absent = T{})
        : m_absent(absent)
    {}

    std::size_t size() const { return m_size; }

    void push(const T &value)
    {
        if (!m_materialized && value != m_absent) {
            materialize();
        }
        if (m_materialized)
            m_values.push(value);
        ++m_size;
    }

    void set(std::size_t row, const T &value)
    {
        if (!m_materialized && value != m_absent)
            materialize();
        if (m_materialized)
            m_values[row] = value;
    }

    T operator[](std::size_t row) const { return m_materialized ? m_values[row] : m_absent; }

    void clear()
    {
        m_values.clear();
        m_materialized = false;
        m_size = 0;
    }

    std::size_t bytesUsed() const { return m_values.bytesUsed(); }

private:
    void materialize()
    {
        for (std::size_t row = 0; row < m_size; ++row)
            m_values.push(m_absent);
        m_materialized = true;
    }

    T m_absent;
    StoreColumn<T> m_values;
    std::size_t m_size = 0;
    bool m_materialized = false;
};
