#include "jsonfields.h"

#include "domain/iso8601.h"

#include <cstring>
#include <memory>

namespace jsonfields {
namespace {

struct ThreadParser
{
    std::unique_ptr<od::parser> parser;
    std::unique_ptr<char[]> buffer;
    std::size_t capacity = 0;
    bool busy = false;
};

thread_local ThreadParser t_parser;

// Copies the body into `buffer` (grown to at least size + padding) and zeroes the padding,
// which simdjson may read but never interprets.
char *fillPadded(std::unique_ptr<char[]> &buffer, std::size_t &capacity, QByteArrayView body)
{
    const std::size_t size = std::size_t(body.size());
    const std::size_t needed = size + simdjson::SIMDJSON_PADDING;
    if (capacity < needed) {
        buffer = std::make_unique_for_overwrite<char[]>(needed);
        capacity = needed;
    }
    if (size > 0)
        std::memcpy(buffer.get(), body.data(), size);
    std::memset(buffer.get() + size, 0, simdjson::SIMDJSON_PADDING);
    return buffer.get();
}

QString fieldText(std::string_view field)
{
    return QString::fromLatin1(field.data(), qsizetype(field.size()));
}

} // namespace

Document::Document(QByteArrayView body)
    : m_size(body.size())
{
    // A parse inside a parse on one thread cannot happen today; if it ever does, the inner
    // one gets its own parser instead of corrupting the outer document.
    m_nested = t_parser.busy;
    std::unique_ptr<od::parser> ownParser;
    std::unique_ptr<char[]> ownBuffer;
    std::size_t ownCapacity = 0;
    auto &parser = m_nested ? ownParser : t_parser.parser;
    auto &buffer = m_nested ? ownBuffer : t_parser.buffer;
    auto &capacity = m_nested ? ownCapacity : t_parser.capacity;
    if (!parser)
        parser = std::make_unique<od::parser>();
    char *text = fillPadded(buffer, capacity, body);
    m_error = parser->iterate(text, std::size_t(body.size()), capacity).get(m_document);
    if (m_nested) {
        m_parser = ownParser.release();
        m_buffer = ownBuffer.release();
    } else {
        t_parser.busy = true;
        m_parser = t_parser.parser.get();
        m_buffer = t_parser.buffer.get();
    }
}

Document::~Document()
{
    m_document = od::document{}; // drop every reference into the parser before it may go
    if (m_nested) {
        delete m_parser;
        delete[] m_buffer;
        return;
    }
    t_parser.busy = false;
    if (m_size > kKeepBytes) {
        t_parser.parser.reset();
        t_parser.buffer.reset();
        t_parser.capacity = 0;
    }
}

QString errorText(simdjson::error_code error)
{
    return QString::fromLatin1(simdjson::error_message(error));
}

bool openRootObject(Document &document, od::object &root, QLatin1String backend, QString &error)
{
    if (document.error()) {
        error = backend % QLatin1String(": the body is not JSON (") % errorText(document.error()) % u')';
        return false;
    }
    if (auto rootError = document.document().get_object().get(root)) {
        error = backend % QLatin1String(": the body is not a JSON object (") % errorText(rootError) % u')';
        return false;
    }
    return true;
}

QString brokenBodyError(QLatin1String backend, simdjson::error_code error)
{
    return backend % QLatin1String(": the body breaks off or is not valid JSON (") % errorText(error) % u')';
}

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

bool integerText(od::value &value, QString &out, RowState &state)
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
    Q_UNUSED(state);
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
    if (type == od::json_type::number && integerText(value, out, state))
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
        integerText(value, out, state);
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
