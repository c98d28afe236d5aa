#pragma once

#include "storechunks.h"
#include "storehashtable.h"

#include <QHashFunctions>

#include <cstring>
#include <type_traits>
#include <vector>

// Groups of fields that repeat from row to row (a pupil, a test, a workflow, a device),
// stored once and referenced by a dense 32-bit index. T is a plain struct of string
// indices and numbers without padding, so that its bytes are its identity.
//
// A tuple is never rewritten: a pupil whose name changes becomes a new tuple and the old one
// stays (rare, and bounded by the number of changes). That is what lets a job read tuples on
// a worker while the GUI thread interns new ones (StoreChunks).
template<typename T>
class StoreTuplePool final
{
    static_assert(std::has_unique_object_representations_v<T>, "T must have no padding");

public:
    StoreTuplePool() = default;
    StoreTuplePool(const StoreTuplePool &) = delete;
    StoreTuplePool &operator=(const StoreTuplePool &) = delete;

    // GUI thread only.
    quint32 intern(const T &tuple)
    {
        const std::size_t h = qHashBits(&tuple, sizeof(T), 0);
        const quint32 hash = quint32(h) ^ quint32(quint64(h) >> 32);
        const quint64 found = m_table.find(hash, [&](quint64 slot) {
            return quint32(slot >> 32) == hash && std::memcmp(&m_items[quint32(slot) - 1], &tuple, sizeof(T)) == 0;
        });
        if (found)
            return quint32(found) - 1;
        const auto index = quint32(m_items.push(tuple));
        m_table.insert(hash, quint64(hash) << 32 | (quint64(index) + 1),
                       [](quint64 slot) { return std::size_t(quint32(slot >> 32)); });
        return index;
    }
    quint32 count() const { return quint32(m_items.size()); }

    // Any thread, for indices published before the reader got them.
    const T &operator[](quint32 index) const { return m_items[index]; }

    std::size_t bytesUsed() const { return m_items.bytesUsed() + m_table.bytesUsed(); }

private:
    StoreChunks<T, 10, 16384> m_items; // up to 16M distinct tuples
    // Dedupe: (32-bit hash << 32) | (index + 1).
    StoreHashTable<quint64> m_table;
};
