#pragma once

#include "storechunks.h"
#include "storehashtable.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

// Every distinct string of a store, once, as UTF-8, referenced by a dense 32-bit index
// (0 is the empty string). Dense indices let a job keep one small per-string array (a rank,
// a match flag) instead of a hash map.
//
// Strings sit length-prefixed in 64 KiB blocks that never move (long ones get a block of
// their own); an append-only table maps an index to its string. Both are only appended to,
// so a job may read any index it was given while the GUI thread interns more: see
// StoreChunks. The dedupe table is the GUI thread's alone.
class StoreStringPool final
{
public:
    static constexpr quint32 kEmpty = 0;

    StoreStringPool();
    ~StoreStringPool();
    StoreStringPool(const StoreStringPool &) = delete;
    StoreStringPool &operator=(const StoreStringPool &) = delete;

    // GUI thread only.
    quint32 intern(QStringView text);
    quint32 internBytes(QByteArrayView bytes); // any bytes, kept exactly (JSON text, emails list)
    std::optional<quint32> find(QStringView text) const;
    // Whether `ref` holds exactly `text`, without interning or hashing it: cheaper than
    // intern() when the caller has a good guess (the pupil a user id had last time).
    bool equals(quint32 ref, QStringView text) const;
    quint32 count() const { return quint32(m_entries.size()); }
    std::size_t bytesUsed() const;

    // Any thread, for indices published before the reader got them.
    QByteArrayView bytes(quint32 ref) const;
    bool isAscii(quint32 ref) const { return !(quint8(*m_entries[ref]) & kNonAscii); }
    // The string as QString: exactly the text interned (lone surrogates included), or for
    // internBytes() what QString::fromUtf8() makes of the bytes.
    QString text(quint32 ref) const;

    using Utf8Buffer = QVarLengthArray<char, 256>;
    enum Flags : quint8 {
        kNonAscii = 1,
        // Holds a lone UTF-16 surrogate, written as its 3-byte form (not valid UTF-8):
        // QString::fromUtf8() would turn it into U+FFFD, so text() decodes it itself.
        kLoneSurrogates = 2,
    };
    // `text` as UTF-8 into `out`; returns its Flags.
    static quint8 toUtf8(QStringView text, Utf8Buffer &out);

private:
    static constexpr quint8 kFlagBits = 2;
    static constexpr std::size_t kLongLength = (0xffu >> kFlagBits);

    quint32 internEncoded(QByteArrayView bytes, quint8 flags);
    // 1 + the index of `bytes`, or 0 when the pool does not hold it.
    quint32 lookup(QByteArrayView bytes, quint8 flags, quint32 hash) const;
    const char *store(QByteArrayView bytes, quint8 flags);

    StoreChunks<const char *, 14, 16384> m_entries; // index -> header of the string
    std::vector<std::unique_ptr<char[]>> m_blocks;
    char *m_cursor = nullptr;
    std::size_t m_left = 0;
    std::size_t m_blockBytes = 0;
    // Dedupe: (32-bit hash << 32) | (index + 1).
    StoreHashTable<quint64> m_table;
    Utf8Buffer m_scratch;
};
