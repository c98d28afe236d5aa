#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <type_traits>
#include <vector>

// One per-row field of a store, in fixed-size chunks. GUI thread only: live updates rewrite
// these values in place, so a job copies what it needs (copyPrefix) when it is made.
//
// Why chunks rather than one std::vector: a vector doubling at a million rows copies tens
// of MB inside one upsert (a visible hitch while a page arrives) and may hold twice the
// memory it needs; chunks grow by a fixed step and never move.
template<typename T>
class StoreColumn final
{
    static_assert(std::is_trivially_copyable_v<T>);

public:
    static constexpr int kChunkBits = 14;
    static constexpr std::size_t kChunkSize = std::size_t(1) << kChunkBits;

    StoreColumn() = default;
    StoreColumn(const StoreColumn &) = delete;
    StoreColumn &operator=(const StoreColumn &) = delete;

    std::size_t size() const { return m_size; }

    void push(const T &value)
    {
        const std::size_t slot = m_size & (kChunkSize - 1);
        if (slot == 0)
            m_chunks.push_back(std::make_unique_for_overwrite<T[]>(kChunkSize));
        m_chunks.back()[slot] = value;
        ++m_size;
    }

    const T &operator[](std::size_t row) const { return m_chunks[row >> kChunkBits][row & (kChunkSize - 1)]; }
    T &operator[](std::size_t row) { return m_chunks[row >> kChunkBits][row & (kChunkSize - 1)]; }

    // The first `count` values as one plain vector: what a job takes with it to a worker.
    std::vector<T> copyPrefix(std::size_t count) const
    {
        count = std::min(count, m_size);
        std::vector<T> out(count);
        for (std::size_t done = 0; done < count;) {
            const std::size_t n = std::min(kChunkSize, count - done);
            std::memcpy(out.data() + done, m_chunks[done >> kChunkBits].get(), n * sizeof(T));
            done += n;
        }
        return out;
    }

    void clear()
    {
        m_chunks.clear();
        m_chunks.shrink_to_fit();
        m_size = 0;
    }

    std::size_t bytesUsed() const
    {
        return m_chunks.capacity() * sizeof(void *) + m_chunks.size() * kChunkSize * sizeof(T);
    }

private:
    std::vector<std::unique_ptr<T[]>> m_chunks;
    std::size_t m_size = 0;
};
