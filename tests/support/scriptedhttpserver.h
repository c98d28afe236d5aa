#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

// A loopback HTTP/1.1 server for tests that need full control over the bytes on the wire:
// any status line, headers, bodies trickled on a timer, connections closed mid-body. It
// records every request (with its headers, so a test can prove a key never arrived) and
// how many requests were being answered at the same time. Header-only and without Q_OBJECT
// so any test can include it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray raw; // everything received on the connection

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &pair) {
            return QByteArrayView(pair.first).compare(name, Qt::CaseInsensitive) == 0;
        });
    }
};

class ScriptedHttpServer final : public QObject
{
public:
    // Answers one request. Use respond() for a whole answer, or write to the socket yourself
    // (possibly later, from a timer parented to the socket) and close it when done.
    using Handler = std::function<void(const RecordedRequest &request, QTcpSocket *socket)>;
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit ScriptedHttpServer(QObject *parent = nullptr)
        : QObject(parent)
        , m_server(new QTcpServer(this))
    {
        m_server->listen(QHostAddress::LocalHost, 0);
        connect(m_server, &QTcpServer::newConnection, this, [this] { acceptPending(); });
    }

    ~ScriptedHttpServer() override
    {
        // Sockets are the QTcpServer's children and die after our members; cut them loose
        // first so no callback runs into a half-destroyed server.
        const auto sockets = m_server->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets) {
            socket->disconnect();
            socket->abort();
        }
    }

    bool isListening() const { return m_server->isListening(); }
    quint16 port() const { return m_server->serverPort(); }
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery));
    }
    QUrl origin() const { return url(QStringLiteral("/")); }

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int connectionCount() const { return m_connections; }
    int maxConcurrent() const { return m_maxActive; }

    static QByteArray reasonPhrase(int status)
    {
        switch (status) {
        case 200: return "OK";
        case 301: return "Moved Permanently";
        case 302: return "Found";
        case 303: return "See Other";
        case 307: return "Temporary Redirect";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 429: return "Too Many Requests";
        case 500: return "Internal Server Error";
        case 503: return "Service Unavailable";
        default: return "Status";
        }
    }

    // Status line and headers; Content-Length is added unless `headers` names one or
    // `withLength` is false (then the body ends when the connection closes).
    static QByteArray head(int status, qint64 contentLength, const Headers &headers = {}, bool withLength = true)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        bool hasLength = false;
        for (const auto &[key, value] : headers) {
            hasLength = hasLength || key.compare("Content-Length", Qt::CaseInsensitive) == 0;
            out += key + ": " + value + "\r\n";
        }
        if (withLength && !hasLength)
            out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
        out += "Connection: close\r\n\r\n";
        return out;
    }

    static void respond(QTcpSocket *socket, int status, const QByteArray &body = {}, const Headers &headers = {})
    {
        socket->write(head(status, body.size(), headers) + body);
        socket->disconnectFromHost();
    }

    static void respondJson(QTcpSocket *socket, int status, const QByteArray &json, Headers headers = {})
    {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        respond(socket, status, json, headers);
    }

    // Sends `headBytes` now, then `body` one byte every `intervalMs`, then closes.
    static void trickle(QTcpSocket *socket, const QByteArray &headBytes, const QByteArray &body, int intervalMs)
    {
        socket->write(headBytes);
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, body, sent] {
            if (*sent >= body.size()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(body.mid(*sent, 1));
            ++*sent;
        });
        timer->start(intervalMs);
    }

    // Answers after `delayMs` (the socket may be gone by then: the client gave up).
    static void respondLater(QTcpSocket *socket, int delayMs, int status, const QByteArray &body = {},
                             const Headers &headers = {})
    {
        QTimer::singleShot(delayMs, socket, [socket, status, body, headers] { respond(socket, status, body, headers); });
    }

private:
    void acceptPending()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++m_connections;
            auto buffer = std::make_shared<QByteArray>();
            auto handled = std::make_shared<bool>(false);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, handled] {
                buffer->append(socket->readAll());
                if (*handled)
                    return;
                RecordedRequest request;
                if (!parse(*buffer, request))
                    return;
                *handled = true;
                m_requests.append(request);
                ++m_active;
                m_maxActive = std::max(m_maxActive, m_active);
                if (m_handler)
                    m_handler(request, socket);
                else
                    respondJson(socket, 200, "{}");
            });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket, handled] {
                if (*handled)
                    --m_active;
                *handled = false;
                socket->deleteLater();
            });
        }
    }

    static bool parse(const QByteArray &buffer, RecordedRequest &out)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        out.method = requestLine.value(0);
        out.target = requestLine.value(1);
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray key = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            out.headers.append(qMakePair(key, value));
            if (key.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() - (end + 4) < length)
            return false;
        out.body = buffer.mid(end + 4, length);
        out.raw = buffer;
        return true;
    }

    QTcpServer *m_server;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    int m_connections = 0;
    int m_active = 0;
    int m_maxActive = 0;
};
