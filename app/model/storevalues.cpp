#include "storevalues.h"

#include <algorithm>

namespace storevalues {

void matchGroups(std::vector<quint8> &rows, const std::vector<quint32> &rowGroups, quint32 groupCount,
                 const std::function<bool(quint32)> &matchGroup)
{
    enum : quint8 { Unused, No, Yes };
    std::vector<quint8> state(groupCount, Unused);
    for (const quint32 g : rowGroups)
        state[g] = No;
    // Groups in index order, not row order: a pool's tuples and their strings were appended
    // together, so this walks memory forwards instead of jumping around it per row.
    for (quint32 g = 0; g < groupCount; ++g) {
        if (state[g] != Unused && matchGroup(g))
            state[g] = Yes;
    }
    rows.resize(std::max(rows.size(), rowGroups.size()), 0);
    for (std::size_t row = 0; row < rowGroups.size(); ++row)
        rows[row] |= quint8(state[rowGroups[row]] == Yes);
}

} // namespace storevalues
