#pragma once

#include "vieworderspec.h"

#include <memory>
#include <vector>

// Visible row -> store row, and its inverse over the rows a job covered (-1: not shown).
struct ViewOrder
{
    std::vector<qint32> rows;
    std::vector<qint32> positions;

    // Arrival order, every row shown.
    static ViewOrder identity(qsizetype rowCount);
    // Fills `positions` from `rows` for `rowCount` store rows.
    void index(qsizetype rowCount);
};

class RowKeyJob;
class RowMatchJob;
class RowValuesJob;
class SessionStore;

// Computes the visible order of the loaded rows (filter, then sort) as a permutation of
// store rows. Made on the GUI thread from the store (cheap copies only), run on a worker:
// QSortFilterProxyModel takes seconds at a million rows, a scan over extracted keys takes
// tens of milliseconds (DESIGN.md section 4).
class ViewOrderJob final
{
public:
    ViewOrderJob(const SessionStore &store, const ViewOrderSpec &spec);
    ~ViewOrderJob();
    ViewOrderJob(const ViewOrderJob &) = delete;
    ViewOrderJob &operator=(const ViewOrderJob &) = delete;

    // Rows [0, rowCount()) are covered; later rows are the caller's to place.
    qsizetype rowCount() const { return m_rowCount; }
    ViewOrder run() const;

private:
    std::vector<qint32> filteredRows() const;
    std::vector<quint8> chartFilterMatches() const;
    std::vector<qint32> sorted(std::vector<qint32> rows) const;

    ViewOrderSpec m_spec;
    qsizetype m_rowCount = 0;
    std::vector<quint8> m_statuses; // copied: live updates rewrite them while run() works
    std::unique_ptr<RowMatchJob> m_match;
    std::unique_ptr<RowKeyJob> m_primary;
    std::unique_ptr<RowKeyJob> m_secondary;
    // One values job per chart filter term, in ViewOrderSpec::chartFilter's order.
    std::vector<std::unique_ptr<RowValuesJob>> m_chartValues;
};
