#pragma once

#include <QAbstractHttpServer>

#include <functional>

class QHttpServerRequest;
class QTcpSocket;

// The HTTP front of DemoServer. QAbstractHttpServer (rather than QHttpServer's router) hands
// over the raw socket, which the faults need: answering later, dribbling, cutting off.
class DemoHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoHttpServer)

public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit DemoHttpServer(Handler handler, QObject *parent = nullptr);
    ~DemoHttpServer() override;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
