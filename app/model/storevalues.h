#pragma once

#include "storestringpool.h"

#include "domain/timestamps.h"

#include <QVariant>

#include <functional>
#include <vector>

// Raw values as the column descriptors make them (columnfactory.h): a null QVariant for an
// empty text or a missing time, so that value() equals rawValue() type for type.
namespace storevalues {

inline QVariant text(const StoreStringPool &strings, quint32 ref)
{
    return ref == StoreStringPool::kEmpty ? QVariant() : QVariant(strings.text(ref));
}

inline QVariant time(qint64 ms)
{
    return ms == kNoTime ? QVariant() : QVariant(ms);
}

// The quick search over rows that reference groups: each group some row uses is tested once
// (200,000 pupils, not a million rows), then each row takes its group's answer. ORed into
// `rows`, so several group columns add up.
void matchGroups(std::vector<quint8> &rows, const std::vector<quint32> &rowGroups, quint32 groupCount,
                 const std::function<bool(quint32 group)> &matchGroup);

} // namespace storevalues
