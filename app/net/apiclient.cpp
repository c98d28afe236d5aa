#include "apiclient.h"

#include "hostgate.h"
#include "originpolicy.h"
#include "retryafter.h"

#include <QDateTime>
#include <QNetworkAccessManager>

ApiClient::ApiClient(const QUrl &origin, ApiAuth auth, ApiLimits limits, QObject *parent)
    : QObject(parent)
    , m_origin(origin)
    , m_auth(std::move(auth))
    , m_limits(limits)
    , m_network(new QNetworkAccessManager(this))
    , m_gate(new HostGate(limits.maxInFlightPerHost, this))
{
    // Each request sets these too (requestbuilder); the manager's defaults are the safety net.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setStrictTransportSecurityEnabled(true);
}

ApiClient::~ApiClient()
{
    // Replies are children too and may outlive the manager and the gate during ~QObject;
    // they hold guarded pointers to both, so nothing more is needed here.
}

ApiReply *ApiClient::send(const ApiRequest &request)
{
    auto *reply = new ApiReply(request, ApiReply::Wiring{m_network, m_gate, m_origin, m_auth, m_limits}, this);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (const std::optional<qint64> serverMs = parseHttpDate(reply->header("Date"), now.date().year()))
            m_serverClockOffsetMs = *serverMs - now.toMSecsSinceEpoch();
    });
    reply->start();
    return reply;
}

std::chrono::milliseconds ApiClient::coolDownRemaining() const
{
    return m_gate->coolDownRemaining(originpolicy::originText(m_origin));
}
