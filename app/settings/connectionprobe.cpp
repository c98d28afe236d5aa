#include "connectionprobe.h"

#include "connectionsession.h"

#include "net/apiclient.h"
#include "net/apireply.h"
#include "sources/mobilenext/mobilenextpageparser.h"
#include "sources/mobilenext/mobilenextsource.h"
#include "sources/sessionsource.h"

#include <QLocale>

namespace {

// One request, answered quickly: a user is watching the button.
ApiLimits probeLimits()
{
    ApiLimits limits;
    limits.inactivityTimeout = std::chrono::seconds(15);
    limits.totalDeadline = std::chrono::seconds(20);
    limits.maxRetries = 1;
    limits.retryBudget = std::chrono::seconds(5);
    limits.maxBodyBytes = 4 * 1024 * 1024;
    return limits;
}

Query onePageOfOne(const Query &query)
{
    Query out = query;
    std::visit([](auto &q) { q.pageSize = 1; }, out);
    return out;
}

} // namespace

ConnectionProbe::ConnectionProbe(QObject *parent)
    : QObject(parent)
{}

ConnectionProbe::~ConnectionProbe() = default;

void ConnectionProbe::start(const Connection &connection, const QByteArray &key)
{
    if (m_reply)
        m_reply->disconnect(this);
    delete m_session; // aborts the reply in flight with its client
    m_session = new ConnectionSession(connection, key, this);

    const SessionSource &source = *m_session->source();
    ApiRequest request;
    if (connection.backend == Backend::MobileNext) {
        request = toApiRequest(static_cast<const MobileNextSource &>(source).organizationsRequest());
    } else {
        request = toApiRequest(source.pageRequest(onePageOfOne(source.defaultQuery()), PageCursor{}));
    }
    request.limits = probeLimits();
    m_reply = m_session->client()->send(request);
    connect(m_reply, &ApiReply::finished, this, &ConnectionProbe::onReply);
}

void ConnectionProbe::onReply()
{
    ApiReply *reply = m_reply;
    m_reply = nullptr;
    const Result result = resultFor(*reply);
    reply->deleteLater();
    emit finished(result);
}

ConnectionProbe::Result ConnectionProbe::resultFor(const ApiReply &reply) const
{
    Result result;
    if (!reply.ok()) {
        result.errorKind = reply.error().kind();
        result.message = reply.error().userMessage();
        return result;
    }
    const auto unusable = [&result] {
        result.errorKind = ApiError::Kind::BadResponse;
        result.message = tr("The key works, but the answer is not what this service sends: check the address "
                            "and the service chosen.");
        return result;
    };
    if (m_session->connection().backend == Backend::MobileNext) {
        const mobilenext::OrganizationList list = mobilenext::parseOrganizations(reply.body());
        if (!list.ok)
            return unusable();
        for (const mobilenext::OrganizationRecord &o : list.rows)
            result.organizations.append({o.id, o.personal ? QString() : o.name});
        result.ok = true;
        const qsizetype count = result.organizations.size();
        result.message = tr("Connected — %Ln organization(s) to choose from", nullptr, int(count));
        return result;
    }
    const SessionPage page = m_session->source()->parsePage(reply.body());
    if (!page.ok)
        return unusable();
    result.ok = true;
    result.total = page.total;
    result.message = page.total ? tr("Connected — %1 sessions visible").arg(QLocale().toString(*page.total))
                                : tr("Connected — the key works");
    return result;
}
