#include "jsondocument.h"

#include <QStringBuilder>

#include <cstring>

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

} // namespace

JsonDocument::JsonDocument(QByteArrayView body)
    : m_nested(t_parser.busy)
    , m_size(body.size())
{
    // A parse inside a parse on one thread does not happen today; if it ever does, the
    // inner one gets its own parser instead of invalidating the outer document.
    std::size_t ownCapacity = 0;
    auto &parser = m_nested ? m_ownParser : t_parser.parser;
    auto &buffer = m_nested ? m_ownBuffer : t_parser.buffer;
    auto &capacity = m_nested ? ownCapacity : t_parser.capacity;
    if (!parser)
        parser = std::make_unique<od::parser>();
    const char *text = fillPadded(buffer, capacity, body);
    m_error = parser->iterate(text, std::size_t(body.size()), capacity).get(m_document);
    if (!m_nested)
        t_parser.busy = true;
}

JsonDocument::~JsonDocument()
{
    m_document = od::document{}; // drop every reference into the parser before it may go
    if (m_nested)
        return;
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

bool openRootObject(JsonDocument &document, od::object &root, QLatin1String backend, QString &error)
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

QString missingArrayError(QLatin1String backend, const QString &what, const QString &serverMessage)
{
    QString text = backend % QLatin1String(": the body has no ") % what;
    if (!serverMessage.isEmpty())
        text += QLatin1String("; it says: ") % serverMessage;
    return text;
}

} // namespace jsonfields
