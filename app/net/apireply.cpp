#include "apireply.h"

#include "backoff.h"
#include "hostgate.h"
#include "originpolicy.h"
#include "requestbuilder.h"
#include "retryafter.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcApi, "sessionscope.net", QtInfoMsg)

using std::chrono::milliseconds;

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Qt's error codes 1..199 are the transport and proxy. The others restate the HTTP status
// when there is one (Qt even reports 400 as ProtocolInvalidOperationError), so once a status
// line arrived we read the status ourselves.
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return code > 0 && code < 200;
}

QTimer *makeSingleShot(QObject *parent)
{
    auto *timer = new QTimer(parent);
    timer->setSingleShot(true);
    return timer;
}

} // namespace

ApiReply::ApiReply(ApiRequest request, Wiring wiring, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_wiring(std::move(wiring))
    , m_hostKey(originpolicy::originText(m_request.url))
    , m_url(m_request.url)
    , m_verb(m_request.verb.toUpper())
    , m_payload(m_request.body)
    , m_inactivity(makeSingleShot(this))
    , m_deadline(makeSingleShot(this))
    , m_retryWait(makeSingleShot(this))
{
    if (m_request.limits)
        m_wiring.limits = *m_request.limits;
    connect(m_inactivity, &QTimer::timeout, this, &ApiReply::onInactivity);
    connect(m_deadline, &QTimer::timeout, this, &ApiReply::onDeadline);
    connect(m_retryWait, &QTimer::timeout, this, &ApiReply::waitForSlot);
}

ApiReply::~ApiReply()
{
    dropNetworkReply();
    releaseSlot();
    if (m_wiring.gate)
        m_wiring.gate->cancel(this);
}

QByteArray ApiReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : m_headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void ApiReply::abort()
{
    if (m_done)
        return;
    complete(ApiError(ApiError::Kind::Cancelled, describe() + QLatin1String(": cancelled")));
}

void ApiReply::start()
{
    m_sinceSend.start();
    const QString refusal = originpolicy::refusal(m_url, m_wiring.origin);
    if (!refusal.isEmpty()) {
        complete(ApiError(ApiError::Kind::Insecure, describe() + QLatin1String(": not sent: ") + refusal));
        return;
    }
    waitForSlot();
}

void ApiReply::waitForSlot()
{
    if (m_done)
        return;
    if (!m_wiring.gate || !m_wiring.network) {
        complete(ApiError(ApiError::Kind::Cancelled, describe() + QLatin1String(": the connection was closed")));
        return;
    }
    m_wiring.gate->acquire(m_hostKey, this, [this] {
        m_holdsSlot = true;
        beginAttempt();
    });
}

void ApiReply::beginAttempt()
{
    ++m_attempts;
    m_redirects = 0;
    m_url = m_request.url;
    m_verb = m_request.verb.toUpper();
    m_payload = m_request.body;
    sendHop();
}

void ApiReply::sendHop()
{
    if (!m_wiring.network) {
        complete(ApiError(ApiError::Kind::Cancelled, describe() + QLatin1String(": the connection was closed")));
        return;
    }
    m_body.clear();
    m_headers.clear();
    m_status = 0;
    m_tlsProblem.clear();

    const QNetworkRequest request = requestbuilder::build(m_request, m_url, m_wiring.auth);
    QNetworkAccessManager *network = m_wiring.network;
    if (m_verb == "GET")
        m_reply = network->get(request);
    else if (m_verb == "POST")
        m_reply = network->post(request, m_payload);
    else
        m_reply = network->sendCustomRequest(request, m_verb, m_payload);

    // Any sign of life restarts the inactivity timer; the deadline runs from the first hop of
    // this attempt and is not restarted by redirects.
    const auto alive = [this] { m_inactivity->start(); };
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiReply::onMetaDataChanged);
    connect(m_reply, &QIODevice::readyRead, this, &ApiReply::onReadyRead);
    connect(m_reply, &QNetworkReply::uploadProgress, this, alive);
    connect(m_reply, &QNetworkReply::downloadProgress, this, alive);
    connect(m_reply, &QNetworkReply::finished, this, &ApiReply::onNetworkFinished);
    // TLS problems are recorded for the message and never ignored: not calling
    // QNetworkReply's ignore function makes Qt fail the handshake.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!errors.isEmpty())
            m_tlsProblem = errors.constFirst().errorString();
    });
    m_inactivity->start(m_wiring.limits.inactivityTimeout);
    if (m_redirects == 0)
        m_deadline->start(m_wiring.limits.totalDeadline);
}

void ApiReply::onMetaDataChanged()
{
    m_inactivity->start();
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_wiring.limits.maxBodyBytes) {
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const qint64 announced = length.toLongLong();
        dropNetworkReply();
        failAttempt(ApiError(ApiError::Kind::TooLarge,
                             describe() + QStringLiteral(": Content-Length %1 bytes is over the %2-byte cap")
                                              .arg(announced)
                                              .arg(m_wiring.limits.maxBodyBytes),
                             m_status),
                    false, std::nullopt);
    }
}

void ApiReply::onReadyRead()
{
    m_inactivity->start();
    if (!m_reply)
        return;
    // Read as it arrives, so Qt's own buffer stays small and the cap is checked per chunk
    // (also for bodies without Content-Length and for decompressed bodies).
    m_body += m_reply->readAll();
    if (m_body.size() > m_wiring.limits.maxBodyBytes) {
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        dropNetworkReply();
        const qint64 cap = m_wiring.limits.maxBodyBytes;
        m_body.clear();
        failAttempt(ApiError(ApiError::Kind::TooLarge,
                             describe() + QStringLiteral(": body grew over the %1-byte cap").arg(cap), m_status),
                    false, std::nullopt);
    }
}

void ApiReply::onInactivity()
{
    dropNetworkReply();
    failAttempt(ApiError(ApiError::Kind::Timeout,
                         describe() + QStringLiteral(": no data for %1 ms").arg(m_wiring.limits.inactivityTimeout.count())),
                true, std::nullopt);
}

void ApiReply::onDeadline()
{
    dropNetworkReply();
    // Not retried: a server this slow would most likely be just as slow again, and each retry
    // would hold the user for another full deadline.
    failAttempt(ApiError(ApiError::Kind::Timeout,
                         describe() + QStringLiteral(": not complete after %1 ms").arg(m_wiring.limits.totalDeadline.count())),
                false, std::nullopt);
}

void ApiReply::onNetworkFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_body += reply->readAll();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString qtError = reply->errorString();
    dropNetworkReply();

    if (m_body.size() > m_wiring.limits.maxBodyBytes) {
        m_body.clear();
        failAttempt(ApiError(ApiError::Kind::TooLarge, describe() + QLatin1String(": body over the cap"), m_status),
                    false, std::nullopt);
        return;
    }

    if (m_status == 0 || isTransportError(networkError)) {
        ApiError::Kind kind = ApiError::Kind::Network;
        bool transient = true;
        if (networkError == QNetworkReply::SslHandshakeFailedError || !m_tlsProblem.isEmpty()) {
            kind = ApiError::Kind::Tls;
            transient = false;
        } else if (networkError >= QNetworkReply::ProtocolUnknownError || networkError == QNetworkReply::TooManyRedirectsError
                   || networkError == QNetworkReply::InsecureRedirectError) {
            kind = ApiError::Kind::BadResponse;
            transient = false;
        } else if (networkError == QNetworkReply::TimeoutError) {
            kind = ApiError::Kind::Timeout;
        }
        QString detail = describe() + QLatin1String(": ") + qtError;
        if (!m_tlsProblem.isEmpty())
            detail += QLatin1String(" (") + m_tlsProblem + QLatin1Char(')');
        failAttempt(ApiError(kind, detail, m_status), transient, std::nullopt);
        return;
    }

    if (m_status >= 200 && m_status <= 299) {
        complete(ApiError());
        return;
    }
    if (isRedirect(m_status)) {
        followRedirect();
        return;
    }

    QString detail = describe() + QStringLiteral(": HTTP %1").arg(m_status);
    const QString serverSays = ApiError::serverMessage(m_body);
    if (!serverSays.isEmpty())
        detail += QLatin1String(": server says \"") + serverSays + QLatin1Char('"');

    const ApiError::Kind kind = ApiError::kindForHttpStatus(m_status);
    const bool transient = m_status == 429 || (m_status >= 500 && m_status <= 599);
    std::optional<milliseconds> retryAfter;
    if (transient) {
        const QByteArray value = header("Retry-After");
        if (!value.isEmpty())
            retryAfter = parseRetryAfter(value, QDateTime::currentDateTimeUtc());
    }
    failAttempt(ApiError(kind, detail, m_status), transient, retryAfter);
}

void ApiReply::followRedirect()
{
    const QByteArray location = header("Location");
    const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
    if (location.isEmpty() || !target.isValid()) {
        complete(ApiError(ApiError::Kind::BadResponse,
                          describe() + QStringLiteral(": HTTP %1 without a usable Location").arg(m_status), m_status));
        return;
    }
    const QString refusal = originpolicy::refusal(target, m_wiring.origin);
    if (!refusal.isEmpty()) {
        // Never followed and never retried: the key must not travel to another origin.
        complete(ApiError::badResponse(
            ApiError::tr("The server redirected to a different address. SessionScope did not follow it, so the "
                         "key was not sent there — check the server address in Connections."),
            describe() + QStringLiteral(": HTTP %1 redirect refused: %2").arg(m_status).arg(refusal)));
        return;
    }
    if (m_redirects >= m_wiring.limits.maxRedirects) {
        complete(ApiError(ApiError::Kind::BadResponse,
                          describe() + QStringLiteral(": more than %1 redirects").arg(m_wiring.limits.maxRedirects),
                          m_status));
        return;
    }
    ++m_redirects;
    // 303 always, and 301/302 after a POST, continue as a GET without body (RFC 9110 15.4).
    if (m_status == 303 || ((m_status == 301 || m_status == 302) && m_verb == "POST")) {
        m_verb = "GET";
        m_payload.clear();
    }
    m_url = target;
    // Logged through an error so that the one redaction path applies: a server may put
    // anything in a Location, even the key.
    qCDebug(lcApi).noquote() << "following same-origin redirect" << m_status << "to"
                             << scrubbed(ApiError(ApiError::Kind::None, target.path())).technicalDetail();
    sendHop();
}

void ApiReply::failAttempt(const ApiError &error, bool transient, std::optional<milliseconds> retryAfter)
{
    m_inactivity->stop();
    m_deadline->stop();
    releaseSlot();

    const ApiLimits &limits = m_wiring.limits;
    if (retryAfter)
        retryAfter = std::min(*retryAfter, limits.maxRetryAfter);
    const Backoff backoff(limits.backoffBase, limits.backoffMax);
    milliseconds wait = backoff.delay(std::max(0, m_attempts - 1));
    if (retryAfter)
        wait = std::max(wait, *retryAfter);

    // The server spoke for the whole host: every request of this client waits, not only us.
    if (m_wiring.gate && (m_status == 429 || (m_status == 503 && retryAfter)))
        m_wiring.gate->coolDown(m_hostKey, wait);

    const bool retry = transient && m_request.isRetryable() && m_attempts <= limits.maxRetries
                       && m_sinceSend.elapsed() + wait.count() <= limits.retryBudget.count();
    if (!retry) {
        ApiError final = error;
        if (retryAfter)
            final.setRetryAfter(std::chrono::ceil<std::chrono::seconds>(*retryAfter));
        complete(final);
        return;
    }
    qCInfo(lcApi).noquote() << "attempt" << m_attempts << "failed:" << ApiError::kindName(error.kind())
                            << scrubbed(error).technicalDetail() << "- retrying in" << wait.count() << "ms";
    m_retryWait->start(wait);
}

void ApiReply::dropNetworkReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void ApiReply::releaseSlot()
{
    if (!m_holdsSlot)
        return;
    m_holdsSlot = false;
    if (m_wiring.gate)
        m_wiring.gate->release(m_hostKey);
}

void ApiReply::complete(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_inactivity->stop();
    m_deadline->stop();
    m_retryWait->stop();
    dropNetworkReply();
    if (m_wiring.gate)
        m_wiring.gate->cancel(this);

    m_error = scrubbed(error);
    if (m_error.isError() && m_error.kind() != ApiError::Kind::Cancelled)
        qCInfo(lcApi).noquote() << ApiError::kindName(m_error.kind()) << m_error.technicalDetail();
    releaseSlot(); // last: it may start a queued request, which must see us finished
    // Always from the event loop, so a caller connecting after send() never misses it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_signalled = true;
            emit finished();
        },
        Qt::QueuedConnection);
}

ApiError ApiReply::scrubbed(const ApiError &error) const
{
    ApiError out = error;
    for (const QByteArray &secret : m_wiring.auth.secrets())
        out = out.redacted(secret);
    return out;
}

QString ApiReply::describe() const
{
    return QString::fromLatin1(m_verb) + QLatin1Char(' ') + m_url.path(QUrl::FullyEncoded);
}
