#pragma once

#include "apiauth.h"
#include "apilimits.h"
#include "apireply.h"
#include "apirequest.h"

#include <QObject>
#include <QUrl>

#include <chrono>

class HostGate;
class QNetworkAccessManager;

// The only owner of a QNetworkAccessManager (DESIGN.md section 2): one per connection, GUI
// thread, asynchronous only. Adds the key, keeps requests on the connection's origin (https,
// or http on loopback), bounds every request (inactivity, deadline, bytes), retries reads with
// backoff and Retry-After, shares a cool-down and an in-flight cap per host, and turns every
// failure into one ApiError.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    // `origin`: the connection's base URL; only its scheme, host and port matter.
    explicit ApiClient(const QUrl &origin, ApiAuth auth, ApiLimits limits = {}, QObject *parent = nullptr);
    ~ApiClient() override;

    // Never null and never finished on return; see ApiReply.
    ApiReply *send(const ApiRequest &request);

    const QUrl &origin() const { return m_origin; }
    const ApiLimits &limits() const { return m_limits; }
    // How long new requests to the origin are held back by a server's rate limit (0: none).
    std::chrono::milliseconds coolDownRemaining() const;
    // The server's clock minus ours, from the Date header of the latest response (0 until one
    // came): a running session's elapsed time is counted in the server's "now".
    qint64 serverClockOffsetMs() const { return m_serverClockOffsetMs; }

private:
    QUrl m_origin;
    ApiAuth m_auth;
    ApiLimits m_limits;
    QNetworkAccessManager *m_network;
    HostGate *m_gate;
    qint64 m_serverClockOffsetMs = 0;
};
