#pragma once

#include <QtGlobal>

// How a store holds an id-like text (a session id, a Treasure attempt id, a session UUID):
// a canonical lowercase UUID as its 16 bytes, a decimal number without leading zeros as its
// value, anything else (untrusted input) as an interned string. Each form is chosen only
// when it gives back exactly the text it came from, so equal texts always have equal
// StoreIds and the other way round.
enum class StoreIdKind : quint8 { Text, Uuid, Number };

struct StoreId
{
    quint64 hi = 0; // Uuid: first 8 bytes, big-endian
    quint64 lo = 0; // Uuid: last 8 bytes; Number: the value; Text: the string index
    StoreIdKind kind = StoreIdKind::Text;

    friend bool operator==(const StoreId &, const StoreId &) = default;
};
