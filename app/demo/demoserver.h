#pragma once

#include "demofaults.h"
#include "demooptions.h"

#include "domain/backend.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class DemoCenturyRoutes;
class DemoHttpServer;
class DemoWorld;
class DemoMobileNextRoutes;
class QHttpServerRequest;
class QTcpSocket;
class DemoRateLimiter;
class DemoTreasureRoutes;
struct DemoResponse;

// The embedded demo of all three session APIs, served over real HTTP on loopback: the
// backend of `sessionscope --demo`, `sessionscope demo-server` and every integration test.
// Paths: /century/api/v1/..., /treasure/api/..., /mobilenext/api/v1/... (API-NOTES.md).
class DemoServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServer)

public:
    explicit DemoServer(const DemoOptions &options, QObject *parent = nullptr);
    ~DemoServer() override;

    // Port 0 picks a free one. A non-loopback address is refused unless options.allowRemote.
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // e.g. http://127.0.0.1:PORT/century/api/v1 — what a client profile's base URL is.
    QUrl baseUrl(Backend backend) const;

    DemoWorld &world() { return *m_world; }
    const DemoOptions &options() const { return m_options; }

    void setFaults(const DemoFaults &faults) { m_options.faults = faults; }
    const DemoFaults &faults() const { return m_options.faults; }
    void setRateLimitPerMinute(int perMinute);
    void setRetryAfterAsDate(bool asDate) { m_options.retryAfterAsDate = asDate; }
    void setMobileNextShape(DemoMobileNextShape shape) { m_options.mobileNextShape = shape; }

    // Simulated clock control (tests): jump ahead, or change its pace (0 freezes it).
    void advanceClock(qint64 ms);
    void setClockSpeed(double speed);
    qint64 nowMs() const;

    qint64 requestCount() const { return m_requestCount; }

signals:
    void requestHandled(int status);

private:
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    bool faultHits(double rate, quint64 salt) const;
    // The test-only key of DemoOptions::canaryKey, sent as `scheme` + key.
    bool isCanary(const QByteArray &credential, const char *scheme) const;

    DemoOptions m_options;
    std::unique_ptr<DemoWorld> m_world;
    std::unique_ptr<DemoCenturyRoutes> m_century;
    std::unique_ptr<DemoTreasureRoutes> m_treasure;
    std::unique_ptr<DemoMobileNextRoutes> m_mobileNext;
    std::unique_ptr<DemoRateLimiter> m_rateLimiter;
    // Declared last so that it goes first: its sockets (and any reply still being written)
    // must not outlive the world and routes they call into.
    std::unique_ptr<DemoHttpServer> m_http;
    QHostAddress m_address;
    quint16 m_port = 0;
    qint64 m_requestCount = 0;
    qint64 m_acceptedCount = 0; // requests whose key was good (DemoFaults::rejectKeyAfter)
};
