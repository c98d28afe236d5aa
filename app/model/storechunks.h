#pragma once

#include <QtGlobal>

#include <cstddef>
#include <memory>
#include <type_traits>

// An append-only array whose elements never move and are never written again: the pools
// that a store's jobs read on a worker thread while the GUI thread keeps appending
// (sessionstore.h, threading contract).
//
// Why a fixed directory: a growing std::vector of chunk pointers would reallocate under a
// reader. Here the directory is allocated once (on the first append, so an empty pool costs
// nothing) with room for kMaxChunks chunks, and appending only writes slots that no reader
// has been told about yet. A reader may read index i from any thread once the GUI thread has
// pushed it and handed the job over (the thread pool's queue orders the two); it must never
// read size(), which the GUI thread keeps changing.
template<typename T, int ChunkBits, std::size_t MaxChunks>
class StoreChunks final
{
    static_assert(std::is_trivially_copyable_v<T>);

public:
    static constexpr std::size_t kChunkSize = std::size_t(1) << ChunkBits;
    static constexpr std::size_t kCapacity = kChunkSize * MaxChunks;

    StoreChunks() = default;
    StoreChunks(const StoreChunks &) = delete;
    StoreChunks &operator=(const StoreChunks &) = delete;

    // GUI thread only.
    std::size_t size() const { return m_size; }

    // GUI thread only. Returns the new element's index.
    std::size_t push(const T &value)
    {
        const std::size_t chunk = m_size >> ChunkBits;
        const std::size_t slot = m_size & (kChunkSize - 1);
        if (slot == 0) {
            if (chunk >= MaxChunks)
                qFatal("StoreChunks: more than %zu elements", kCapacity);
            if (!m_directory)
                m_directory = std::make_unique<std::unique_ptr<T[]>[]>(MaxChunks);
            m_directory[chunk] = std::make_unique_for_overwrite<T[]>(kChunkSize);
        }
        m_directory[chunk][slot] = value;
        return m_size++;
    }

    // Any thread, for an index published before the reader was handed its job.
    const T &operator[](std::size_t index) const
    {
        return m_directory[index >> ChunkBits][index & (kChunkSize - 1)];
    }

    std::size_t bytesUsed() const
    {
        if (!m_directory)
            return 0;
        const std::size_t chunks = (m_size + kChunkSize - 1) >> ChunkBits;
        return MaxChunks * sizeof(void *) + chunks * kChunkSize * sizeof(T);
    }

private:
    std::unique_ptr<std::unique_ptr<T[]>[]> m_directory;
    std::size_t m_size = 0;
};
