#pragma once

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
    void clear();
    std::size_t bytesUsed() const { return m_slots.capacity() * sizeof(quint32); }

private:
    static std::size_t hashOf(const StoreId &id);
    void grow(const StoreIdColumn &ids);

    std::vector<quint32> m_slots; // row + 1; 0 is a free slot
    std::size_t m_used = 0;
};
