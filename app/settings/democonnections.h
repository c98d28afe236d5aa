#pragma once

#include "connection.h"

#include "demo/demooptions.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <memory>

class DemoServer;

// The demo connections that are always in the picker, one per backend, served by an
// in-process demo server started the first time one of them is opened.
class DemoConnections final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoConnections)

public:
    explicit DemoConnections(QObject *parent = nullptr);
    ~DemoConnections() override;

    static QList<Connection> list();
    // Before the first start(): e.g. a still clock for a test (the default world moves).
    void setOptions(const DemoOptions &options) { m_options = options; }
    static bool isDemoId(const QString &connectionId);
    // Starts the server if needed; false (with a sentence in `error`) when it cannot listen.
    bool start(QString *error);
    // The connection with its base URL filled in; start() first.
    Connection resolved(const Connection &connection) const;
    // The demo's public key for the backend (app/demo/demokeys.h).
    static QByteArray key(Backend backend);
    DemoServer *server() const { return m_server.get(); }

private:
    DemoOptions m_options;
    std::unique_ptr<DemoServer> m_server;
};
