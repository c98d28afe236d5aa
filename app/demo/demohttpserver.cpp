#include "demohttpserver.h"

#include <QTcpSocket>

DemoHttpServer::DemoHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

DemoHttpServer::~DemoHttpServer() = default;

bool DemoHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;
}

void DemoHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Unreachable while handleRequest() takes everything; close rather than hang the client.
    socket->disconnectFromHost();
}
