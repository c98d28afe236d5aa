#pragma once

// A deliberately plain HTTP client for the demo server's tests: one QNetworkAccessManager,
// no retries, no redirects followed, each call waits for its reply with QSignalSpy. The
// tests check the server's bytes with QJsonDocument, independently of the app's parsers.
#include "demo/demokeys.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

#include <memory>

struct DemoHttpReply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;
    bool finished = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const
    {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
};

using DemoHeaders = QList<QPair<QByteArray, QByteArray>>;

inline DemoHeaders centuryAuth(const char *key = demokeys::kCenturyKey)
{
    return {{"x-api-key", key}};
}
inline DemoHeaders treasureAuth()
{
    return {{"Authorization", QByteArray("TD1 ") + demokeys::kTreasureKey}};
}
inline DemoHeaders mobileNextAuth()
{
    return {{"Authorization", QByteArray("Bearer ") + demokeys::kMobileNextKey}};
}

class DemoHttp final
{
public:
    DemoHttp() { m_nam.setProxy(QNetworkProxy::NoProxy); }

    DemoHttpReply get(const QUrl &url, const DemoHeaders &headers, int timeoutMs = 15000)
    {
        return send(QByteArrayLiteral("GET"), url, headers, {}, timeoutMs);
    }
    DemoHttpReply post(const QUrl &url, const DemoHeaders &headers, const QByteArray &body, int timeoutMs = 15000)
    {
        DemoHeaders withType = headers;
        withType.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return send(QByteArrayLiteral("POST"), url, withType, body, timeoutMs);
    }

private:
    DemoHttpReply send(const QByteArray &verb, const QUrl &url, const DemoHeaders &headers, const QByteArray &body,
                       int timeoutMs)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        for (const auto &[key, value] : headers)
            request.setRawHeader(key, value);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(verb == "POST" ? m_nam.post(request, body) : m_nam.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        DemoHttpReply result;
        result.finished = finished.wait(timeoutMs);
        if (!result.finished)
            reply->abort();
        result.elapsedMs = timer.elapsed();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        result.headers = reply->rawHeaderPairs();
        return result;
    }

    QNetworkAccessManager m_nam;
};
