#include "livenotifier.h"

#include "live/finishedsummary.h"
#include "model/sessiontablemodel.h"

#include <QApplication>
#include <QSystemTrayIcon>

LiveNotifier::LiveNotifier(LiveWatcher *watcher, SessionTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(watcher, &LiveWatcher::sessionsFinished, this, &LiveNotifier::onFinished);
}

LiveNotifier::~LiveNotifier() = default;

QSystemTrayIcon *LiveNotifier::trayIcon()
{
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        m_tray->show();
    }
    return m_tray;
}

void LiveNotifier::onFinished(const QList<FinishedSession> &sessions)
{
    const QList<FinishedNotice> notices = FinishedSummary::group(sessions);
    m_lastTitles.clear();
    QStringList ids;
    for (const FinishedNotice &notice : notices) {
        m_lastTitles << notice.title;
        ids << notice.sessionIds;
    }
    if (m_model)
        m_model->highlightSessions(ids);
    if (!m_enabled)
        return;
    if (QSystemTrayIcon *tray = trayIcon()) {
        for (const FinishedNotice &notice : notices)
            tray->showMessage(notice.title, notice.text, QSystemTrayIcon::Information, 8000);
    }
}
