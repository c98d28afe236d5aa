#include "requestbuilder.h"

namespace requestbuilder {

namespace {

bool isReservedHeader(const QByteArray &name, const ApiAuth &auth)
{
    // Qt computes these itself; letting a caller set them would desynchronise the framing.
    static const QByteArray reserved[] = {"host", "content-length", "transfer-encoding", "connection"};
    const QByteArray lower = name.toLower();
    for (const QByteArray &r : reserved) {
        if (lower == r)
            return true;
    }
    return !auth.isEmpty() && lower == auth.headerName.toLower();
}

} // namespace

QNetworkRequest build(const ApiRequest &request, const QUrl &url, const ApiAuth &auth)
{
    QNetworkRequest out(url);
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    out.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    out.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    out.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Our own timers measure inactivity and the deadline (ApiReply); Qt's stays off so that
    // there is one source of truth for timeouts.
    out.setTransferTimeout(0);
    out.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("SessionScope/" SESSIONSCOPE_VERSION));
    out.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty() || request.verb == "POST") {
        out.setHeader(QNetworkRequest::ContentTypeHeader,
                      request.contentType.isEmpty() ? QByteArray("application/json") : request.contentType);
    }
    for (const auto &[name, value] : request.headers) {
        if (!name.isEmpty() && !isReservedHeader(name, auth))
            out.setRawHeader(name, value);
    }
    if (!auth.isEmpty())
        out.setRawHeader(auth.headerName, auth.headerValue);
    return out;
}

} // namespace requestbuilder
