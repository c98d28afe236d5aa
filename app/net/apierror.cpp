#include "apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr qsizetype kServerMessageMaxChars = 200;
// Only small bodies are worth parsing for a message; a huge error page is not one.
constexpr qsizetype kServerMessageMaxBodyBytes = 64 * 1024;

QString cleaned(const QString &text)
{
    QString out;
    out.reserve(std::min(text.size(), kServerMessageMaxChars + 1));
    for (const QChar c : text) {
        if (out.size() >= kServerMessageMaxChars) {
            out += QChar(0x2026); // the server's message went on
            break;
        }
        // Control characters (incl. newlines and bidi overrides' cousins in C0/C1) would let a
        // server forge log lines; they become spaces.
        const bool control = c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
        out += control ? QChar(u' ') : c;
    }
    return out.simplified();
}

} // namespace

ApiError::ApiError(Kind kind, QString technicalDetail, int httpStatus)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_detail(std::move(technicalDetail))
{}

ApiError ApiError::badResponse(QString userMessage, QString technicalDetail)
{
    ApiError error(Kind::BadResponse, std::move(technicalDetail));
    error.m_customUserMessage = std::move(userMessage);
    return error;
}

ApiError::Kind ApiError::kindForHttpStatus(int status)
{
    switch (status) {
    case 401: return Kind::Auth;
    case 403: return Kind::Forbidden;
    case 404: return Kind::NotFound;
    case 429: return Kind::RateLimited;
    default: break;
    }
    if (status >= 400 && status <= 499)
        return Kind::Client;
    if (status >= 500 && status <= 599)
        return Kind::Server;
    return Kind::BadResponse;
}

QString ApiError::serverMessage(QByteArrayView body)
{
    if (body.isEmpty() || body.size() > kServerMessageMaxBodyBytes)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray());
    if (!document.isObject())
        return {};
    const QJsonObject root = document.object();
    QString message = root.value(QLatin1String("message")).toString();
    const QJsonValue error = root.value(QLatin1String("error"));
    if (message.isEmpty() && error.isObject()) {
        const QJsonObject inner = error.toObject();
        message = inner.value(QLatin1String("message")).toString();
        const QString code = inner.value(QLatin1String("code")).toVariant().toString();
        if (!code.isEmpty())
            message = message.isEmpty() ? code : code + QLatin1String(": ") + message;
    } else if (message.isEmpty() && error.isString()) {
        message = error.toString();
    }
    return cleaned(message);
}

QString ApiError::userMessage() const
{
    if (!m_customUserMessage.isEmpty())
        return m_customUserMessage;
    switch (m_kind) {
    case Kind::None: return {};
    case Kind::Auth: return tr("The API key was rejected — check it in Connections.");
    case Kind::Forbidden: return tr("This key does not have permission to read these sessions.");
    case Kind::NotFound:
        return tr("The server does not know this address — check the server address in Connections.");
    case Kind::RateLimited:
        if (m_retryAfter && m_retryAfter->count() > 0)
            return tr("The service is busy (rate limited). Try again in %1 s.").arg(m_retryAfter->count());
        return tr("The service is busy (rate limited). Try again in a minute.");
    case Kind::Timeout: return tr("The server did not answer in time.");
    case Kind::Network:
        return tr("The server could not be reached — check the network connection and the address in Connections.");
    case Kind::TooLarge: return tr("The server sent more data than SessionScope accepts in one answer.");
    case Kind::BadResponse: return tr("The server sent an answer SessionScope cannot use.");
    case Kind::Server: return tr("The service has a problem at the moment. Try again later.");
    case Kind::Client: return tr("The server refused the request as invalid.");
    case Kind::Tls: return tr("The secure connection to the server could not be verified.");
    case Kind::Insecure:
        return tr("The address must start with https:// (plain http is only allowed on this computer).");
    case Kind::Cancelled: return tr("The request was cancelled.");
    }
    return {};
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Auth: return QStringLiteral("auth");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Network: return QStringLiteral("network");
    case Kind::TooLarge: return QStringLiteral("too-large");
    case Kind::BadResponse: return QStringLiteral("bad-response");
    case Kind::Server: return QStringLiteral("server");
    case Kind::Client: return QStringLiteral("client");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Insecure: return QStringLiteral("insecure");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

ApiError ApiError::redacted(QByteArrayView secret) const
{
    ApiError copy = *this;
    if (secret.isEmpty())
        return copy;
    const QString needle = QString::fromUtf8(secret);
    const QString mask = QStringLiteral("[redacted]");
    copy.m_detail.replace(needle, mask, Qt::CaseInsensitive);
    copy.m_customUserMessage.replace(needle, mask, Qt::CaseInsensitive);
    return copy;
}
