#include "hostgate.h"

#include <QTimer>

#include <algorithm>

HostGate::HostGate(int maxInFlightPerHost, QObject *parent)
    : QObject(parent)
    , m_maxInFlight(std::max(1, maxInFlightPerHost))
{}

void HostGate::acquire(const QString &host, QObject *waiter, Grant onGranted)
{
    m_hosts[host].queue.push_back(Waiter{waiter, std::move(onGranted)});
    pump(host);
}

void HostGate::release(const QString &host)
{
    const auto it = m_hosts.find(host);
    if (it == m_hosts.end() || it->second.inFlight == 0)
        return;
    --it->second.inFlight;
    pump(host);
}

void HostGate::cancel(const QObject *waiter)
{
    for (auto &[name, host] : m_hosts) {
        std::erase_if(host.queue, [waiter](const Waiter &w) { return w.owner.isNull() || w.owner == waiter; });
    }
}

void HostGate::coolDown(const QString &host, std::chrono::milliseconds duration)
{
    Host &h = m_hosts[host];
    if (duration.count() <= 0 || h.coolUntil.remainingTimeAsDuration() >= duration)
        return;
    h.coolUntil = QDeadlineTimer(duration);
}

std::chrono::milliseconds HostGate::coolDownRemaining(const QString &host) const
{
    const auto it = m_hosts.find(host);
    if (it == m_hosts.end())
        return std::chrono::milliseconds(0);
    return std::chrono::ceil<std::chrono::milliseconds>(it->second.coolUntil.remainingTimeAsDuration());
}

int HostGate::inFlight(const QString &host) const
{
    const auto it = m_hosts.find(host);
    return it == m_hosts.end() ? 0 : it->second.inFlight;
}

int HostGate::queued(const QString &host) const
{
    const auto it = m_hosts.find(host);
    return it == m_hosts.end() ? 0 : int(it->second.queue.size());
}

void HostGate::pump(const QString &host)
{
    Host &h = m_hosts[host];
    while (!h.queue.empty() && h.inFlight < m_maxInFlight) {
        const auto wait = coolDownRemaining(host);
        if (wait.count() > 0) {
            if (!h.wake) {
                h.wake = new QTimer(this);
                h.wake->setSingleShot(true);
                connect(h.wake, &QTimer::timeout, this, [this, host] { pump(host); });
            }
            h.wake->start(wait);
            return;
        }
        Waiter next = std::move(h.queue.front());
        h.queue.pop_front();
        if (next.owner.isNull())
            continue;
        ++h.inFlight;
        next.grant(); // may re-enter release()/acquire(); `h` stays valid (std::map node)
    }
}
