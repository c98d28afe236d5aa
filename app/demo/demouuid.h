#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

// Version-4-shaped UUIDs that carry their own index: the low 32 bits hold the index masked
// with a seed-derived value, the rest is a hash. Looking an id up is then "decode, rebuild,
// compare" with no hash table, which keeps a million-session world small.
class DemoUuid final
{
public:
    static constexpr int kLength = 36;

    static void write(quint64 seed, quint64 stream, quint32 index, char (&out)[kLength]) noexcept;
    static QByteArray make(quint64 seed, quint64 stream, quint32 index);
    // The index `text` was made from, if it was made with this seed and stream.
    static std::optional<quint32> indexOf(quint64 seed, quint64 stream, QByteArrayView text) noexcept;
};
