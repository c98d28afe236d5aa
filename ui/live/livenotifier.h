#pragma once

#include "live/livewatcher.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class SessionTableModel;

// Tells the user when sessions finish while they look elsewhere: a desktop notification
// (grouped: "5 pupils finished English") when enabled for the connection, and a brief tint
// on the rows in the table either way.
class LiveNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveNotifier)

public:
    LiveNotifier(LiveWatcher *watcher, SessionTableModel *model, QObject *parent = nullptr);
    ~LiveNotifier() override;

    void setNotificationsEnabled(bool enabled) { m_enabled = enabled; }
    bool notificationsEnabled() const { return m_enabled; }
    // The titles of the notices of the last poll with finished sessions (tests, the log).
    const QStringList &lastTitles() const { return m_lastTitles; }

private:
    void onFinished(const QList<FinishedSession> &sessions);
    QSystemTrayIcon *trayIcon();

    QPointer<SessionTableModel> m_model;
    QSystemTrayIcon *m_tray = nullptr;
    QStringList m_lastTitles;
    bool m_enabled = true;
};
