#pragma once

#include "storecolumn.h"
#include "storeid.h"

#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>
#include <vector>

class StoreStringPool;

// One id-like field per row (StoreId), 17 bytes a row. GUI thread only, like StoreColumn.
class StoreIdColumn final
{
public:
    // The StoreId of `text`, interning it when it has no compact form.
    static StoreId encode(QStringView text, StoreStringPool &strings);
    // The same without interning: nullopt when the text is a string the pool has never seen
    // (so no row can hold it).
    static std::optional<StoreId> find(QStringView text, const StoreStringPool &strings);
    static QString text(const StoreId &id, const StoreStringPool &strings);

    // The text of a Uuid or Number id, which is always ASCII: at most 36 characters.
    static constexpr std::size_t kMaxAsciiLength = 36;
    static std::size_t writeAscii(const StoreId &id, char (&out)[kMaxAsciiLength]);

    struct Payload
    {
        quint64 hi;
        quint64 lo;
    };
    // What a job takes with it: the ids as two plain arrays (two memcpys per chunk).
    struct Copy
    {
        std::vector<Payload> values;
        std::vector<StoreIdKind> kinds;

        std::size_t size() const { return kinds.size(); }
        StoreId operator[](std::size_t row) const { return StoreId{values[row].hi, values[row].lo, kinds[row]}; }
    };

    std::size_t size() const { return m_kinds.size(); }
    void push(const StoreId &id);
    void set(std::size_t row, const StoreId &id);
    StoreId operator[](std::size_t row) const;
    Copy copyPrefix(std::size_t count) const { return Copy{m_values.copyPrefix(count), m_kinds.copyPrefix(count)}; }
    void clear();
    std::size_t bytesUsed() const { return m_values.bytesUsed() + m_kinds.bytesUsed(); }

private:
    StoreColumn<Payload> m_values;
    StoreColumn<StoreIdKind> m_kinds;
};
