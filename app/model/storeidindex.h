#pragma once

#include "storehashtable.h"
#include "storeid.h"

#include <QtGlobal>

#include <cstddef>
#include <vector>

class StoreIdColumn;

// id -> row in O(1): open addressing over row numbers, 4 bytes a slot, the ids themselves
// read from the StoreIdColumn (a QHash<QString, int> costs ~80-100 bytes a row).
// GUI thread only.
class StoreIdIndex final
{
public:
    qsizetype find(const StoreId &id, const StoreIdColumn &ids) const; // -1 when absent
    // `row` must hold `id` in `ids` already, and no other row may hold it.
    void insert(quint32 row, const StoreIdColumn &ids);
    void clear() { m_table.clear(); }
    std::size_t bytesUsed() const { return m_table.bytesUsed(); }

private:
    static std::size_t hashOf(const StoreId &id);

    StoreHashTable<quint32> m_table; // row + 1
};
