#include "storetextranker.h"

#include <QString>

#include <algorithm>

void StoreTextRanker::reserve(std::size_t count, std::size_t units)
{
    m_items.reserve(count);
    m_units.reserve(units);
}

void StoreTextRanker::pushPrefix(Item &item) const
{
    quint64 prefix = 0;
    for (quint32 i = 0; i < 4; ++i)
        prefix = prefix << 16 | (i < item.length ? m_units[item.folded + i] : 0);
    item.prefix = prefix;
}

void StoreTextRanker::addAscii(QByteArrayView ascii)
{
    const auto n = quint32(ascii.size());
    Item item{0, quint32(m_units.size()), n, quint32(m_units.size()) + n, n, quint32(m_items.size())};
    for (const char c : ascii)
        m_units.push_back(char16_t(c >= 'A' && c <= 'Z' ? c | 0x20 : c));
    for (const char c : ascii)
        m_units.push_back(char16_t(quint8(c)));
    pushPrefix(item);
    m_items.push_back(item);
}

void StoreTextRanker::add(QStringView text)
{
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        const auto n = quint32(text.size());
        Item item{0, quint32(m_units.size()), n, quint32(m_units.size()) + n, n, quint32(m_items.size())};
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            m_units.push_back(u >= u'A' && u <= u'Z' ? char16_t(u | 0x20) : u);
        }
        m_units.insert(m_units.end(), text.utf16(), text.utf16() + text.size());
        pushPrefix(item);
        m_items.push_back(item);
        return;
    }
    const QString folded = text.toString().toCaseFolded();
    Item item{0, quint32(m_units.size()), quint32(folded.size()), 0, quint32(text.size()), quint32(m_items.size())};
    m_units.insert(m_units.end(), folded.utf16(), folded.utf16() + folded.size());
    item.original = quint32(m_units.size());
    m_units.insert(m_units.end(), text.utf16(), text.utf16() + text.size());
    pushPrefix(item);
    m_items.push_back(item);
}

std::vector<quint32> StoreTextRanker::ranks() const
{
    const char16_t *units = m_units.data();
    const auto folded = [units](const Item &i) { return QStringView(units + i.folded, i.length); };
    const auto original = [units](const Item &i) { return QStringView(units + i.original, i.originalLength); };

    std::vector<Item> sorted = m_items;
    std::sort(sorted.begin(), sorted.end(), [&](const Item &x, const Item &y) {
        if (x.prefix != y.prefix)
            return x.prefix < y.prefix;
        if (const int c = folded(x).compare(folded(y)); c != 0)
            return c < 0;
        return original(x).compare(original(y)) < 0;
    });

    std::vector<quint32> ranks(m_items.size(), 0);
    quint32 rank = 0;
    const Item *previous = nullptr;
    for (const Item &item : sorted) {
        if (item.originalLength == 0)
            continue; // empty: rank 0, and sorted first anyway
        if (!previous || original(*previous) != original(item))
            ++rank;
        ranks[item.index] = rank;
        previous = &item;
    }
    return ranks;
}
