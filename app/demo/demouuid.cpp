#include "demouuid.h"

#include "demorandom.h"

#include <cstring>

namespace {

constexpr char kHex[] = "0123456789abcdef";

quint32 maskFor(quint64 seed, quint64 stream)
{
    return quint32(demorandom::hash(seed, stream, 0xFFFFFFFFull, 7));
}

// An odd multiplier scatters neighbouring indexes over the low 32 bits (sequential ids would
// end in near-identical digits); its inverse modulo 2^32 undoes it.
constexpr quint32 kScatter = 0x9E3779B1u;
constexpr quint32 inverseOf(quint32 odd)
{
    quint32 inverse = odd; // Newton's iteration doubles the correct low bits each step
    for (int i = 0; i < 5; ++i)
        inverse *= 2u - odd * inverse;
    return inverse;
}
constexpr quint32 kUnscatter = inverseOf(kScatter);
static_assert(quint32(kScatter * kUnscatter) == 1u);

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

void DemoUuid::write(quint64 seed, quint64 stream, quint32 index, char (&out)[kLength]) noexcept
{
    quint64 hi = demorandom::hash(seed, stream, index, 1);
    quint64 lo = (demorandom::hash(seed, stream, index, 2) & 0xFFFFFFFF00000000ull)
                 | quint64(quint32(index * kScatter) ^ maskFor(seed, stream));
    hi = (hi & ~0xF000ull) | 0x4000ull;                             // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;      // RFC 4122 variant
    int pos = 0;
    for (int nibble = 0; nibble < 32; ++nibble) {
        if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
            out[pos++] = '-';
        const quint64 word = nibble < 16 ? hi : lo;
        const int shift = 60 - 4 * (nibble % 16);
        out[pos++] = kHex[(word >> shift) & 0xF];
    }
}

QByteArray DemoUuid::make(quint64 seed, quint64 stream, quint32 index)
{
    char buffer[kLength];
    write(seed, stream, index, buffer);
    return QByteArray(buffer, kLength);
}

std::optional<quint32> DemoUuid::indexOf(quint64 seed, quint64 stream, QByteArrayView text) noexcept
{
    if (text.size() != kLength)
        return std::nullopt;
    quint32 low = 0;
    for (int i = kLength - 8; i < kLength; ++i) {
        const int v = hexValue(text[i]);
        if (v < 0)
            return std::nullopt;
        low = (low << 4) | quint32(v);
    }
    const quint32 index = quint32((low ^ maskFor(seed, stream)) * kUnscatter);
    char expected[kLength];
    write(seed, stream, index, expected);
    for (int i = 0; i < kLength; ++i) {
        const char c = text[i];
        const char lower = (c >= 'A' && c <= 'F') ? char(c - 'A' + 'a') : c;
        if (lower != expected[i])
            return std::nullopt;
    }
    return index;
}
