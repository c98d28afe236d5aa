#pragma once

#include "sessionstore.h"

#include <functional>

// A RowValuesJob made of a function that owns its inputs (see StoreKeyJob).
class StoreValuesJob final : public RowValuesJob
{
public:
    using Compute = std::function<RowColumnValues()>;

    StoreValuesJob(qsizetype rowCount, Compute compute)
        : m_rowCount(rowCount)
        , m_compute(std::move(compute))
    {}

    qsizetype rowCount() const override { return m_rowCount; }
    RowColumnValues run() const override { return m_compute(); }

private:
    qsizetype m_rowCount;
    Compute m_compute;
};
