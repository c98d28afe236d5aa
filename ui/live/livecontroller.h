#pragma once

#include "settings/connection.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class LiveNotifier;
class LiveStatusLabel;
class LiveWatcher;
class QAction;
class QWidget;
class SessionTableModel;
class SessionTableView;

// The window's live mode in one place: the "Live" toggle (Ctrl+L), "Check now", the
// per-connection notification choice, the status-bar text, and slower polling while the
// window is minimised or hidden. MainWindow only places its actions and label.
class LiveController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveController)

public:
    LiveController(SessionTableModel *model, SessionTableView *view, QWidget *window);
    ~LiveController() override;

    QAction *toggleAction() const { return m_toggle; }
    QAction *checkNowAction() const { return m_checkNow; }
    QAction *notifyAction() const { return m_notify; }
    QWidget *statusWidget() const;
    LiveWatcher *watcher() const { return m_watcher; }
    LiveNotifier *notifier() const { return m_notifier; }

    // A connection was opened (or closed: nullopt). Live starts off; its poll interval and
    // whether to notify come from the connection (the View menu can change the latter for
    // this run).
    void setConnection(const std::optional<Connection> &connection);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setLive(bool on);
    void showServerOrder();
    void updateBackground();

    SessionTableModel *m_model;
    SessionTableView *m_view;
    QWidget *m_window;
    LiveWatcher *m_watcher;
    LiveNotifier *m_notifier;
    QPointer<LiveStatusLabel> m_label; // the status bar owns it once placed there
    QAction *m_toggle;
    QAction *m_checkNow;
    QAction *m_notify;
};
