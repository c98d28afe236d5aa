#pragma once

#include "storechunks.h"

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
        if ((m_slotsUsed + 1) * 4 > m_slots.size() * 3)
            grow();
        const std::size_t h = qHashBits(&tuple, sizeof(T), 0);
        const quint32 hash = quint32(h) ^ quint32(quint64(h) >> 32);
        const std::size_t mask = m_slots.size() - 1;
        std::size_t at = hash & mask;
        for (; m_slots[at]; at = (at + 1) & mask) {
            const quint64 slot = m_slots[at];
            const quint32 index = quint32(slot) - 1;
            if (quint32(slot >> 32) == hash && std::memcmp(&m_items[index], &tuple, sizeof(T)) == 0)
                return index;
        }
        const auto index = quint32(m_items.push(tuple));
        m_slots[at] = quint64(hash) << 32 | (quint64(index) + 1);
        ++m_slotsUsed;
        return index;
    }
    quint32 count() const { return quint32(m_items.size()); }

    // Any thread, for indices published before the reader got them.
    const T &operator[](quint32 index) const { return m_items[index]; }

    std::size_t bytesUsed() const { return m_items.bytesUsed() + m_slots.capacity() * sizeof(quint64); }

private:
    void grow()
    {
        const std::size_t size = m_slots.empty() ? 256 : m_slots.size() * 2;
        std::vector<quint64> table(size, 0);
        const std::size_t mask = size - 1;
        for (const quint64 slot : m_slots) {
            if (!slot)
                continue;
            std::size_t at = quint32(slot >> 32) & mask;
            while (table[at])
                at = (at + 1) & mask;
            table[at] = slot;
        }
        m_slots = std::move(table);
    }

    StoreChunks<T, 10, 16384> m_items; // up to 16M distinct tuples
    // Open addressing: (32-bit hash << 32) | (index + 1); 0 is a free slot.
    std::vector<quint64> m_slots;
    std::size_t m_slotsUsed = 0;
};
