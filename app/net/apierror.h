#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

// Why a request failed, told twice: userMessage() is a sentence a teacher can act on,
// technicalDetail() is for the log view (HTTP status, Qt's error, the URL path, the server's
// own message). Neither ever holds a request header, so neither can hold the key.
class ApiError final
{
    // ApiError::tr(): lupdate files the sentences under the "ApiError" context.
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Auth,        // 401
        Forbidden,   // 403
        NotFound,    // 404
        RateLimited, // 429, still after the retries
        Timeout,     // inactivity or total deadline
        Network,     // connection refused, reset, host not found, ...
        TooLarge,    // over the byte cap
        BadResponse, // unusable answer: cross-origin redirect, invalid data, looping cursor, ...
        Server,      // 5xx, still after the retries
        Client,      // any other 4xx
        Tls,         // certificate or handshake failure (never ignored)
        Insecure,    // refused before sending: plain http to a non-loopback host, another origin
        Cancelled,   // abort()
    };

    ApiError() = default;
    ApiError(Kind kind, QString technicalDetail, int httpStatus = 0);

    // For callers above the network (the Pager's looping cursor, a parser's verdict): their own
    // sentence for the user, still with the technical side for the log.
    static ApiError badResponse(QString userMessage, QString technicalDetail);
    // 401 -> Auth, 403 -> Forbidden, 404 -> NotFound, 429 -> RateLimited, other 4xx -> Client,
    // 5xx -> Server, anything else -> BadResponse.
    static Kind kindForHttpStatus(int status);
    // The server's own explanation from an error body, for the detail: Century's
    // {"message": ...} and Mobile Next's {"error": {"code", "message"}} (or "error": "...").
    // At most ~200 characters, control characters removed; empty when there is none.
    static QString serverMessage(QByteArrayView body);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    // How long the server asked us to wait (RateLimited), if it said.
    std::optional<std::chrono::seconds> retryAfter() const { return m_retryAfter; }
    void setRetryAfter(std::chrono::seconds wait) { m_retryAfter = wait; }

    QString userMessage() const;
    QString technicalDetail() const { return m_detail; }
    // A short stable name for logs and tests ("auth", "timeout", ...); not translated.
    static QString kindName(Kind kind);

    // The same error with every occurrence of `secret` in its texts masked. ApiClient passes
    // each error through this with the key, so that a server echoing the key back in its
    // error body cannot put it in a log.
    ApiError redacted(QByteArrayView secret) const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_detail;
    QString m_customUserMessage; // empty: the kind's own sentence
    std::optional<std::chrono::seconds> m_retryAfter;
};
