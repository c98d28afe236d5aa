#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>

// Open addressing with linear probing over plain slots (0 is a free slot), whose growth is
// spread over the inserts that follow it. Rehashing a million ids at once takes ~50 ms, a
// visible stall inside the one page that happens to cross the threshold; here the bigger
// table starts empty and each insert moves a few slots of the old one across, while lookups
// look in both. GUI thread only.
//
// The caller owns the meaning of a slot: find() takes a predicate, and insert() a function
// giving back the hash of any held slot (to move it).
//
// Tables come from calloc: a large one is fresh zeroed pages from the kernel, so a growth
// neither writes 16 MB of zeros nor takes all its page faults at once (~40 ms here); the
// faults come one by one as slots are first written.
template<typename Slot>
class StoreHashTable final
{
public:
    template<typename Matches>
    Slot find(std::size_t hash, Matches matches) const
    {
        if (const Slot s = findIn(m_table, hash, matches))
            return s;
        return m_old.size == 0 ? Slot(0) : findIn(m_old, hash, matches);
    }

    // `slot` must not be held yet.
    template<typename HashOf>
    void insert(std::size_t hash, Slot slot, HashOf hashOf)
    {
        if ((m_used + 1) * 4 > m_table.size * 3)
            grow(hashOf);
        place(m_table, hash, slot);
        ++m_used;
        moveSome(hashOf, kMovesPerInsert);
    }

    void clear()
    {
        m_table = Slots();
        m_old = Slots();
        m_moved = 0;
        m_used = 0;
    }

    std::size_t bytesUsed() const { return (m_table.size + m_old.size) * sizeof(Slot); }

private:
    struct FreeDeleter
    {
        void operator()(Slot *p) const { std::free(p); }
    };
    struct Slots
    {
        std::unique_ptr<Slot[], FreeDeleter> data;
        std::size_t size = 0;

        Slots() = default;
        explicit Slots(std::size_t count)
            : data(static_cast<Slot *>(std::calloc(count, sizeof(Slot))))
            , size(count)
        {
            if (!data)
                throw std::bad_alloc();
        }
        Slot &operator[](std::size_t i) { return data[i]; }
        const Slot &operator[](std::size_t i) const { return data[i]; }
    };

    // The old table (n slots) is empty after n/32 inserts, long before the new one (2n slots)
    // reaches its own threshold 3n/4 inserts later, and soon enough that the two tables are
    // rarely held together for long. Each insert pays ~1 us more while it lasts.
    static constexpr std::size_t kMovesPerInsert = 32;

    template<typename Matches>
    static Slot findIn(const Slots &table, std::size_t hash, Matches matches)
    {
        if (table.size == 0)
            return 0;
        const std::size_t mask = table.size - 1;
        for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
            const Slot s = table[at];
            if (!s || matches(s))
                return s;
        }
    }

    static void place(Slots &table, std::size_t hash, Slot slot)
    {
        const std::size_t mask = table.size - 1;
        std::size_t at = hash & mask;
        while (table[at])
            at = (at + 1) & mask;
        table[at] = slot;
    }

    template<typename HashOf>
    void grow(HashOf hashOf)
    {
        moveSome(hashOf, m_old.size); // a growth still under way ends first
        m_old = std::move(m_table);
        m_moved = 0;
        m_table = Slots(std::max<std::size_t>(m_old.size * 2, 1024));
    }

    // Slots moved stay in the old table too: a lookup that reaches the old table still finds
    // everything not yet moved, and nothing is ever removed from it, so its probe chains hold.
    template<typename HashOf>
    void moveSome(HashOf hashOf, std::size_t count)
    {
        for (; count > 0 && m_moved < m_old.size; ++m_moved) {
            if (const Slot s = m_old[m_moved]) {
                place(m_table, hashOf(s), s);
                --count;
            }
        }
        if (m_old.size != 0 && m_moved == m_old.size)
            m_old = Slots();
    }

    Slots m_table;
    Slots m_old; // being moved into m_table; slots before m_moved are there already
    std::size_t m_moved = 0;
    std::size_t m_used = 0;
};
