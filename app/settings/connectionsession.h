#pragma once

#include "connection.h"

#include <QObject>

#include <memory>

class ApiClient;
class SessionSource;

// An open connection: its source (how to ask) and its ApiClient (the one network owner for
// it, holding the key in memory). Closing the connection deletes this and so the key.
class ConnectionSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSession)

public:
    ConnectionSession(const Connection &connection, const QByteArray &key, QObject *parent = nullptr);
    ~ConnectionSession() override;

    const Connection &connection() const { return m_connection; }
    std::shared_ptr<const SessionSource> source() const { return m_source; }
    ApiClient *client() const { return m_client; }

private:
    Connection m_connection;
    std::shared_ptr<const SessionSource> m_source;
    ApiClient *m_client = nullptr;
};
