#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>
#include <map>

class QTimer;

// Per host: at most N requests in flight (the rest wait in order), and one cool-down shared
// by every request of the client, so a 429 seen by one request holds back all the others
// to that host instead of each of them hitting the limit in turn.
class HostGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostGate)

public:
    using Grant = std::function<void()>;

    explicit HostGate(int maxInFlightPerHost, QObject *parent = nullptr);

    // Calls `onGranted` (synchronously if a slot is free and the host is not cooling down,
    // later otherwise) once `waiter` holds a slot; the waiter must release() it exactly once.
    // A waiter destroyed while queued is skipped.
    void acquire(const QString &host, QObject *waiter, Grant onGranted);
    void release(const QString &host);
    // Forgets `waiter`'s queued acquire() calls (not a slot it already holds).
    void cancel(const QObject *waiter);

    // No new request to `host` starts before `duration` has passed; a longer cool-down
    // already running is kept.
    void coolDown(const QString &host, std::chrono::milliseconds duration);
    std::chrono::milliseconds coolDownRemaining(const QString &host) const;
    int inFlight(const QString &host) const;
    int queued(const QString &host) const;

private:
    struct Waiter
    {
        QPointer<QObject> owner;
        Grant grant;
    };
    struct Host
    {
        int inFlight = 0;
        QDeadlineTimer coolUntil; // default: already expired
        std::deque<Waiter> queue;
        QTimer *wake = nullptr;   // fires when the cool-down ends
    };

    void pump(const QString &host);

    int m_maxInFlight;
    std::map<QString, Host> m_hosts; // node-based: references stay valid while grants run
};
