#include "connectionsession.h"

#include "net/apiclient.h"
#include "sources/sessionsource.h"

ConnectionSession::ConnectionSession(const Connection &connection, const QByteArray &key, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_source(makeSessionSource(connection.backend, connection.baseUrl))
{
    const auto header = m_source->authHeader(key);
    m_client = new ApiClient(connection.baseUrl, ApiAuth{header.first, header.second}, {}, this);
}

ConnectionSession::~ConnectionSession() = default;
