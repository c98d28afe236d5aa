#include "demoserver.h"

#include "democenturyroutes.h"
#include "demohttpserver.h"
#include "demokeys.h"
#include "demorandom.h"
#include "demoresponse.h"
#include "demoresponsewriter.h"
#include "demoworld.h"
#include "demomobilenextroutes.h"
#include "demoratelimiter.h"
#include "demotreasureroutes.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QTimeZone>

namespace {

constexpr char kCenturyPrefix[] = "/century/api/v1";
constexpr char kTreasurePrefix[] = "/treasure";
constexpr char kMobileNextPrefix[] = "/mobilenext";

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    default: return "OTHER";
    }
}

// The part of `path` after `prefix` when it lies under it ("" for the prefix itself).
bool under(const QString &path, const char *prefix, QString *rest)
{
    const QLatin1String p(prefix);
    if (!path.startsWith(p) || (path.size() > p.size() && path.at(p.size()) != QLatin1Char('/')))
        return false;
    *rest = path.mid(p.size());
    return true;
}

DemoResponse errorFor(Backend backend, int status, const char *code, const QString &message)
{
    switch (backend) {
    case Backend::Century: return DemoCenturyRoutes::error(status, message);
    case Backend::Treasure: return DemoTreasureRoutes::error(status, message);
    case Backend::MobileNext: return DemoMobileNextRoutes::error(status, code, message);
    }
    return DemoCenturyRoutes::error(status, message);
}

} // namespace

DemoServer::DemoServer(const DemoOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_world(std::make_unique<DemoWorld>(options.seed, options.scale, options.speed))
    , m_century(std::make_unique<DemoCenturyRoutes>(m_world->century()))
    , m_treasure(std::make_unique<DemoTreasureRoutes>(m_world->treasure()))
    , m_mobileNext(std::make_unique<DemoMobileNextRoutes>(m_world->mobileNext()))
    , m_rateLimiter(std::make_unique<DemoRateLimiter>(options.rateLimitPerMinute))
    , m_http(std::make_unique<DemoHttpServer>([this](const QHttpServerRequest &request, QTcpSocket *socket) {
                 handle(request, socket);
             }))
{
    if (!options.canaryPupilName.isEmpty())
        m_world->setCanaryPupilName(options.canaryPupilName);
}

DemoServer::~DemoServer() = default;

bool DemoServer::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback() && !m_options.allowRemote)
        return false;
    const quint16 bound = m_http->listen(address, port);
    if (bound == 0)
        return false;
    m_address = address;
    m_port = bound;
    return true;
}

QUrl DemoServer::baseUrl(Backend backend) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.isNull() ? QStringLiteral("127.0.0.1") : m_address.toString());
    url.setPort(m_port);
    switch (backend) {
    case Backend::Century: url.setPath(QLatin1String(kCenturyPrefix)); break;
    case Backend::Treasure: url.setPath(QLatin1String(kTreasurePrefix)); break;
    case Backend::MobileNext: url.setPath(QLatin1String(kMobileNextPrefix)); break;
    }
    return url;
}

void DemoServer::setRateLimitPerMinute(int perMinute)
{
    m_options.rateLimitPerMinute = perMinute;
    m_rateLimiter->setPerMinute(perMinute);
}

void DemoServer::advanceClock(qint64 ms)
{
    m_world->clock().advance(ms);
}

void DemoServer::setClockSpeed(double speed)
{
    m_options.speed = speed;
    m_world->clock().setSpeed(speed);
}

qint64 DemoServer::nowMs() const
{
    return m_world->nowMs();
}

bool DemoServer::isCanary(const QByteArray &credential, const char *scheme) const
{
    return !m_options.canaryKey.isEmpty() && credential == QByteArray(scheme) + m_options.canaryKey;
}

bool DemoServer::faultHits(double rate, quint64 salt) const
{
    return rate > 0
           && demorandom::unit(demorandom::hash(m_options.seed, demorandom::FaultStream, quint64(m_requestCount), salt))
                  < rate;
}

void DemoServer::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requestCount;
    const DemoFaults &faults = m_options.faults;
    const QString path = request.url().path();
    const QByteArray method = methodName(request.method());
    DemoResponseWriter::Plan plan;
    plan.closeAfter = request.value("connection").compare("close", Qt::CaseInsensitive) == 0;

    const auto finish = [&](const DemoResponse &response, const DemoResponseWriter::Plan &how) {
        emit requestHandled(response.status);
        if (faults.latencyMs <= 0) {
            DemoResponseWriter::send(socket, response, how);
            return;
        }
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(faults.latencyMs, socket, [guarded, response, how] {
            DemoResponseWriter::send(guarded.data(), response, how);
        });
    };

    if (faults.redirect.isValid()) {
        QUrl target = faults.redirect;
        QString base = target.path();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        target.setPath(base + path);
        target.setQuery(request.url().query(QUrl::FullyEncoded), QUrl::StrictMode);
        DemoResponse response = DemoResponse::json(302, "{\"message\":\"Found\"}");
        response.headers.append({"Location", target.toEncoded()});
        finish(response, plan);
        return;
    }

    QString rest;
    Backend backend;
    QByteArray credential;
    bool forbidden = false;
    if (under(path, kCenturyPrefix, &rest)) {
        backend = Backend::Century;
        credential = request.value("x-api-key");
        forbidden = credential == demokeys::kCenturyReadOnlyKey;
        if (credential != demokeys::kCenturyKey && !forbidden && !isCanary(credential, ""))
            credential.clear();
    } else if (under(path, kTreasurePrefix, &rest)) {
        backend = Backend::Treasure;
        credential = request.value("authorization");
        if (credential != QByteArray("TD1 ") + demokeys::kTreasureKey && !isCanary(credential, "TD1 "))
            credential.clear();
    } else if (under(path, kMobileNextPrefix, &rest)) {
        backend = Backend::MobileNext;
        credential = request.value("authorization");
        if (credential != QByteArray("Bearer ") + demokeys::kMobileNextKey && !isCanary(credential, "Bearer "))
            credential.clear();
    } else {
        finish(DemoResponse::json(404, "{\"message\":\"Not found\"}"), plan);
        return;
    }

    if (credential.isEmpty()) {
        finish(errorFor(backend, 401, "unauthorized", QStringLiteral("Missing or invalid API key")), plan);
        return;
    }
    if (forbidden) {
        finish(errorFor(backend, 403, "forbidden", QStringLiteral("This key may not read sessions")), plan);
        return;
    }
    if (faults.rejectKeyAfter >= 0 && m_acceptedCount >= faults.rejectKeyAfter) {
        finish(errorFor(backend, 401, "unauthorized", QStringLiteral("This API key has been revoked")), plan);
        return;
    }
    ++m_acceptedCount;
    const auto tooManyRequests = [&](int retryAfterSeconds) {
        DemoResponse response = errorFor(backend, 429, "rate_limited", QStringLiteral("Too many requests"));
        if (m_options.retryAfterAsDate) {
            const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(retryAfterSeconds);
            response.headers.append(
                {"Retry-After",
                 QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1()});
        } else {
            response.headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
        }
        finish(response, plan);
    };
    const DemoRateLimiter::Decision decision = m_rateLimiter->take(QByteArray::number(int(backend)) + credential);
    if (!decision.allowed) {
        tooManyRequests(decision.retryAfterSeconds);
        return;
    }
    if (faultHits(faults.rateLimitStormRate, 7)) {
        tooManyRequests(1);
        return;
    }
    if (faultHits(faults.errorRate, 1)) {
        static constexpr int kStatuses[] = {500, 502, 503};
        const int status = kStatuses[demorandom::below(
            demorandom::hash(m_options.seed, demorandom::FaultStream, quint64(m_requestCount), 2), 3)];
        finish(errorFor(backend, status, "server_error", QStringLiteral("Injected server error")), plan);
        return;
    }

    DemoPageFaults pageFaults;
    pageFaults.duplicate = faultHits(faults.duplicateRate, 3);
    pageFaults.cursorLoop = faults.cursorLoop;
    const qint64 now = m_world->nowMs();
    const QUrlQuery query = request.query();
    DemoResponse response;
    switch (backend) {
    case Backend::Century:
        response = m_century->handle(method, rest, query, request.body(), pageFaults, now);
        break;
    case Backend::Treasure:
        response = m_treasure->handle(method, rest, query, pageFaults, now);
        break;
    case Backend::MobileNext:
        response = m_mobileNext->handle(method, rest, query, request.value("x-organization-id"),
                                        m_options.mobileNextShape, pageFaults, now);
        break;
    }

    // Like any HTTP server, say what time it is: the simulated clock, from which clients learn
    // how far the server's "now" is from theirs (running durations are counted in it).
    response.headers.append({"Date", QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()),
                                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1()});
    if (faults.hugePage && response.isPage && response.status == 200) {
        plan.mode = DemoResponseWriter::Mode::Huge;
        plan.hugeBytes = faults.hugePageBytes;
    } else if (faultHits(faults.malformedRate, 4)) {
        // Half the time cut short, half the time not JSON at all.
        if (demorandom::hash(m_options.seed, demorandom::FaultStream, quint64(m_requestCount), 5) & 1)
            response.body.truncate(response.body.size() / 2);
        else
            response.body = "<html><body>502 upstream said: " + response.body.left(40) + "</body>";
    } else if (faultHits(faults.dropRate, 6)) {
        plan.mode = DemoResponseWriter::Mode::Drop;
    }
    if (plan.mode == DemoResponseWriter::Mode::Whole && faults.slowDripMs > 0) {
        plan.mode = DemoResponseWriter::Mode::SlowDrip;
        plan.dripIntervalMs = faults.slowDripMs;
    }
    finish(response, plan);
}
