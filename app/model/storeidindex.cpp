#include "storeidindex.h"

#include "storeidcolumn.h"

std::size_t StoreIdIndex::hashOf(const StoreId &id)
{
    // A 64-bit finaliser (splitmix64): UUIDs are random already, but numbers are sequential
    // and linear probing needs their low bits spread.
    quint64 x = id.hi * 0x9e3779b97f4a7c15ull ^ id.lo ^ (quint64(id.kind) << 61);
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return std::size_t(x);
}

qsizetype StoreIdIndex::find(const StoreId &id, const StoreIdColumn &ids) const
{
    if (m_slots.empty())
        return -1;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t at = hashOf(id) & mask;; at = (at + 1) & mask) {
        const quint32 slot = m_slots[at];
        if (!slot)
            return -1;
        if (ids[slot - 1] == id)
            return qsizetype(slot - 1);
    }
}

void StoreIdIndex::insert(quint32 row, const StoreIdColumn &ids)
{
    if ((m_used + 1) * 4 > m_slots.size() * 3)
        grow(ids);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t at = hashOf(ids[row]) & mask;
    while (m_slots[at])
        at = (at + 1) & mask;
    m_slots[at] = row + 1;
    ++m_used;
}

void StoreIdIndex::grow(const StoreIdColumn &ids)
{
    const std::size_t size = m_slots.empty() ? 1024 : m_slots.size() * 2;
    std::vector<quint32> table(size, 0);
    const std::size_t mask = size - 1;
    for (const quint32 slot : m_slots) {
        if (!slot)
            continue;
        std::size_t at = hashOf(ids[slot - 1]) & mask;
        while (table[at])
            at = (at + 1) & mask;
        table[at] = slot;
    }
    m_slots = std::move(table);
}

void StoreIdIndex::clear()
{
    m_slots = {};
    m_used = 0;
}
