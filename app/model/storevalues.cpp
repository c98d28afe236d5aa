#include "storevalues.h"

#include <algorithm>

namespace storevalues {

void matchGroups(std::vector<quint8> &rows, const std::vector<quint32> &rowGroups, quint32 groupCount,
                 const std::function<bool(quint32)> &matchGroup)
{
    enum : quint8 { Unknown, No, Yes };
    std::vector<quint8> state(groupCount, Unknown);
    rows.resize(std::max(rows.size(), rowGroups.size()), 0);
    for (std::size_t row = 0; row < rowGroups.size(); ++row) {
        quint8 &s = state[rowGroups[row]];
        if (s == Unknown)
            s = matchGroup(rowGroups[row]) ? Yes : No;
        rows[row] |= quint8(s == Yes);
    }
}

} // namespace storevalues
