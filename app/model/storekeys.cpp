#include "storekeys.h"

#include "storeidcolumn.h"
#include "storestringpool.h"
#include "storetextranker.h"

#include <algorithm>
#include <cstring>
#include <optional>

namespace storekeys {

std::vector<quint64> numberKeys(const std::vector<qint64> &values)
{
    std::vector<quint64> keys(values.size());
    for (std::size_t row = 0; row < values.size(); ++row)
        keys[row] = numberKey(values[row]);
    return keys;
}

std::vector<quint64> elapsedKeys(const std::vector<qint64> &startedMs, const std::vector<qint64> &endedMs)
{
    std::vector<quint64> keys(std::min(startedMs.size(), endedMs.size()));
    for (std::size_t row = 0; row < keys.size(); ++row)
        keys[row] = numberKey(elapsedSeconds(startedMs[row], endedMs[row]));
    return keys;
}

std::vector<quint64> smallKeys(const std::vector<quint8> &values)
{
    return std::vector<quint64>(values.begin(), values.end());
}

std::vector<quint64> groupKeys(const std::vector<quint32> &rowGroups, quint32 groupCount,
                               const std::function<quint64(quint32)> &keyOfGroup)
{
    // Evaluated lazily per group: only groups some row uses, each once.
    std::vector<quint64> groupKey(groupCount, 0);
    std::vector<quint8> known(groupCount, 0);
    std::vector<quint64> keys(rowGroups.size());
    for (std::size_t row = 0; row < rowGroups.size(); ++row) {
        const quint32 g = rowGroups[row];
        if (!known[g]) {
            groupKey[g] = keyOfGroup(g);
            known[g] = 1;
        }
        keys[row] = groupKey[g];
    }
    return keys;
}

namespace {

// Marks the groups some row uses.
std::vector<quint8> usedGroups(const std::vector<quint32> &rowGroups, quint32 groupCount)
{
    std::vector<quint8> used(groupCount, 0);
    for (const quint32 g : rowGroups)
        used[g] = 1;
    return used;
}

std::vector<quint64> rowKeysFromGroups(const std::vector<quint32> &rowGroups, const std::vector<quint32> &groupRank)
{
    std::vector<quint64> keys(rowGroups.size());
    for (std::size_t row = 0; row < rowGroups.size(); ++row)
        keys[row] = groupRank[rowGroups[row]];
    return keys;
}

} // namespace

std::vector<quint64> groupStringKeys(const std::vector<quint32> &rowGroups, quint32 groupCount,
                                     const std::function<quint32(quint32)> &stringOfGroup,
                                     const StoreStringPool &strings, quint32 stringCount)
{
    const std::vector<quint8> used = usedGroups(rowGroups, groupCount);
    // Distinct strings first: pupils share first names, results share levels.
    std::vector<quint32> slotOfString(stringCount, 0); // 1 + position in `distinct`
    std::vector<quint32> distinct;
    std::vector<quint32> groupString(groupCount, 0);
    std::size_t units = 0;
    for (quint32 g = 0; g < groupCount; ++g) {
        if (!used[g])
            continue;
        const quint32 s = stringOfGroup(g);
        groupString[g] = s;
        if (s == StoreStringPool::kEmpty || slotOfString[s])
            continue;
        distinct.push_back(s);
        slotOfString[s] = quint32(distinct.size());
        units += std::size_t(strings.bytes(s).size());
    }
    StoreTextRanker ranker;
    ranker.reserve(distinct.size(), units * 2);
    for (const quint32 s : distinct) {
        if (strings.isAscii(s))
            ranker.addAscii(strings.bytes(s));
        else
            ranker.add(strings.text(s));
    }
    const std::vector<quint32> ranks = ranker.ranks();
    std::vector<quint32> groupRank(groupCount, 0);
    for (quint32 g = 0; g < groupCount; ++g) {
        const quint32 s = groupString[g];
        if (used[g] && s != StoreStringPool::kEmpty)
            groupRank[g] = ranks[slotOfString[s] - 1];
    }
    return rowKeysFromGroups(rowGroups, groupRank);
}

std::vector<quint64> groupTextKeys(const std::vector<quint32> &rowGroups, quint32 groupCount,
                                   const std::function<QString(quint32)> &textOfGroup)
{
    const std::vector<quint8> used = usedGroups(rowGroups, groupCount);
    StoreTextRanker ranker;
    std::vector<quint32> groups;
    for (quint32 g = 0; g < groupCount; ++g) {
        if (!used[g])
            continue;
        ranker.add(textOfGroup(g));
        groups.push_back(g);
    }
    const std::vector<quint32> ranks = ranker.ranks();
    std::vector<quint32> groupRank(groupCount, 0);
    for (std::size_t i = 0; i < groups.size(); ++i)
        groupRank[groups[i]] = ranks[i];
    return rowKeysFromGroups(rowGroups, groupRank);
}

namespace {

struct WideKey
{
    quint64 hi;
    quint64 lo;
    quint32 row;
    bool operator<(const WideKey &o) const
    {
        if (hi != o.hi)
            return hi < o.hi;
        return lo != o.lo ? lo < o.lo : row < o.row;
    }
};

// A decimal number's text order as a 128-bit integer: each of 20 positions is a base-11
// digit, 0 past the end of the text and digit + 1 within it, so that a prefix ("12") sorts
// before its extensions ("120") and "10" before "9", as text does.
WideKey numberTextKey(const StoreId &id, quint32 row)
{
    char digits[StoreIdColumn::kMaxAsciiLength];
    const std::size_t n = StoreIdColumn::writeAscii(id, digits);
    quint64 half[2] = {0, 0};
    for (std::size_t i = 0; i < 20; ++i)
        half[i / 10] = half[i / 10] * 11 + (i < n ? quint64(digits[i] - '0') + 1 : 0);
    return WideKey{half[0], half[1], row};
}

QString idText(const StoreId &id, const StoreStringPool &strings)
{
    return StoreIdColumn::text(id, strings);
}

// The text order of sessionstore.h for two texts (no ranker: used for a few comparisons).
bool textLess(const QString &a, const QString &b)
{
    if (const int c = a.toCaseFolded().compare(b.toCaseFolded()); c != 0)
        return c < 0;
    return a.compare(b) < 0;
}

// Merges `small` (sorted) into `large` (sorted): each element of `small` finds its place by
// binary search, so a handful of odd ids costs a few dozen text comparisons, not a million.
std::vector<quint32> mergeByText(const std::vector<quint32> &large, const std::vector<quint32> &small,
                                 const std::function<bool(quint32, quint32)> &less)
{
    std::vector<quint32> out;
    out.reserve(large.size() + small.size());
    auto from = large.begin();
    for (const quint32 row : small) {
        const auto at = std::upper_bound(from, large.end(), row, less);
        out.insert(out.end(), from, at);
        out.push_back(row);
        from = at;
    }
    out.insert(out.end(), from, large.end());
    return out;
}

} // namespace

std::vector<quint64> idKeys(const StoreIdColumn::Copy &ids, const StoreStringPool &strings)
{
    std::vector<WideKey> uuids;
    std::vector<WideKey> numbers;
    std::vector<quint32> textRows;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const StoreId id = ids[i];
        const auto row = quint32(i);
        switch (id.kind) {
        case StoreIdKind::Uuid: uuids.push_back(WideKey{id.hi, id.lo, row}); break;
        case StoreIdKind::Number: numbers.push_back(numberTextKey(id, row)); break;
        case StoreIdKind::Text:
            if (id.lo != StoreStringPool::kEmpty)
                textRows.push_back(row);
            break;
        }
    }
    // Canonical UUIDs are lowercase hex: their text order is the order of their bytes.
    std::sort(uuids.begin(), uuids.end());
    std::sort(numbers.begin(), numbers.end());

    // Other texts: rank their distinct strings, then order the rows by rank.
    std::vector<quint32> textRank;
    if (!textRows.empty()) {
        std::vector<quint32> distinct;
        for (const quint32 row : textRows)
            distinct.push_back(quint32(ids[row].lo));
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        StoreTextRanker ranker;
        for (const quint32 s : distinct)
            ranker.add(strings.text(s));
        const std::vector<quint32> ranks = ranker.ranks();
        std::vector<std::pair<quint32, quint32>> byRank; // (rank, row)
        for (const quint32 row : textRows) {
            const auto at = std::lower_bound(distinct.begin(), distinct.end(), quint32(ids[row].lo));
            byRank.emplace_back(ranks[std::size_t(at - distinct.begin())], row);
        }
        std::sort(byRank.begin(), byRank.end());
        for (std::size_t i = 0; i < byRank.size(); ++i)
            textRows[i] = byRank[i].second;
    }

    std::vector<std::vector<quint32>> runs(3);
    for (const WideKey &k : uuids)
        runs[0].push_back(k.row);
    for (const WideKey &k : numbers)
        runs[1].push_back(k.row);
    runs[2] = std::move(textRows);
    std::sort(runs.begin(), runs.end(), [](const auto &a, const auto &b) { return a.size() > b.size(); });
    const auto less = [&](quint32 a, quint32 b) { return textLess(idText(ids[a], strings), idText(ids[b], strings)); };
    std::vector<quint32> order = std::move(runs[0]);
    if (!runs[1].empty() || !runs[2].empty()) {
        std::vector<quint32> rest = runs[1].empty() || runs[2].empty()
            ? std::move(runs[1].empty() ? runs[2] : runs[1])
            : mergeByText(runs[1], runs[2], less);
        order = mergeByText(order, rest, less);
    }

    // Equal texts have equal StoreIds (storeid.h): a new key wherever the id changes.
    std::vector<quint64> keys(ids.size(), 0);
    quint64 key = 0;
    std::optional<StoreId> previous;
    for (const quint32 row : order) {
        const StoreId id = ids[row];
        if (!previous || !(*previous == id))
            ++key;
        keys[row] = key;
        previous = id;
    }
    return keys;
}

namespace {

enum VariantClass : quint64 { Null, Integer, Floating, Text };

VariantClass classOf(const QVariant &v)
{
    if (v.isNull())
        return Null;
    switch (v.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return Integer;
    case QMetaType::Float:
    case QMetaType::Double:
        return Floating;
    default:
        return Text;
    }
}

quint64 doubleKey(double d)
{
    quint64 bits;
    std::memcpy(&bits, &d, sizeof bits);
    return (bits >> 63) ? ~bits : bits | (quint64(1) << 63);
}

} // namespace

std::vector<quint64> variantKeys(const std::vector<QVariant> &values)
{
    struct Entry
    {
        quint64 kind;
        quint64 value;
        quint32 row;
        bool operator<(const Entry &o) const
        {
            if (kind != o.kind)
                return kind < o.kind;
            return value != o.value ? value < o.value : row < o.row;
        }
    };
    std::vector<Entry> entries;
    entries.reserve(values.size());
    StoreTextRanker ranker;
    std::vector<quint32> textRows;
    for (std::size_t row = 0; row < values.size(); ++row) {
        const QVariant &v = values[row];
        const VariantClass c = classOf(v);
        if (c == Integer)
            entries.push_back(Entry{c, numberKey(v.toLongLong()), quint32(row)});
        else if (c == Floating)
            entries.push_back(Entry{c, doubleKey(v.toDouble()), quint32(row)});
        else if (c == Text) {
            ranker.add(v.toString());
            textRows.push_back(quint32(row));
        }
    }
    const std::vector<quint32> ranks = ranker.ranks();
    for (std::size_t i = 0; i < textRows.size(); ++i) {
        // An empty text is "no value" like null (ColumnDescriptor): key 0.
        if (ranks[i] != 0)
            entries.push_back(Entry{Text, ranks[i], textRows[i]});
    }
    std::sort(entries.begin(), entries.end());
    std::vector<quint64> keys(values.size(), 0);
    quint64 key = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i == 0 || entries[i].kind != entries[i - 1].kind || entries[i].value != entries[i - 1].value)
            ++key;
        keys[entries[i].row] = key;
    }
    return keys;
}

} // namespace storekeys
