#pragma once

#include "storeidcolumn.h"

#include "domain/timestamps.h"

#include <QString>
#include <QVariant>
#include <QtGlobal>

#include <functional>
#include <vector>

class StoreStringPool;

// The sort keys of sessionstore.h (RowKeyJob::run): one quint64 per row whose unsigned order
// is the column's ascending order, empty values first (key 0). These run on a worker, over
// the copies a job took and the store's append-only pools only.
namespace storekeys {

// A signed number in unsigned order; kNoTime, the smallest qint64, becomes 0.
constexpr quint64 numberKey(qint64 value)
{
    return quint64(value) ^ (quint64(1) << 63);
}
static_assert(numberKey(kNoTime) == 0);

// What the "held for" / "run time" columns show: whole seconds from start to end, kNoTime
// while either end is missing. Computed without signed overflow on absurd input.
constexpr qint64 elapsedSeconds(qint64 startedMs, qint64 endedMs)
{
    if (startedMs == kNoTime || endedMs == kNoTime)
        return kNoTime;
    return qint64(quint64(endedMs) - quint64(startedMs)) / 1000;
}

std::vector<quint64> numberKeys(const std::vector<qint64> &values);
std::vector<quint64> elapsedKeys(const std::vector<qint64> &startedMs, const std::vector<qint64> &endedMs);
std::vector<quint64> smallKeys(const std::vector<quint8> &values);

// Rows that reference groups (pupils, tests, devices, or strings themselves): each group
// used by some row is evaluated once, then each row takes its group's key.
std::vector<quint64> groupKeys(const std::vector<quint32> &rowGroups, quint32 groupCount,
                               const std::function<quint64(quint32 group)> &keyOfGroup);
// The same for a text field of the group held in `strings`: the distinct strings are ranked.
std::vector<quint64> groupStringKeys(const std::vector<quint32> &rowGroups, quint32 groupCount,
                                     const std::function<quint32(quint32 group)> &stringOfGroup,
                                     const StoreStringPool &strings, quint32 stringCount);
// The same for a text the group's fields make (gender wording, a joined list).
std::vector<quint64> groupTextKeys(const std::vector<quint32> &rowGroups, quint32 groupCount,
                                   const std::function<QString(quint32 group)> &textOfGroup);

// Id-like texts (StoreId): UUIDs and numbers sorted as 128-bit integers in their text order,
// other texts ranked, and the runs merged by text.
std::vector<quint64> idKeys(const StoreIdColumn::Copy &ids, const StoreStringPool &strings);

// The slow way for a column the store does not know: null first, then numbers, then texts.
std::vector<quint64> variantKeys(const std::vector<QVariant> &values);

} // namespace storekeys
