#pragma once

#include <QObject>
#include <QPointer>

class MainWindow;
class QAbstractItemView;

// Start-up timing for tests/bench/bench_startup. Only when SESSIONSCOPE_BENCH_FIRST_PAINT is
// set: prints "startup: window painted" once the window's first frame is painted, and
// "startup: first row painted" once the sessions table has painted a row, on stdout. The
// benchmark times each line from the moment it started the process (so exec, library
// loading and everything before main() count). The variable's value says when to quit:
// "window" after the first frame, "row" after the first row. Unset: nothing is installed.
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    static void installIfAsked(MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StartupProbe(MainWindow *window, QAbstractItemView *table, bool quitAfterRow);
    // After the paint pass under way has finished and been flushed: the next event-loop turn.
    void reportAfterPaint(const char *line, bool quit);

    QPointer<MainWindow> m_window;
    QPointer<QAbstractItemView> m_table;
    bool m_quitAfterRow;
    bool m_windowSeen = false;
    bool m_rowSeen = false;
};
