#include "livestatuslabel.h"

#include "live/livewatcher.h"

#include <QDateTime>
#include <QIcon>

LiveStatusLabel::LiveStatusLabel(LiveWatcher *watcher, QWidget *parent)
    : QLabel(parent)
    , m_watcher(watcher)
{
    setObjectName(QStringLiteral("liveStatus"));
    setAccessibleName(tr("Live status"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &LiveStatusLabel::refresh);
    connect(watcher, &LiveWatcher::statusChanged, this, &LiveStatusLabel::refresh);
    refresh();
}

void LiveStatusLabel::refresh()
{
    const LiveStatus &status = m_watcher->status();
    setVisible(status.isOn());
    if (!status.isOn()) {
        m_timer.stop();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
    const QString text = status.describe(QDateTime::currentMSecsSinceEpoch());
    // A symbol as well as the words: ● watching, ⏸ paused or offline, ⚠ stale or stopped.
    QString mark = QStringLiteral("●");
    if (status.phase == LiveStatus::Phase::RateLimited || status.phase == LiveStatus::Phase::Offline)
        mark = QStringLiteral("⏸");
    else if (status.phase == LiveStatus::Phase::Stale || status.phase == LiveStatus::Phase::Stopped)
        mark = QStringLiteral("⚠");
    setText(mark + QLatin1Char(' ') + text);
    setToolTip(status.error.isError() ? status.error.userMessage() : text);
    setAccessibleDescription(text);
}
