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
    const quint32 slot = m_table.find(hashOf(id), [&](quint32 s) { return ids[s - 1] == id; });
    return qsizetype(slot) - 1;
}

void StoreIdIndex::insert(quint32 row, const StoreIdColumn &ids)
{
    m_table.insert(hashOf(ids[row]), row + 1, [&ids](quint32 s) { return hashOf(ids[s - 1]); });
}
