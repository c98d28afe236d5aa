#pragma once

// A loopback HTTPS server for TLS tests: presents the certificate it is given, answers every
// request with a small JSON page, and counts handshakes and requests (a request that arrives
// proves the client accepted the certificate). Header-only and without Q_OBJECT.
#include "testcertificates.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>

class LocalHttpsServer final : public QTcpServer
{
public:
    explicit LocalHttpsServer(const TestCertificate &identity, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_identity(identity)
    {
        listen(QHostAddress::LocalHost, 0);
    }

    // Sent as the body of every answer (Content-Type: application/json).
    void setBody(const QByteArray &body) { m_body = body; }
    QUrl url(const QString &path = QStringLiteral("/")) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }
    int handshakes() const { return m_handshakes; }
    // Requests read after a completed handshake, with their headers (a key in them is fine:
    // this is the key's own host).
    const QList<QByteArray> &requests() const { return m_requests; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            socket->deleteLater();
            return;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_identity.certificate);
        config.setPrivateKey(m_identity.key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients show no certificate
        socket->setSslConfiguration(config);
        connect(socket, &QSslSocket::encrypted, this, [this] { ++m_handshakes; });
        connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
            QByteArray &pending = m_pending[socket];
            pending += socket->readAll();
            if (!pending.contains("\r\n\r\n"))
                return;
            m_requests.append(pending);
            pending.clear();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                          + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
            socket->disconnectFromHost();
        });
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QAbstractSocket::errorOccurred, socket, [socket] { socket->deleteLater(); });
        connect(socket, &QObject::destroyed, this, [this, socket] { m_pending.remove(socket); });
        socket->startServerEncryption();
    }

private:
    TestCertificate m_identity;
    QByteArray m_body = "{}";
    int m_handshakes = 0;
    QList<QByteArray> m_requests;
    QHash<QObject *, QByteArray> m_pending;
};
