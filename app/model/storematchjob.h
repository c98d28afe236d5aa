#pragma once

#include "sessionstore.h"

#include <functional>
#include <vector>

// A RowMatchJob made of a function that owns its inputs (see StoreKeyJob).
class StoreMatchJob final : public RowMatchJob
{
public:
    using Compute = std::function<std::vector<quint8>()>;

    StoreMatchJob(qsizetype rowCount, Compute compute)
        : m_rowCount(rowCount)
        , m_compute(std::move(compute))
    {}

    qsizetype rowCount() const override { return m_rowCount; }
    std::vector<quint8> run() const override { return m_compute(); }

private:
    qsizetype m_rowCount;
    Compute m_compute;
};
