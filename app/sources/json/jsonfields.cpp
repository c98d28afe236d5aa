#include "jsonfields.h"

#include "domain/iso8601.h"

namespace jsonfields {
namespace {

QString fieldText(std::string_view field)
{
    return QString::fromLatin1(field.data(), qsizetype(field.size()));
}

} // namespace

void RowState::wrongType(std::string_view field, std::string_view expected)
{
    malformed(fieldText(field) % QLatin1String(": expected ") % fieldText(expected));
}

void RowState::missing(std::string_view field)
{
    malformed(fieldText(field) % QLatin1String(": missing"));
}

od::json_type typeOf(od::value &value, RowState &state)
{
    od::json_type type = od::json_type::null;
    if (auto error = value.type().get(type)) {
        state.fatal = error;
        return od::json_type::null;
    }
    return type;
}

namespace {

// The string's unescaped bytes, or false (with the state updated) when it is not a string.
bool stringView(od::value &value, std::string_view &out, RowState &state)
{
    if (typeOf(value, state) != od::json_type::string)
        return false;
    if (auto error = value.get_string().get(out)) {
        state.fatal = error;
        return false;
    }
    return true;
}

// An id sent as a number becomes the decimal text the string form would have held (ids are
// compared and stored as text everywhere); up to 2^64-1, floats are not ids.
bool integerText(od::value &value, QString &out)
{
    int64_t signedValue = 0;
    if (value.get_int64().get(signedValue) == simdjson::SUCCESS) {
        out = QString::number(signedValue);
        return true;
    }
    uint64_t unsignedValue = 0;
    if (value.get_uint64().get(unsignedValue) == simdjson::SUCCESS) {
        out = QString::number(unsignedValue);
        return true;
    }
    return false;
}

} // namespace

bool readRequiredString(od::value &value, std::string_view field, QString &out, RowState &state)
{
    std::string_view text;
    if (!stringView(value, text, state)) {
        state.wrongType(field, "a string");
        return false;
    }
    out = toQString(text);
    return true;
}

void readOptionalString(od::value &value, QString &out, RowState &state)
{
    std::string_view text;
    if (stringView(value, text, state))
        out = toQString(text);
}

bool readRequiredString(od::value &value, std::string_view field, RepeatedString &cache, QString &out,
                        RowState &state)
{
    std::string_view text;
    if (!stringView(value, text, state)) {
        state.wrongType(field, "a string");
        return false;
    }
    out = cache.get(text);
    return true;
}

void readOptionalString(od::value &value, RepeatedString &cache, QString &out, RowState &state)
{
    std::string_view text;
    if (stringView(value, text, state))
        out = cache.get(text);
}

bool readRequiredId(od::value &value, std::string_view field, QString &out, RowState &state)
{
    const od::json_type type = typeOf(value, state);
    if (type == od::json_type::string)
        return readRequiredString(value, field, out, state);
    if (type == od::json_type::number && integerText(value, out))
        return true;
    state.wrongType(field, "a string or integer id");
    return false;
}

void readOptionalId(od::value &value, QString &out, RowState &state)
{
    const od::json_type type = typeOf(value, state);
    if (type == od::json_type::string)
        readOptionalString(value, out, state);
    else if (type == od::json_type::number)
        integerText(value, out);
}

bool readRequiredTime(od::value &value, std::string_view field, qint64 &outMs, RowState &state, QString *raw)
{
    std::string_view text;
    if (!stringView(value, text, state)) {
        state.wrongType(field, "an RFC 3339 date-time string");
        return false;
    }
    const auto ms = iso8601::parseDateTimeMs(text);
    if (!ms) {
        state.wrongType(field, "an RFC 3339 date-time");
        return false;
    }
    outMs = *ms;
    if (raw)
        *raw = toQString(text);
    return true;
}

// An optional instant that is present but unreadable is still a broken row: showing a live
// session as having no end (or no birthday) would be a silent lie. Null is fine.
void readOptionalTime(od::value &value, std::string_view field, qint64 &outMs, RowState &state, QString *raw)
{
    const od::json_type type = typeOf(value, state);
    if (type == od::json_type::null)
        return;
    readRequiredTime(value, field, outMs, state, raw);
}

void readOptionalBool(od::value &value, bool &out, RowState &state)
{
    if (typeOf(value, state) != od::json_type::boolean)
        return;
    bool flag = false;
    if (auto error = value.get_bool().get(flag)) {
        state.fatal = error;
        return;
    }
    out = flag;
}

void readOptionalStringList(od::value &value, QStringList &out, RowState &state)
{
    if (typeOf(value, state) != od::json_type::array)
        return;
    od::array array;
    if (auto error = value.get_array().get(array)) {
        state.fatal = error;
        return;
    }
    for (auto element : array) {
        od::value item;
        if (auto error = element.get(item)) {
            state.fatal = error;
            return;
        }
        std::string_view text;
        if (stringView(item, text, state))
            out.append(toQString(text));
        if (state.fatal)
            return;
    }
}

QByteArray compactJson(od::value &value, qsizetype maxBytes, bool &truncated, RowState &state)
{
    truncated = false;
    std::string_view raw;
    simdjson::error_code error = simdjson::SUCCESS;
    switch (typeOf(value, state)) {
    case od::json_type::object: {
        od::object object;
        error = value.get_object().get(object);
        if (!error)
            error = object.raw_json().get(raw);
        break;
    }
    case od::json_type::array: {
        od::array array;
        error = value.get_array().get(array);
        if (!error)
            error = array.raw_json().get(raw);
        break;
    }
    default:
        raw = value.raw_json_token();
        break;
    }
    if (error) {
        state.fatal = error;
        return {};
    }
    // simdjson has validated the text already; only whitespace outside strings goes.
    QByteArray out;
    out.reserve(qMin(qsizetype(raw.size()), maxBytes));
    bool inString = false;
    bool escaped = false;
    for (const char c : raw) {
        if (!inString && (c == ' ' || c == '\n' || c == '\r' || c == '\t'))
            continue;
        if (out.size() == maxBytes) {
            truncated = true;
            break;
        }
        out.append(c);
        if (escaped)
            escaped = false;
        else if (c == '\\')
            escaped = inString;
        else if (c == '"')
            inString = !inString;
    }
    return out;
}

QString readErrorValue(od::value &value, RowState &state)
{
    const od::json_type type = typeOf(value, state);
    QString text;
    if (type == od::json_type::string) {
        readOptionalString(value, text, state);
        return text;
    }
    if (type != od::json_type::object)
        return text;
    od::object object;
    if (auto error = value.get_object().get(object)) {
        state.fatal = error;
        return text;
    }
    QString code;
    for (auto member : object) {
        od::field field;
        if (auto error = std::move(member).get(field)) {
            state.fatal = error;
            return text;
        }
        if (field.key() == "code")
            readOptionalId(field.value(), code, state);
        else if (field.key() == "message")
            readOptionalString(field.value(), text, state);
    }
    return code.isEmpty() ? text : code % QLatin1String(": ") % text;
}

} // namespace jsonfields
