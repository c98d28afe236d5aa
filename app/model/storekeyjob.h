#pragma once

#include "sessionstore.h"

#include <functional>
#include <vector>

// A RowKeyJob made of a function that owns its inputs: the copies a store took on the GUI
// thread and a share of its append-only pools (which also keeps them alive when the store
// is cleared or destroyed while the job runs).
class StoreKeyJob final : public RowKeyJob
{
public:
    using Compute = std::function<std::vector<quint64>()>;

    StoreKeyJob(qsizetype rowCount, Compute compute)
        : m_rowCount(rowCount)
        , m_compute(std::move(compute))
    {}

    qsizetype rowCount() const override { return m_rowCount; }
    std::vector<quint64> run() const override { return m_compute(); }

private:
    qsizetype m_rowCount;
    Compute m_compute;
};
