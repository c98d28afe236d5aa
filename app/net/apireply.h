#pragma once

#include "apiauth.h"
#include "apierror.h"
#include "apilimits.h"
#include "apirequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <optional>

class HostGate;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// One request from ApiClient::send() to its single finished() signal, across every retry and
// same-origin redirect. finished() is always emitted from the event loop (never inside send()
// or abort()), exactly once. Parented to the client; the caller deletes it with deleteLater().
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    ~ApiReply() override;

    // True from the moment finished() is emitted; the results below are final from then on.
    bool isFinished() const { return m_signalled; }
    bool ok() const { return m_signalled && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_status; }   // of the last response; 0 when none came
    QByteArray body() const { return m_body; }    // of the last response (also for errors)
    QByteArray header(QByteArrayView name) const; // of the last response, case-insensitive
    int attempts() const { return m_attempts; }   // requests sent, not counting redirect hops
    const ApiRequest &request() const { return m_request; }
    QUrl url() const { return m_url; }            // after same-origin redirects

    // Stops the request wherever it is (queued, in flight, waiting to retry); the reply then
    // finishes with ApiError::Kind::Cancelled. Does nothing once finished.
    void abort();

signals:
    void finished();

private:
    friend class ApiClient;

    // What the client lends each reply. Guarded pointers: when the client is destroyed its
    // manager and gate may go before its replies.
    struct Wiring
    {
        QPointer<QNetworkAccessManager> network;
        QPointer<HostGate> gate;
        QUrl origin;
        ApiAuth auth;
        ApiLimits limits;
    };

    ApiReply(ApiRequest request, Wiring wiring, QObject *parent);

    void start();
    void waitForSlot();
    void beginAttempt();
    void sendHop();
    void onMetaDataChanged();
    void onReadyRead();
    void onNetworkFinished();
    void onInactivity();
    void onDeadline();
    void followRedirect();
    void failAttempt(const ApiError &error, bool transient, std::optional<std::chrono::milliseconds> retryAfter);
    void dropNetworkReply();
    void releaseSlot();
    void complete(const ApiError &error);
    ApiError scrubbed(const ApiError &error) const; // with the key masked, whatever the server echoed
    QString describe() const; // "GET /path" for technical details: no query, no headers

    ApiRequest m_request;
    Wiring m_wiring;
    QString m_hostKey;
    QUrl m_url;
    QByteArray m_verb;
    QByteArray m_payload;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_inactivity = nullptr;
    QTimer *m_deadline = nullptr;
    QTimer *m_retryWait = nullptr;
    QElapsedTimer m_sinceSend; // for ApiLimits::retryBudget

    QByteArray m_body;
    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QString m_tlsProblem;
    ApiError m_error;
    int m_attempts = 0;
    int m_redirects = 0;
    bool m_holdsSlot = false;
    bool m_done = false;      // the outcome is decided; finished() is queued
    bool m_signalled = false; // finished() was emitted
};
