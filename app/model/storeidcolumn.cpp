#include "storeidcolumn.h"

#include "storestringpool.h"

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    // Lowercase only: QUuid and every API write UUIDs in lowercase; an uppercase one would not
    // come back as the same text, so it stays a string.
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    return -1;
}

std::optional<StoreId> parseUuid(QStringView text)
{
    if (text.size() != 36)
        return std::nullopt;
    quint64 half[2] = {0, 0};
    int nibbles = 0;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = text[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return std::nullopt;
            continue;
        }
        const int v = hexValue(c);
        if (v < 0)
            return std::nullopt;
        half[nibbles / 16] = half[nibbles / 16] << 4 | quint64(v);
        ++nibbles;
    }
    return StoreId{half[0], half[1], StoreIdKind::Uuid};
}

std::optional<StoreId> parseNumber(QStringView text)
{
    // A leading zero ("007") or a sign would not come back from the number: such ids stay text.
    if (text.isEmpty() || text.size() > 20 || (text[0] == u'0' && text.size() > 1))
        return std::nullopt;
    quint64 value = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        const quint64 digit = c - u'0';
        if (value > (~quint64(0) - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return StoreId{0, value, StoreIdKind::Number};
}

std::optional<StoreId> compactForm(QStringView text)
{
    if (auto uuid = parseUuid(text))
        return uuid;
    return parseNumber(text);
}

} // namespace

StoreId StoreIdColumn::encode(QStringView text, StoreStringPool &strings)
{
    if (auto compact = compactForm(text))
        return *compact;
    return StoreId{0, strings.intern(text), StoreIdKind::Text};
}

std::optional<StoreId> StoreIdColumn::find(QStringView text, const StoreStringPool &strings)
{
    if (auto compact = compactForm(text))
        return compact;
    const std::optional<quint32> ref = strings.find(text);
    if (!ref)
        return std::nullopt;
    return StoreId{0, *ref, StoreIdKind::Text};
}

std::size_t StoreIdColumn::writeAscii(const StoreId &id, char (&out)[kMaxAsciiLength])
{
    if (id.kind == StoreIdKind::Uuid) {
        std::size_t n = 0;
        for (int i = 0; i < 32; ++i) {
            if (i == 8 || i == 12 || i == 16 || i == 20)
                out[n++] = '-';
            const quint64 half = i < 16 ? id.hi : id.lo;
            out[n++] = kHexDigits[(half >> (60 - 4 * (i % 16))) & 0xf];
        }
        return n;
    }
    if (id.kind == StoreIdKind::Number) {
        char digits[20];
        std::size_t count = 0;
        quint64 v = id.lo;
        do {
            digits[count++] = char('0' + v % 10);
            v /= 10;
        } while (v);
        for (std::size_t i = 0; i < count; ++i)
            out[i] = digits[count - 1 - i];
        return count;
    }
    return 0;
}

QString StoreIdColumn::text(const StoreId &id, const StoreStringPool &strings)
{
    if (id.kind == StoreIdKind::Text)
        return strings.text(quint32(id.lo));
    char buffer[kMaxAsciiLength];
    const std::size_t n = writeAscii(id, buffer);
    return QString::fromLatin1(buffer, qsizetype(n));
}

void StoreIdColumn::push(const StoreId &id)
{
    m_values.push(Payload{id.hi, id.lo});
    m_kinds.push(id.kind);
}

void StoreIdColumn::set(std::size_t row, const StoreId &id)
{
    m_values[row] = Payload{id.hi, id.lo};
    m_kinds[row] = id.kind;
}

StoreId StoreIdColumn::operator[](std::size_t row) const
{
    const Payload &p = m_values[row];
    return StoreId{p.hi, p.lo, m_kinds[row]};
}

void StoreIdColumn::clear()
{
    m_values.clear();
    m_kinds.clear();
}
