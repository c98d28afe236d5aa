#pragma once

#include <QLabel>
#include <QTimer>

class LiveWatcher;

// The live state in the status bar, in words (never by colour alone): "Live · updated 3 s
// ago", "Live paused — rate limited, retrying in 40 s", "Live stopped — the API key was
// rejected". Refreshed every second so the counts stay true.
class LiveStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveStatusLabel)

public:
    explicit LiveStatusLabel(LiveWatcher *watcher, QWidget *parent = nullptr);

private:
    void refresh();

    LiveWatcher *m_watcher;
    QTimer m_timer;
};
