#pragma once

#include "livepolicy.h"
#include "livestatus.h"
#include "livestoretracker.h"

#include "domain/sessionrecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class LivePoll;
class SessionTableModel;

// One session that finished since the last poll, for notifications.
struct FinishedSession
{
    QString id;
    SessionStatus status = SessionStatus::Unknown;
    SessionRecord record;
};

// Keeps one view live (issue 6): polls what can change on a schedule that adapts (interval
// with jitter, slower in the background, Retry-After and back-off, paused offline, never two
// polls at once) and merges each answer into the model by id, so rows change in place and
// new ones land where the sort puts them. The state is always on show (LiveStatus).
class LiveWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveWatcher)

public:
    explicit LiveWatcher(SessionTableModel *model, QObject *parent = nullptr);
    ~LiveWatcher() override;

    void setPolicy(const LivePolicy &policy) { m_policy = policy; }
    const LivePolicy &policy() const { return m_policy; }

    // On: polls at once, then on schedule. Off: stops and forgets the schedule.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_status.isOn(); }
    // A minimised or hidden window polls policy().backgroundFactor times less often.
    void setBackground(bool background);
    // Polls now unless a poll is in flight (tests; the user's "check now").
    void pollNow();

    const LiveStatus &status() const { return m_status; }
    bool isPolling() const { return m_poll != nullptr; }
    int pollsCompleted() const { return m_pollsCompleted; }
    int requestsSent() const { return m_requestsSent; }
    // Milliseconds until the next poll; -1 when none is planned.
    qint64 msUntilNextPoll() const;

signals:
    void statusChanged();
    // After a poll's rows were merged: sessions that finished (completed, failed, cancelled,
    // released) since the previous poll, including new ones that were over when first seen.
    void sessionsFinished(const QList<FinishedSession> &sessions);
    void pollFinished();

private:
    void startPoll();
    void onPollFinished();
    void scheduleAfterSuccess();
    void scheduleAfterError(const ApiError &error);
    void scheduleIn(qint64 ms);
    void setPhase(LiveStatus::Phase phase);
    void abortPoll();
    void onOnlineChanged(bool online);
    QList<FinishedSession> finishedAmong(const std::vector<SessionRecord> &records) const;

    QPointer<SessionTableModel> m_model;
    LivePolicy m_policy;
    LiveStatus m_status;
    LiveStoreTracker m_tracker;
    std::unique_ptr<LivePoll> m_poll;
    QTimer m_timer;
    QHash<QString, int> m_missedLookups;
    int m_lookupOffset = 0;
    int m_failures = 0;
    int m_pollsCompleted = 0;
    int m_requestsSent = 0;
    bool m_background = false;
    bool m_offline = false;
};
