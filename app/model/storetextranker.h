#pragma once

#include <QByteArrayView>
#include <QStringView>
#include <QtGlobal>

#include <cstddef>
#include <vector>

// Ranks texts in the order sessionstore.h promises: empty first, then by Unicode case
// folding (QString::toCaseFolded, compared as UTF-16 code units like QString's operator<),
// then exactly, so the order is total. Equal texts get equal ranks; the empty text gets 0.
//
// Meant for the distinct values of a column (200,000 pupils' names, not a million rows):
// the texts go into one flat UTF-16 buffer, ASCII ones folded without a QString, and
// are sorted by a 4-unit prefix first, so most comparisons never touch the text.
class StoreTextRanker final
{
public:
    void reserve(std::size_t count, std::size_t units);
    void add(QStringView text);
    void addAscii(QByteArrayView ascii);
    std::size_t size() const { return m_items.size(); }

    // One rank per added text, in the order they were added.
    std::vector<quint32> ranks() const;

private:
    struct Item
    {
        quint64 prefix;     // first four folded units, big-endian: orders most pairs alone
        quint32 folded;     // offset in m_units; the original follows the folded text
        quint32 length;     // of the folded text
        quint32 original;   // offset in m_units
        quint32 originalLength;
        quint32 index;      // position in the order of add()
    };
    void pushPrefix(Item &item) const;

    std::vector<Item> m_items;
    std::vector<char16_t> m_units;
};
