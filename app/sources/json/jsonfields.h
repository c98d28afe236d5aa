#pragma once

// Field readers shared by the page parsers (app/sources/*/*pageparser.cpp). Private to
// them: pulls in simdjson. Never include it from a public header.

#include "domain/sessionpage.h"
#include "jsondocument.h"
#include "repeatedstring.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <string_view>
#include <vector>

namespace jsonfields {

inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// What went wrong in the row being read. `reason` makes the row malformed (the page keeps
// its other rows); `fatal` means the JSON itself is broken and the whole body is unusable.
struct RowState
{
    QString reason;
    simdjson::error_code fatal = simdjson::SUCCESS;

    bool bad() const { return fatal != simdjson::SUCCESS || !reason.isEmpty(); }
    void malformed(QString why)
    {
        if (reason.isEmpty())
            reason = std::move(why);
    }
    void wrongType(std::string_view field, std::string_view expected);
    void missing(std::string_view field);
};

// The value's JSON type without consuming it; a structural error is recorded as fatal and
// reads as null so that callers need one branch only.
od::json_type typeOf(od::value &value, RowState &state);

// Field readers. "Optional" readers accept an absent value (the caller never calls them),
// null, and ignore a value of the wrong type (tolerance of the API notes: the field stays
// empty). "Required" readers record a wrong type or null as the row's reason and return false.
bool readRequiredString(od::value &value, std::string_view field, QString &out, RowState &state);
void readOptionalString(od::value &value, QString &out, RowState &state);
bool readRequiredString(od::value &value, std::string_view field, RepeatedString &cache, QString &out,
                        RowState &state);
void readOptionalString(od::value &value, RepeatedString &cache, QString &out, RowState &state);

// Ids: a string, or an integer number written as its decimal text (Treasure documents its
// 64-bit ids as strings; some servers send numbers).
bool readRequiredId(od::value &value, std::string_view field, QString &out, RowState &state);
void readOptionalId(od::value &value, QString &out, RowState &state);

// RFC 3339 date-time -> ms; `raw` (optional) receives the text as sent. Unlike other
// optional fields, an optional instant that is present but unreadable makes the row
// malformed: showing a finished session as live, or a pupil without a birthday, would be a
// silent lie. Null is fine.
bool readRequiredTime(od::value &value, std::string_view field, qint64 &outMs, RowState &state,
                      QString *raw = nullptr);
void readOptionalTime(od::value &value, std::string_view field, qint64 &outMs, RowState &state,
                      QString *raw = nullptr);

void readOptionalBool(od::value &value, bool &out, RowState &state);
void readOptionalStringList(od::value &value, QStringList &out, RowState &state);

// The compact JSON text of any value (objects and arrays as written, minus insignificant
// whitespace), at most `maxBytes` long: a longer value is cut and `truncated` set. Used for
// Treasure's free-form `params`, which may be anything a workflow author passed.
QByteArray compactJson(od::value &value, qsizetype maxBytes, bool &truncated, RowState &state);

// The text of an error body's "error" member ({"error": {"code", "message"}} as Mobile Next
// sends it, or {"error": "text"}), or of a bare "message". Empty when unreadable.
QString readErrorValue(od::value &value, RowState &state);

// Reads a JSON array of rows: `readRow(od::object &, Row &, RowState &)` fills one row; a
// row with a reason goes to `malformed` (with its index and whatever id was read), the
// others to `rows`. With `flattenNested`, an element that is itself an array is read as
// more rows (Century's `data: [[...]]`), one level deep only. Returns a structural error,
// after which the body as a whole is unusable.
template <typename Row, typename ReadRow>
simdjson::error_code readRowArray(od::value &arrayValue, std::vector<Row> &rows,
                                  std::vector<MalformedRow> &malformed, ReadRow &&readRow,
                                  bool flattenNested = false, int *nextIndex = nullptr)
{
    int ownIndex = 0;
    int &index = nextIndex ? *nextIndex : ownIndex;
    od::array array;
    if (auto error = arrayValue.get_array().get(array))
        return error;
    for (auto element : array) {
        od::value value;
        if (auto error = element.get(value))
            return error;
        RowState state;
        const od::json_type type = typeOf(value, state);
        if (state.fatal)
            return state.fatal;
        if (type == od::json_type::array && flattenNested) {
            if (auto error = readRowArray(value, rows, malformed, readRow, false, &index))
                return error;
            continue;
        }
        if (type != od::json_type::object) {
            malformed.push_back({index++, QString(), QStringLiteral("row: expected an object")});
            continue;
        }
        od::object object;
        if (auto error = value.get_object().get(object))
            return error;
        Row row;
        readRow(object, row, state);
        if (state.fatal)
            return state.fatal;
        if (state.reason.isEmpty())
            rows.push_back(std::move(row));
        else
            malformed.push_back({index, row.id, std::move(state.reason)});
        ++index;
    }
    return simdjson::SUCCESS;
}

// Iterates an object's members: `onField(std::string_view-comparable key, od::value &)`.
// Keys are compared raw (unescaped keys are never used by these APIs).
template <typename OnField>
void forEachField(od::object &object, RowState &state, OnField &&onField)
{
    for (auto member : object) {
        od::field field;
        if (auto error = std::move(member).get(field)) {
            state.fatal = error;
            return;
        }
        onField(field.key(), field.value());
        if (state.fatal)
            return;
    }
}

// Same for a value that should be an object: false (nothing read) when it is not one.
template <typename OnField>
bool forEachField(od::value &value, RowState &state, OnField &&onField)
{
    if (typeOf(value, state) != od::json_type::object)
        return false;
    od::object object;
    if (auto error = value.get_object().get(object)) {
        state.fatal = error;
        return false;
    }
    forEachField(object, state, onField);
    return true;
}

} // namespace jsonfields
