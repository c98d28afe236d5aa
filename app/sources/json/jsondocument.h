#pragma once

// Private to the page parsers: includes simdjson. Never include it from a public header.

#include <simdjson.h>

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace jsonfields {

namespace od = simdjson::ondemand;

// Where On-Demand gets its bytes from. simdjson reads SIMDJSON_PADDING bytes past the end
// of the JSON text and a QByteArray from the network gives no such promise, so the body is
// copied into a padded buffer; the copy runs at memcpy speed, far below the parse cost.
// The parser and the buffer are reused per thread (pages are parsed on pool threads, one at
// a time per thread); after a body larger than kKeepBytes both are released again so a
// single huge reply does not pin its memory to a worker thread for ever.
class JsonDocument final
{
public:
    explicit JsonDocument(QByteArrayView body);
    ~JsonDocument();
    JsonDocument(const JsonDocument &) = delete;
    JsonDocument &operator=(const JsonDocument &) = delete;

    // The error of iterate() is kept: simdjson reports some (unclosed string, bad UTF-8,
    // empty body) here rather than while walking.
    simdjson::error_code error() const noexcept { return m_error; }
    od::document &document() noexcept { return m_document; }

    static constexpr qsizetype kKeepBytes = 16 * 1024 * 1024;

private:
    // Only used by a parse nested inside another on the same thread (see the .cpp).
    std::unique_ptr<od::parser> m_ownParser;
    std::unique_ptr<char[]> m_ownBuffer;
    od::document m_document;
    simdjson::error_code m_error = simdjson::SUCCESS;
    bool m_nested = false;
    qsizetype m_size = 0;
};

// The body's top-level object. False with `error` set ("<backend>: the body is not JSON
// (...)") when the body is not JSON or its root is not an object.
bool openRootObject(JsonDocument &document, od::object &root, QLatin1String backend, QString &error);
// "<backend>: the body breaks off or is not valid JSON (...)" for an error met while walking.
QString brokenBodyError(QLatin1String backend, simdjson::error_code error);
// Text of a simdjson error for SessionPage::error.
QString errorText(simdjson::error_code error);
// "<backend>: the body has no <what>[; it says: <serverMessage>]".
QString missingArrayError(QLatin1String backend, const QString &what, const QString &serverMessage);

// How every list body ends: one that broke off while being walked keeps nothing but the
// error (rows read before the break would be a silently short page); one without its array
// says what was missing and what the server said instead; anything else is ok.
template<typename Result>
Result finishListBody(Result result, QLatin1String backend, simdjson::error_code fatal, bool hasArray,
                      const QString &what, const QString &serverMessage)
{
    if (fatal) {
        Result broken;
        broken.error = brokenBodyError(backend, fatal);
        return broken;
    }
    if (!hasArray) {
        Result empty;
        empty.error = missingArrayError(backend, what, serverMessage);
        return empty;
    }
    result.ok = true;
    return result;
}

} // namespace jsonfields
