#pragma once

#include <QtGlobal>

// Stateless hashing instead of a sequential random generator: any property of any session
// can be derived on demand from (seed, stream, index), in any order, and always comes out
// the same. That is what lets the world stay lazy and byte-identical for equal seeds.
namespace demorandom {

// SplitMix64's finaliser: cheap, and every input bit reaches every output bit.
constexpr quint64 mix(quint64 x) noexcept
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

constexpr quint64 hash(quint64 seed, quint64 stream, quint64 index, quint64 salt = 0) noexcept
{
    return mix(mix(mix(seed ^ (stream * 0xD6E8FEB86659FD93ull)) ^ index) ^ (salt * 0xA0761D6478BD642Full));
}

// Uniform integer in [0, n) from the high bits (Lemire's multiply, no modulo bias worth noting).
constexpr quint32 below(quint64 h, quint32 n) noexcept
{
    return quint32(((h >> 32) * quint64(n)) >> 32);
}

// Uniform double in [0, 1).
constexpr double unit(quint64 h) noexcept
{
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

// Streams: one per kind of derived value, so that adding a property never shifts another.
enum Stream : quint64 {
    PupilStream = 1, PupilUuidStream, CenturySessionStream, CenturySessionUuidStream, TestUuidStream,
    TestVersionUuidStream, TreasureStream, TreasureUuidStream, MobileNextStream, MobileNextUuidStream,
    MobileNextUserStream, FaultStream
};

} // namespace demorandom
