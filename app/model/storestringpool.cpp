#include "storestringpool.h"

#include <QHashFunctions>

#include <cstring>

namespace {

constexpr std::size_t kBlockBytes = 64 * 1024;
// Longer strings (a big params JSON) get a block of their own rather than wasting the rest
// of a shared one.
constexpr std::size_t kOwnBlockBytes = 4 * 1024;
constexpr std::size_t kLongHeader = 1 + sizeof(quint32);

// A string's header: its flags in the low bits, its length above them, or a marker and a
// 32-bit length after it. One byte for nearly every name, id and label.
const char kEmptyHeader[1] = {0};

quint32 hashOf(QByteArrayView bytes, quint8 flags)
{
    const std::size_t h = qHashBits(bytes.data(), std::size_t(bytes.size()), flags);
    return quint32(h) ^ quint32(quint64(h) >> 32);
}

// The inverse of toUtf8() for strings holding lone surrogates (generalised UTF-8: a lone
// surrogate is written like any other BMP code point).
QString decodeWithSurrogates(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    const auto *p = reinterpret_cast<const quint8 *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const quint8 b = *p;
        char32_t cp;
        if (b < 0x80) {
            cp = b;
            p += 1;
        } else if (b < 0xe0) {
            cp = char32_t(b & 0x1f) << 6 | (p[1] & 0x3f);
            p += 2;
        } else if (b < 0xf0) {
            cp = char32_t(b & 0x0f) << 12 | char32_t(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
            p += 3;
        } else {
            cp = char32_t(b & 0x07) << 18 | char32_t(p[1] & 0x3f) << 12 | char32_t(p[2] & 0x3f) << 6 | (p[3] & 0x3f);
            p += 4;
        }
        if (cp > 0xffff) {
            out.append(QChar(QChar::highSurrogate(cp)));
            out.append(QChar(QChar::lowSurrogate(cp)));
        } else {
            out.append(QChar(char16_t(cp)));
        }
    }
    return out;
}

} // namespace

StoreStringPool::StoreStringPool()
{
    m_entries.push(kEmptyHeader);
}

StoreStringPool::~StoreStringPool() = default;

quint8 StoreStringPool::toUtf8(QStringView text, Utf8Buffer &out)
{
    const qsizetype n = text.size();
    out.resize(n);
    const char16_t *in = text.utf16();
    qsizetype i = 0;
    for (; i < n && in[i] < 0x80; ++i)
        out[i] = char(in[i]);
    if (i == n)
        return 0;

    quint8 flags = kNonAscii;
    out.resize(i + (n - i) * 3);
    char *o = out.data() + i;
    for (; i < n; ++i) {
        char32_t cp = in[i];
        if (QChar::isHighSurrogate(cp) && i + 1 < n && QChar::isLowSurrogate(in[i + 1])) {
            cp = QChar::surrogateToUcs4(char16_t(cp), in[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(cp)) {
            flags |= kLoneSurrogates;
        }
        if (cp < 0x80) {
            *o++ = char(cp);
        } else if (cp < 0x800) {
            *o++ = char(0xc0 | (cp >> 6));
            *o++ = char(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            *o++ = char(0xe0 | (cp >> 12));
            *o++ = char(0x80 | ((cp >> 6) & 0x3f));
            *o++ = char(0x80 | (cp & 0x3f));
        } else {
            *o++ = char(0xf0 | (cp >> 18));
            *o++ = char(0x80 | ((cp >> 12) & 0x3f));
            *o++ = char(0x80 | ((cp >> 6) & 0x3f));
            *o++ = char(0x80 | (cp & 0x3f));
        }
    }
    out.resize(o - out.data());
    return flags;
}

quint32 StoreStringPool::intern(QStringView text)
{
    if (text.isEmpty())
        return kEmpty;
    const quint8 flags = toUtf8(text, m_scratch);
    return internEncoded(QByteArrayView(m_scratch.data(), m_scratch.size()), flags);
}

quint32 StoreStringPool::internBytes(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return kEmpty;
    quint8 flags = 0;
    for (const char c : bytes) {
        if (quint8(c) >= 0x80) {
            flags = kNonAscii;
            break;
        }
    }
    return internEncoded(bytes, flags);
}

std::optional<quint32> StoreStringPool::find(QStringView text) const
{
    if (text.isEmpty())
        return kEmpty;
    Utf8Buffer utf8;
    const quint8 flags = toUtf8(text, utf8);
    const QByteArrayView bytes(utf8.data(), utf8.size());
    const quint32 found = lookup(bytes, flags, hashOf(bytes, flags));
    if (!found)
        return std::nullopt;
    return found - 1;
}

bool StoreStringPool::equals(quint32 ref, QStringView text) const
{
    const QByteArrayView stored = bytes(ref);
    const quint8 flags = quint8(*m_entries[ref]) & ((1u << kFlagBits) - 1);
    if (!(flags & kNonAscii))
        return stored.size() == text.size() && QLatin1StringView(stored) == text;
    Utf8Buffer utf8;
    return toUtf8(text, utf8) == flags && stored == QByteArrayView(utf8.data(), utf8.size());
}

quint32 StoreStringPool::internEncoded(QByteArrayView bytes, quint8 flags)
{
    const quint32 hash = hashOf(bytes, flags);
    if (const quint32 found = lookup(bytes, flags, hash))
        return found - 1;
    const auto ref = quint32(m_entries.push(store(bytes, flags)));
    m_table.insert(hash, quint64(hash) << 32 | (quint64(ref) + 1),
                   [](quint64 slot) { return std::size_t(quint32(slot >> 32)); });
    return ref;
}

quint32 StoreStringPool::lookup(QByteArrayView bytes, quint8 flags, quint32 hash) const
{
    const quint64 slot = m_table.find(hash, [&](quint64 s) {
        if (quint32(s >> 32) != hash)
            return false;
        const quint32 ref = quint32(s) - 1;
        const quint8 theirs = quint8(*m_entries[ref]) & ((1u << kFlagBits) - 1);
        return theirs == flags && this->bytes(ref) == bytes;
    });
    return quint32(slot);
}

const char *StoreStringPool::store(QByteArrayView bytes, quint8 flags)
{
    const auto length = std::size_t(bytes.size());
    if (length > 0xffffffffu)
        qFatal("StoreStringPool: a string of %zu bytes", length);
    const std::size_t header = length < kLongLength ? 1 : kLongHeader;
    const std::size_t total = header + length;
    char *at;
    if (total > kOwnBlockBytes) {
        m_blocks.push_back(std::make_unique_for_overwrite<char[]>(total));
        m_blockBytes += total;
        at = m_blocks.back().get();
    } else {
        if (m_left < total) {
            m_blocks.push_back(std::make_unique_for_overwrite<char[]>(kBlockBytes));
            m_blockBytes += kBlockBytes;
            m_cursor = m_blocks.back().get();
            m_left = kBlockBytes;
        }
        at = m_cursor;
        m_cursor += total;
        m_left -= total;
    }
    if (header == 1) {
        at[0] = char(length << kFlagBits | flags);
    } else {
        at[0] = char(kLongLength << kFlagBits | flags);
        const auto n = quint32(length);
        std::memcpy(at + 1, &n, sizeof n);
    }
    std::memcpy(at + header, bytes.data(), length);
    return at;
}

QByteArrayView StoreStringPool::bytes(quint32 ref) const
{
    const char *header = m_entries[ref];
    const std::size_t length = quint8(*header) >> kFlagBits;
    if (length < kLongLength)
        return QByteArrayView(header + 1, qsizetype(length));
    quint32 n;
    std::memcpy(&n, header + 1, sizeof n);
    return QByteArrayView(header + kLongHeader, qsizetype(n));
}

QString StoreStringPool::text(quint32 ref) const
{
    if (ref == kEmpty)
        return QString();
    const quint8 flags = quint8(*m_entries[ref]);
    const QByteArrayView utf8 = bytes(ref);
    if (!(flags & kNonAscii))
        return QString::fromLatin1(utf8);
    if (flags & kLoneSurrogates)
        return decodeWithSurrogates(utf8);
    return QString::fromUtf8(utf8);
}

std::size_t StoreStringPool::bytesUsed() const
{
    return m_entries.bytesUsed() + m_blockBytes + m_blocks.capacity() * sizeof(void *)
        + m_table.bytesUsed() + sizeof(*this);
}
