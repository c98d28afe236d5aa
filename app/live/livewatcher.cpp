#include "livewatcher.h"

#include "livepoll.h"

#include "model/sessionstore.h"
#include "model/sessiontablemodel.h"
#include "net/apiclient.h"

#include <QDateTime>
#include <QNetworkInformation>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The system's view of the network, where Qt has a backend for it (NetworkManager on
// Linux); without one we learn of an outage from failing polls instead.
QNetworkInformation *networkInformation()
{
    static const bool loaded = QNetworkInformation::loadDefaultBackend();
    return loaded ? QNetworkInformation::instance() : nullptr;
}

} // namespace

LiveWatcher::LiveWatcher(SessionTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LiveWatcher::startPoll);
    // A new query or connection replaces the store: a poll for the old one must not land.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        abortPoll();
        m_tracker.reset();
        m_missedLookups.clear();
        m_lookupOffset = 0;
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (isEnabled() && m_status.phase != LiveStatus::Phase::Stopped)
            scheduleAfterSuccess();
    });
    if (QNetworkInformation *info = networkInformation()) {
        connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
            onOnlineChanged(r != QNetworkInformation::Reachability::Disconnected);
        });
        m_offline = info->reachability() == QNetworkInformation::Reachability::Disconnected;
    }
}

LiveWatcher::~LiveWatcher()
{
    abortPoll();
}

void LiveWatcher::setEnabled(bool enabled)
{
    if (enabled == isEnabled())
        return;
    if (!enabled) {
        abortPoll();
        m_timer.stop();
        m_status = {};
        emit statusChanged();
        return;
    }
    m_failures = 0;
    m_status = {};
    m_status.phase = m_offline ? LiveStatus::Phase::Offline : LiveStatus::Phase::Starting;
    emit statusChanged();
    if (!m_offline)
        startPoll();
}

void LiveWatcher::setBackground(bool background)
{
    if (background == m_background)
        return;
    m_background = background;
    // Coming back to the window: catch up now rather than after a long background wait.
    if (!background && isEnabled() && m_status.phase == LiveStatus::Phase::Watching && !m_poll)
        scheduleIn(std::min<qint64>(msUntilNextPoll(), 1000));
}

void LiveWatcher::pollNow()
{
    if (isEnabled() && !m_poll && m_status.phase != LiveStatus::Phase::Stopped)
        startPoll();
}

qint64 LiveWatcher::msUntilNextPoll() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

void LiveWatcher::startPoll()
{
    m_timer.stop();
    if (m_poll || m_offline || !m_model)
        return;
    SessionTableModel &model = *m_model;
    ApiClient *client = model.client();
    if (!model.isOpen() || !model.store() || !client) {
        scheduleIn(m_policy.interval.count()); // nothing to watch yet: look again later
        return;
    }
    m_tracker.sync(*model.store());
    LivePoll::Context context;
    context.source = model.sharedSource();
    context.client = client;
    context.query = model.query();
    context.store = model.store();
    context.tracker = &m_tracker;
    context.policy = m_policy;
    context.lookupOffset = m_lookupOffset;
    context.missedLookups = &m_missedLookups;
    m_poll = LivePoll::create(std::move(context));
    connect(m_poll.get(), &LivePoll::finished, this, &LiveWatcher::onPollFinished);
    m_poll->start();
}

QList<FinishedSession> LiveWatcher::finishedAmong(const std::vector<SessionRecord> &records) const
{
    QList<FinishedSession> finished;
    const SessionStore *store = m_model->store();
    if (!store || store->size() == 0)
        return finished;
    for (const SessionRecord &record : records) {
        if (record.status == SessionStatus::Live || record.status == SessionStatus::Unknown)
            continue;
        const qsizetype row = store->rowOf(record.id);
        const bool wasLive = row >= 0 && store->status(row) == SessionStatus::Live;
        if (row < 0 || wasLive)
            finished.append({record.id, record.status, record});
    }
    return finished;
}

void LiveWatcher::onPollFinished()
{
    std::unique_ptr<LivePoll> poll = std::move(m_poll);
    poll->disconnect(this);
    m_requestsSent += poll->requestsSent();
    m_lookupOffset += poll->lookups();
    ++m_pollsCompleted;
    const std::vector<SessionRecord> &records = poll->records();
    if (!records.empty() && m_model) {
        const QList<FinishedSession> finished = finishedAmong(records);
        m_model->mergeLive(records);
        if (!finished.isEmpty())
            emit sessionsFinished(finished);
    }
    if (poll->error().isError())
        scheduleAfterError(poll->error());
    else
        scheduleAfterSuccess();
    poll.release()->deleteLater(); // its last signal is still on the stack
    emit pollFinished();
}

void LiveWatcher::scheduleAfterSuccess()
{
    m_failures = 0;
    m_status.error = {};
    m_status.updatedAtMs = nowMs();
    const double base = double(m_policy.interval.count()) * (m_background ? m_policy.backgroundFactor : 1);
    const double spread = m_policy.jitter * (2 * QRandomGenerator::global()->generateDouble() - 1);
    m_status.phase = LiveStatus::Phase::Watching;
    scheduleIn(qint64(base * (1 + spread)));
}

void LiveWatcher::scheduleAfterError(const ApiError &error)
{
    ++m_failures;
    m_status.error = error;
    if (error.kind() == ApiError::Kind::Auth || error.kind() == ApiError::Kind::Forbidden) {
        m_timer.stop();
        m_status.nextPollAtMs = 0;
        setPhase(LiveStatus::Phase::Stopped);
        return;
    }
    const qint64 base = m_policy.interval.count() * (m_background ? m_policy.backgroundFactor : 1);
    const qint64 backoff = std::min<qint64>(base << std::min(m_failures - 1, 10), m_policy.maxBackoff.count());
    qint64 wait = backoff;
    if (error.kind() == ApiError::Kind::RateLimited) {
        if (error.retryAfter())
            wait = std::max<qint64>(wait, qint64(error.retryAfter()->count()) * 1000);
        if (m_model && m_model->client())
            wait = std::max<qint64>(wait, m_model->client()->coolDownRemaining().count());
        m_status.phase = LiveStatus::Phase::RateLimited;
    } else {
        m_status.phase = LiveStatus::Phase::Stale;
    }
    scheduleIn(wait);
}

void LiveWatcher::scheduleIn(qint64 ms)
{
    ms = std::max<qint64>(ms, 0);
    m_status.nextPollAtMs = nowMs() + ms;
    m_timer.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
    emit statusChanged();
}

void LiveWatcher::setPhase(LiveStatus::Phase phase)
{
    m_status.phase = phase;
    emit statusChanged();
}

void LiveWatcher::abortPoll()
{
    if (!m_poll)
        return;
    m_poll->abort();
    m_poll->disconnect(this);
    m_poll.release()->deleteLater();
}

void LiveWatcher::onOnlineChanged(bool online)
{
    m_offline = !online;
    if (!isEnabled())
        return;
    if (!online) {
        abortPoll();
        m_timer.stop();
        m_status.nextPollAtMs = 0;
        setPhase(LiveStatus::Phase::Offline);
    } else if (m_status.phase == LiveStatus::Phase::Offline) {
        setPhase(LiveStatus::Phase::Starting);
        startPoll();
    }
}
